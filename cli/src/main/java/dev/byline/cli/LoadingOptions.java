package dev.byline.cli;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The paths and loading options every corpus command shares. */
public final class LoadingOptions {
    /** What every command's PATHS reads; {@code MainTest} checks it names every extension the readers take. */
    static final String PATHS_HELP = "Directories (read recursively) and files; formats by extension: "
            + "txt, md, jsonl, json, csv, html, htm, html.gz, rss, atom, xml, warc, warc.gz";

    @Parameters(paramLabel = "PATHS", arity = "1..*", description = PATHS_HELP)
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

    /** The most problems printed for one file; the rest are counted on one line. */
    static final int SHOWN_PER_FILE = 5;

    /**
     * Prints each loading problem as one line on {@code err}, at most {@link #SHOWN_PER_FILE} for a file, and for a
     * file with more, one line saying how many were not shown (a JSON Lines file without the text field would
     * otherwise print a line for each of its records). The API ({@code Corpus.problems()}) has them all.
     */
    static void warn(PrintWriter err, List<LoadProblem> problems) {
        Map<Path, Integer> seen = new HashMap<>();
        Map<Path, Integer> hidden = new LinkedHashMap<>();
        for (LoadProblem p : problems) {
            if (seen.merge(p.file(), 1, Integer::sum) <= SHOWN_PER_FILE) {
                err.println("byline: warning: " + p);
            } else {
                hidden.merge(p.file(), 1, Integer::sum);
            }
        }
        hidden.forEach((file, n) -> err.println("byline: warning: " + file + ": " + String.format(Locale.ROOT, "%,d", n)
                + " more problem" + (n == 1 ? "" : "s") + " not shown (the first " + SHOWN_PER_FILE + " are above)"));
        err.flush();
    }
}
