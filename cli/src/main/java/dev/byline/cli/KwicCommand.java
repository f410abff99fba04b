package dev.byline.cli;

import dev.byline.corpus.DocumentStream;
import dev.byline.terms.Concordance;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/** {@code byline kwic TERM PATHS}: a keyword-in-context concordance. */
@Command(name = "kwic", mixinStandardHelpOptions = true,
        description = {
            "Keyword in context: every occurrence of WORD in the body text, one row each:",
            "doc, start, end, left, match, right; by document, then position. WORD is a",
            "word or a quoted phrase (its words in a row within one body paragraph; any",
            "case, ’ and ' alike), or with --regex a Java regular expression, matched",
            "within each body paragraph."
        })
final class KwicCommand implements Callable<Integer> {
    @Mixin
    WordAndPaths loading;

    @Mixin
    OutputOptions output;

    @Option(names = "--width", paramLabel = "N", defaultValue = "40",
            description = "Characters of context on each side (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--regex", description = "TERM is a Java regular expression (use (?i) to ignore case).")
    boolean regex;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Streamed: only the rows are kept, never a document's text.
        DocumentStream documents = loading.stream().withoutMetadata();   // the texts are all it needs
        String term = loading.word;
        Table lines = regex ? Concordance.regex(documents, term, width) : Concordance.of(documents, term, width);
        LoadingOptions.warn(spec.commandLine().getErr(), documents.problems());
        TableWriter.write(lines, output, spec.commandLine().getOut());
        return 0;
    }
}
