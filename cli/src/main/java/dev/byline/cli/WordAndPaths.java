package dev.byline.cli;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A word followed by the paths to load, for {@code kwic WORD PATHS} and {@code collocates WORD PATHS}.
 * {@link LoadingOptions} cannot serve here: its unindexed PATHS would take the word too.
 */
public final class WordAndPaths {
    @Parameters(index = "0", paramLabel = "WORD", description = "The word or phrase (quote a phrase).")
    String word;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATHS",
            description = "Directories (read recursively) and files: .txt .md .jsonl .json .csv")
    List<Path> paths;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
            description = "JSON field or CSV column with the article text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
            description = "JSON field or CSV column with the document id, if any (default: ${DEFAULT-VALUE}).")
    String idField;

    @Option(names = "--strict", description = "Stop at the first file that cannot be loaded.")
    boolean strict;

    /** Loads the corpus, printing each problem as one line on {@code err}. */
    Corpus load(PrintWriter err) {
        Corpus corpus = Corpus.load(LoadingOptions.options(textField, idField, strict), paths.toArray(Path[]::new));
        LoadingOptions.warn(err, corpus.problems());
        return corpus;
    }

    /** The documents, to be read as they are used; print their problems with {@link LoadingOptions#warn} after. */
    DocumentStream stream() {
        return DocumentStream.of(LoadingOptions.options(textField, idField, strict), paths.toArray(Path[]::new));
    }
}
