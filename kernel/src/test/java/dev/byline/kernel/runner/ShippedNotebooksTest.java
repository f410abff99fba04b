package dev.byline.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebooks in notebooks/ are the user guide: every one must run top to bottom on a fresh session
 * and reproduce the outputs stored in it (nbval-style), so what readers see on GitHub is what the code does.
 */
class ShippedNotebooksTest {
    @TempDir
    Path out;

    static Path notebooksDir() {
        for (Path p : List.of(Path.of("../notebooks"), Path.of("notebooks"))) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("notebooks/ not found");
    }

    @Test
    void everyShippedNotebookRunsAndReproducesItsStoredOutputs() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(notebooksDir())) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertTrue(notebooks.size() >= 7, "the seven example notebooks are there: " + notebooks);
        StringWriter log = new StringWriter();
        var options = new NotebookRunner.Options(notebooks, out, false, true, true, NotebookParameters.none(), 300, true);
        List<NotebookRunner.Report> reports = new NotebookRunner(options, new PrintWriter(log, true)).runAll();
        assertEquals(notebooks.size(), reports.size(), log.toString());
        for (NotebookRunner.Report r : reports) {
            assertTrue(r.failure().isEmpty(), r.notebook() + " failed: " + r.failure() + "\n" + log);
            assertEquals(List.of(), r.checkDiffs(), r.notebook() + " outputs changed; rerun ./byline notebooks --in-place "
                    + "after checking the change is intended");
            assertTrue(Files.exists(r.html()));
        }
        assertTrue(Files.exists(out.resolve("index.html")));
    }
}
