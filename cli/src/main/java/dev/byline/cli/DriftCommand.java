package dev.byline.cli;

import dev.byline.compare.QuoteChange;
import dev.byline.compare.QuoteDrift;
import dev.byline.render.compare.DriftView;
import dev.byline.text.Document;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code byline drift FILE_A FILE_B}: the quotations of two sources matched, with what changed. */
@Command(name = "drift", mixinStandardHelpOptions = true,
        header = "Match the quotations of two articles and show what changed.",
        description = {
            "Match the direct quotations of two articles speaker by speaker: speaker, a_text, b_text, a_start, b_start,",
            "change, diff (words dropped, added, changed), speaker_in_other",
            "change: same (words and speaker agree), edited (words changed), cut (B keeps only part of A's words,",
            "or breaks the quote into pieces), stitched (B joins quotations A gave apart), speaker-changed (another",
            "speaker, anonymous -> named included), made-a-quote (B quotes what A wrote as narrative or reported",
            "speech), only-in-a, only-in-b;",
            "(a one-sided quote whose speaker the other source also quotes). --html FILE writes the marked-up page."
        })
final class DriftCommand implements Callable<Integer> {
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
        ArticleLength.check("drift", ArticleLength.DRIFT_MAX_CHARS, files.fileA, a);
        ArticleLength.check("drift", ArticleLength.DRIFT_MAX_CHARS, files.fileB, b);
        List<QuoteChange> changes = QuoteDrift.compare(a, b);
        files.writeHtml(DriftView.page(changes, a.id(), b.id()));
        TableWriter.write(QuoteDrift.table(changes), output, spec.commandLine().getOut());
        return 0;
    }
}
