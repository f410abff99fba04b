package dev.byline.cli;

import dev.byline.corpus.DocumentStream;
import dev.byline.terms.Collocations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/** {@code byline collocates WORD PATHS}: the words found near a word. */
@Command(name = "collocates", mixinStandardHelpOptions = true,
        header = "Find the words used near a word, strongest first.",
        description = {
            "Collocates of WORD within a window of terms in the same sentence: collocate,",
            "count, left, right, collocate_total, node_total, log_likelihood, pmi;",
            "strongest first. WORD is a word or a quoted phrase, made into terms as the",
            "text is (Putin’s is putin; stemmed with --stem; a stop word needs",
            "--keep-stopwords). A term in several windows of the node is counted once."
        })
final class CollocatesCommand implements Callable<Integer>, Usage.Checked {
    @Mixin
    WordAndPaths loading;

    @Mixin
    TermSelection selection;

    @Mixin
    OutputOptions output;

    @Option(names = "--window", paramLabel = "N", defaultValue = "5",
            description = "Terms on each side of the node (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "Show only the N strongest (0 = all, the default).")
    int top;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "1",
            description = "Show only collocates seen at least N times near the word (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Spec
    CommandSpec spec;

    @Override
    public void checkUsage(CommandSpec command) {
        Usage.atLeast(command, "--window", window, 1);
        Usage.atLeast(command, "--top", top, 0);
        Usage.atLeast(command, "--min-count", minCount, 1);
        Usage.query(command, loading.word, selection.options(1));
    }

    @Override
    public Integer call() {
        // Streamed: the counts are accumulated as the files are read; no document is kept.
        DocumentStream documents = loading.stream().withoutMetadata();   // the texts are all it needs
        String word = loading.word;
        Table all = Collocations.of(documents, word, window, selection.options(1));
        LoadingOptions.warn(spec.commandLine().getErr(), documents.problems());
        Table shown = all.where(all.longColumn("count").isGreaterThanOrEqualTo(minCount));
        if (top > 0 && shown.rowCount() > top) {
            shown = shown.first(top);
        }
        TableWriter.write(shown, output, spec.commandLine().getOut());
        return 0;
    }
}
