package dev.byline.cli;

import dev.byline.compare.PassageAligner;
import dev.byline.compare.PassageAlignment;
import dev.byline.render.compare.AlignmentView;
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
        PassageAlignment al = PassageAligner.align(files.a(err), files.b(err));
        files.writeHtml(AlignmentView.page(al));
        TableWriter.write(al.table(), output, spec.commandLine().getOut());
        return 0;
    }
}
