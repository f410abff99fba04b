package dev.byline.cli;

import dev.byline.compare.PassageAligner;
import dev.byline.compare.PassageAlignment;
import dev.byline.render.compare.AlignmentView;
import dev.byline.text.Document;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code byline align FILE_A FILE_B}: which passages of B come from A, and what each side lacks. */
@Command(name = "align", mixinStandardHelpOptions = true,
        header = "Align two articles: which passages of one come from the other.",
        description = {
            "Align the sentences of two articles, in any order: a_start, a_end, b_start, b_end, score, kind",
            "(verbatim, close, paraphrase, only-in-a, only-in-b), a_text, b_text. Offsets are characters of each raw file.",
            "--html FILE writes a side-by-side page with the shared words highlighted."
        })
final class AlignCommand implements Callable<Integer> {
    @Mixin
    TwoFiles files;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        files.checkHtml();
        var err = spec.commandLine().getErr();
        Document a = files.a(err);
        Document b = files.b(err);
        ArticleLength.check("align", ArticleLength.MAX_CHARS, files.fileA, a);
        ArticleLength.check("align", ArticleLength.MAX_CHARS, files.fileB, b);
        if (a.raw().equals(b.raw())) {
            // Not an error (aligning a text with itself is a fair check), but rarely what was meant.
            err.println("byline: note: " + files.fileA + " and " + files.fileB + " hold the same text; every sentence aligns verbatim");
            err.flush();
        }
        PassageAlignment al = PassageAligner.align(a, b);
        if (files.html != null) {
            // Only when asked: the page costs more than the alignment on a long article.
            files.writeHtml(AlignmentView.page(al));
        }
        TableWriter.write(al.table(), output, spec.commandLine().getOut());
        return 0;
    }
}
