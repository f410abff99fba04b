package dev.byline.cli;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadOptions;
import dev.byline.corpus.LoadProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The paths and loading options every corpus command shares. */
public final class LoadingOptions {
    @Parameters(paramLabel = "PATHS", arity = "1..*",
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
        Corpus corpus = Corpus.load(options(textField, idField, strict), paths.toArray(Path[]::new));
        warn(err, corpus.problems());
        return corpus;
    }

    /** The documents, to be read as they are used; print {@link DocumentStream#problems()} with {@link #warn} after. */
    DocumentStream stream() {
        return DocumentStream.of(options(textField, idField, strict), paths.toArray(Path[]::new));
    }

    static LoadOptions options(String textField, String idField, boolean strict) {
        return LoadOptions.defaults().withTextField(textField).withIdField(idField).strict(strict);
    }

    /** Prints each loading problem as one line on {@code err}. */
    static void warn(PrintWriter err, List<LoadProblem> problems) {
        for (LoadProblem p : problems) {
            err.println("byline: warning: " + p);
        }
        err.flush();
    }
}
