package dev.byline.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.byline.kernel.runner.CellSession.CellRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runner's session: the kernel's cell session with its typed outputs turned into nbformat outputs, errors worded
 * for the runner from their kind (a --timeout stop says so, System.exit names no Kernel menu).
 */
class RunnerSessionTest {
    private static RunnerSession session;

    @BeforeAll
    static void open() {
        // no limit: a loaded machine must not make these cells time out
        session = RunnerSession.open(0, new PrintStream(new ByteArrayOutputStream(), true));
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

    private static List<String> types(CellRun run) {
        return run.outputs().stream().map(o -> o.get("output_type").getAsString()).toList();
    }

    @Test
    void loadCorpusShowsAProgressBarThatEndsWithTheDocumentCount() {
        CellRun run = session.run("Corpus c = loadCorpus(\"" + corpus() + "\");\nc.size()", 1);
        assertFalse(run.failed(), run.outputs().toString());
        assertEquals(List.of("display_data", "execute_result"), types(run));
        String bar = run.outputs().get(0).getAsJsonObject("data").get("text/html").toString();
        assertTrue(bar.contains("Loaded 5 / 5 (100%)") && bar.contains("5 documents"), bar);
        assertTrue(run.outputs().get(1).getAsJsonObject("data").get("text/plain").toString().contains("5"));
    }

    @Test
    void printsDisplaysAndErrorsComeOutInOrder() {
        CellRun run = session.run("System.out.println(\"before\");\ndisplay(html(\"<b>x</b>\"));\n"
                + "System.out.println(\"after\");\nint y = 1 / 0;", 2);
        assertTrue(run.failed());
        assertEquals(List.of("stream", "display_data", "stream", "error"), types(run));
        assertTrue(run.outputs().get(3).get("ename").getAsString().contains("ArithmeticException"), run.outputs().toString());
    }

    @Test
    void clearOutputWithWaitDropsWhatCameBeforeTheNextOutput() {
        CellRun run = session.run("System.out.println(\"old\");\nclearOutput(true);\nSystem.out.println(\"new\");", 3);
        assertEquals(1, run.outputs().size(), run.outputs().toString());
        assertEquals("[\"new\\n\"]", run.outputs().get(0).get("text").toString());
    }

    @Test
    void aCellStoppedByTheTimeoutSaysItWasTheTimeout() {
        CellRun run = session.withTimeout(1).run("while (true) { }", 4);
        assertTrue(run.failed());
        JsonObject e = run.outputs().get(run.outputs().size() - 1);
        assertEquals("Timeout", e.get("ename").getAsString());
        assertEquals("the cell was stopped after the --timeout of 1 s", e.get("evalue").getAsString());
        assertEquals("[\"Timeout: the cell was stopped after the --timeout of 1 s\"]", e.get("traceback").toString());
        assertFalse(session.run("1 + 1", 5).failed(), "the next cell runs");
    }

    @Test
    void systemExitIsWordedForTheRunnerFromItsStatusWithNoKernelMenu() {
        CellRun run = session.run("System.exit(3);", 6);
        assertTrue(run.failed());
        JsonObject e = run.outputs().get(0);
        assertEquals("SystemExit", e.get("ename").getAsString());
        assertEquals("the cell asked the JVM to exit with status 3 (System.exit, Runtime.exit or halt); byline notebooks "
                + "reports it as a failed cell instead of ending", e.get("evalue").getAsString());
        assertFalse(e.toString().contains("Kernel menu") || e.toString().contains("restart the kernel"), e.toString());
    }

    @Test
    void aCellBusyInJdkCodePastTheTimeoutIsGivenUpWithinASecondAndEndsTheRun() {
        assertFalse(session.run("boolean busy() {\n  return java.util.regex.Pattern.compile(\"(.*a){15}\")"
                + ".matcher(\"a\".repeat(30) + \"b\").matches();\n}", 7).failed());
        long t0 = System.nanoTime();
        CellRun run = session.withTimeout(2).run("busy()", 8);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(run.failed() && run.endsRun(), run.outputs().toString());
        JsonObject e = run.outputs().get(run.outputs().size() - 1);
        assertEquals("Timeout", e.get("ename").getAsString());
        String value = e.get("evalue").getAsString();
        assertTrue(value.contains("could not be stopped") && value.contains("java.util.regex"), value);
        assertTrue(millis < 2_000 + 1_500, "given up after " + millis + " ms");
    }
}
