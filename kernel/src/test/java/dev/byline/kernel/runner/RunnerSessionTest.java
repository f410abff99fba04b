package dev.byline.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.byline.kernel.eval.ExitRequestedException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Errors as the headless runner words them: a --timeout stop says so, System.exit names no Kernel menu. */
class RunnerSessionTest {
    private static JsonObject error(String ename, String evalue) {
        JsonObject o = new JsonObject();
        o.addProperty("output_type", "error");
        o.addProperty("ename", ename);
        o.addProperty("evalue", evalue);
        JsonArray tb = new JsonArray();
        tb.add(ename + ": " + evalue);
        o.add("traceback", tb);
        return o;
    }

    /** Waits for interrupt() as the kernel's evaluator does, then reports the kernel's own Interrupted error. */
    static final class SlowSession implements CellSession {
        final CountDownLatch interrupted = new CountDownLatch(1);

        @Override
        public CellRun run(String source, int executionCount) {
            if (source.startsWith("halt")) { // the kernel's wording on main since the exit-message change
                return new CellRun(List.of(error("SystemExit", "the cell asked the JVM to exit with status 3 (System.exit,"
                        + " Runtime.exit or halt): the cell stops there, and the session keeps running with its variables"
                        + " (restart the kernel to start afresh)")), true);
            }
            if (source.startsWith("exit")) {
                return new CellRun(List.of(error("SystemExit", new ExitRequestedException(3).getMessage())), true);
            }
            try {
                interrupted.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new CellRun(List.of(error("Interrupted", "the cell was interrupted")), true);
        }

        @Override
        public void interrupt() {
            interrupted.countDown();
        }

        @Override
        public void close() {
        }
    }

    private final RunnerSession session = new RunnerSession(new SlowSession(), 1,
            new PrintStream(new ByteArrayOutputStream(), true));

    @Test
    void aCellStoppedByTheTimeoutSaysItWasTheTimeout() {
        CellSession.CellRun run = session.run("while (true) { }", 1);
        assertTrue(run.failed());
        JsonObject e = run.outputs().get(0);
        assertEquals("Timeout", e.get("ename").getAsString());
        assertEquals("the cell was stopped after the --timeout of 1 s", e.get("evalue").getAsString());
        assertEquals("[\"Timeout: the cell was stopped after the --timeout of 1 s\"]", e.get("traceback").toString());
        session.shutdown();
    }

    @Test
    void systemExitIsWordedForTheRunnerWithNoKernelMenu() {
        JsonObject e = session.run("exit(3)", 1).outputs().get(0);
        assertEquals(e, session.run("halt(3)", 2).outputs().get(0), "either kernel wording gives the runner's");
        assertEquals("the cell asked the JVM to exit with status 3 (System.exit, Runtime.exit or halt); byline notebooks "
                + "reports it as a failed cell instead of ending", e.get("evalue").getAsString());
        assertFalse(e.toString().contains("Kernel menu") || e.toString().contains("restart the kernel"), e.toString());
        session.shutdown();
    }
}
