package dev.byline.cli;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The paths and loading options every corpus command shares. */
public final class LoadingOptions {
    @Parameters(paramLabel = "PATHS", arity = "1..*",
            description = "Directories (read recursively) and files: .txt .md .jsonl .json .csv")
    List<Path> paths;

    @Mixin
    ReadingOptions reading;

    /** Loads the corpus, printing each problem as one line on {@code err}. */
    Corpus load(PrintWriter err) {
        Corpus corpus = Corpus.load(reading.options(), paths.toArray(Path[]::new));
        warn(err, corpus.problems());
        return corpus;
    }

    /** The documents, to be read as they are used; print {@link DocumentStream#problems()} with {@link #warn} after. */
    DocumentStream stream() {
        return DocumentStream.of(reading.options(), paths.toArray(Path[]::new));
    }

    /** Prints each loading problem as one line on {@code err}. */
    static void warn(PrintWriter err, List<LoadProblem> problems) {
        for (LoadProblem p : problems) {
            err.println("byline: warning: " + p);
        }
        err.flush();
    }
}
