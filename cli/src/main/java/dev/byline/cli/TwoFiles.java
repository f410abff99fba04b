package dev.byline.cli;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The two article files {@code align} and {@code drift} take, plus the optional HTML page. */
public final class TwoFiles {
    @Parameters(index = "0", paramLabel = "FILE_A", description = "The first article (often the presumed source).")
    Path fileA;

    @Parameters(index = "1", paramLabel = "FILE_B", description = "The second article (often the presumed copy).")
    Path fileB;

    @picocli.CommandLine.Option(names = "--html", paramLabel = "FILE", description = "Also write a side-by-side HTML page to FILE.")
    Path html;

    @picocli.CommandLine.Option(names = "--overwrite", description = "With --html: replace FILE if it exists.")
    boolean overwrite;

    Document a(PrintWriter err) {
        return one(fileA, err);
    }

    Document b(PrintWriter err) {
        return one(fileB, err);
    }

    /**
     * Checks the {@code --html} file before any work, as {@code --chart} is checked: not one of the articles, not an
     * existing file unless {@code --overwrite} is given, in a folder that exists.
     */
    void checkHtml() {
        if (html != null) {
            OutputFile.check(html, overwrite, java.util.List.of(fileA, fileB), "an input article with the HTML page");
        }
    }

    /** Writes the page if {@code --html} was given (checked by {@link #checkHtml} first). */
    void writeHtml(String page) {
        if (html == null) {
            return;
        }
        try {
            Files.writeString(html, page);
        } catch (IOException e) {
            throw new BylineException(html, "cannot write the HTML page: " + IoReasons.writing(html, e), e);
        }
    }

    private static Document one(Path file, PrintWriter err) {
        if (Files.isDirectory(file)) {
            throw new BylineException(file, "is a directory; name one article file");
        }
        Corpus c = Corpus.load(file);
        LoadingOptions.warn(err, c.problems());
        if (c.size() != 1) {
            throw new BylineException(file, "holds " + c.size() + " articles; name a file with exactly one");
        }
        return c.list().get(0);
    }
}
