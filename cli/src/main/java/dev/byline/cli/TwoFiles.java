package dev.byline.cli;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.Document;
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

    Document a(PrintWriter err) {
        return one(fileA, err);
    }

    Document b(PrintWriter err) {
        return one(fileB, err);
    }

    /** Writes the page if {@code --html} was given; an existing input file is never overwritten. */
    void writeHtml(String page) {
        if (html == null) {
            return;
        }
        try {
            Path target = html.toAbsolutePath().normalize();
            if (target.equals(fileA.toAbsolutePath().normalize()) || target.equals(fileB.toAbsolutePath().normalize())) {
                throw new BylineException(html, "refusing to overwrite an input article with the HTML page");
            }
            Files.writeString(html, page);
        } catch (IOException e) {
            throw new BylineException(html, "cannot write the HTML page: " + e.getMessage(), e);
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
