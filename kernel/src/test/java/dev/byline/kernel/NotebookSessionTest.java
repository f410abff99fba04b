package dev.byline.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.kernel.runner.CellSession.CellRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runner's session: the kernel's evaluator and display code turned into nbformat outputs. */
class NotebookSessionTest {
    private static NotebookSession session;

    @BeforeAll
    static void open() {
        session = new NotebookSession();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static String corpus() {
        for (String p : new String[] {"../corpus", "corpus"}) {
            if (Files.isDirectory(Path.of(p))) {
                return Path.of(p).toAbsolutePath().normalize().toString().replace("\\", "/");
            }
        }
        throw new IllegalStateException("no corpus/");
    }

    @Test
    void loadCorpusShowsAProgressBarThatEndsWithTheDocumentCount() {
        CellRun run = session.run("Corpus c = loadCorpus(\"" + corpus() + "\");\nc.size()", 1);
        assertFalse(run.failed(), run.outputs().toString());
        assertEquals("display_data", run.outputs().get(0).get("output_type").getAsString());
        String bar = run.outputs().get(0).getAsJsonObject("data").get("text/html").toString();
        assertTrue(bar.contains("Loaded 5 / 5 (100%)") && bar.contains("5 documents"), bar);
        assertEquals("execute_result", run.outputs().get(1).get("output_type").getAsString());
        assertTrue(run.outputs().get(1).getAsJsonObject("data").get("text/plain").toString().contains("5"));
    }

    @Test
    void printsDisplaysAndErrorsComeOutInOrder() {
        CellRun run = session.run("System.out.println(\"before\");\ndisplay(html(\"<b>x</b>\"));\n"
                + "System.out.println(\"after\");\nint y = 1 / 0;", 2);
        assertTrue(run.failed());
        assertEquals("stream", run.outputs().get(0).get("output_type").getAsString());
        assertEquals("display_data", run.outputs().get(1).get("output_type").getAsString());
        assertEquals("stream", run.outputs().get(2).get("output_type").getAsString());
        assertEquals("error", run.outputs().get(3).get("output_type").getAsString());
        assertTrue(run.outputs().get(3).get("ename").getAsString().contains("ArithmeticException"), run.outputs().toString());
    }
}
