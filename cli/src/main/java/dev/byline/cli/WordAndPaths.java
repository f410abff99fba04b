package dev.byline.cli;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * A word followed by the paths to load, for {@code kwic WORD PATHS} and {@code collocates WORD PATHS}.
 * {@link LoadingOptions} cannot serve here: its unindexed PATHS would take the word too.
 */
public final class WordAndPaths {
    @Parameters(index = "0", paramLabel = "WORD",
            description = "What to look for (quote a phrase); what ${COMMAND-NAME} accepts is said above.")
    String word;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATHS", description = LoadingOptions.PATHS_HELP)
    List<Path> paths;

    @Mixin
    ReadingOptions reading;

    /** Loads the corpus, printing each problem as one line on {@code err}. */
    Corpus load(PrintWriter err) {
        Corpus corpus = Corpus.load(reading.options(), paths.toArray(Path[]::new));
        LoadingOptions.warn(err, corpus.problems());
        return corpus;
    }

    /** The documents, to be read as they are used; print their problems with {@link LoadingOptions#warn} after. */
    DocumentStream stream() {
        return DocumentStream.of(reading.options(), paths.toArray(Path[]::new));
    }
}
