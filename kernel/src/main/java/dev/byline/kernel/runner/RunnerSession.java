package dev.byline.kernel.runner;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel's session as the headless runner uses it: interrupts a cell that runs past {@code --timeout} (and gives
 * up on the process if it will not stop), and words errors for the runner rather than for Jupyter: a cell stopped by
 * the time limit says so, and {@code System.exit} names no Kernel menu, which the runner does not have.
 *
 * <pre>{@code
 * RunnerSession s = new RunnerSession(kernelSession, 600, events);
 * s.run("while (true) { }", 1);   // after 600 s: Timeout: the cell was stopped after the --timeout of 600 s
 * }</pre>
 */
final class RunnerSession implements CellSession {
    /** The status in the kernel's exit message, old wording ("System.exit(3) was called") or new ("with status 3"). */
    private static final Pattern EXIT = Pattern.compile("System\\.exit\\((-?\\d+)\\)|with status (-?\\d+)");

    private final CellSession inner;
    private final long seconds;
    private final PrintStream events;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "byline-cell-timer");
        t.setDaemon(true);
        return t;
    });

    RunnerSession(CellSession inner, long seconds, PrintStream events) {
        this.inner = inner;
        this.seconds = seconds;
        this.events = events;
    }

    @Override
    public CellRun run(String source, int executionCount) {
        if (seconds <= 0) {
            return reworded(inner.run(source, executionCount), false);
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> interrupt = timer.schedule(() -> {
            timedOut.set(true);
            inner.interrupt();
        }, seconds, TimeUnit.SECONDS);
        ScheduledFuture<?> giveUp = timer.schedule(() -> {
            events.println(NotebookProcess.EVENT + "timeout\t" + executionCount + "\t" + seconds);
            Runtime.getRuntime().halt(NotebookProcess.TIMED_OUT);
        }, seconds + 10, TimeUnit.SECONDS);
        try {
            CellRun run = inner.run(source, executionCount);
            interrupt.cancel(false);
            return reworded(run, timedOut.get()); // read after cancel: the timer either fired already or never will
        } finally {
            interrupt.cancel(false);
            giveUp.cancel(false);
        }
    }

    /** The run with its error output worded for the runner. */
    private CellRun reworded(CellRun run, boolean timedOut) {
        if (!run.failed()) {
            return run;
        }
        List<JsonObject> outputs = new ArrayList<>();
        for (JsonObject o : run.outputs()) {
            if (!"error".equals(o.get("output_type").getAsString())) {
                outputs.add(o);
                continue;
            }
            String ename = o.has("ename") ? o.get("ename").getAsString() : "";
            String evalue = o.has("evalue") ? o.get("evalue").getAsString() : "";
            Matcher exit = EXIT.matcher(evalue);
            if (timedOut && ename.equals("Interrupted")) {
                outputs.add(error("Timeout", "the cell was stopped after the --timeout of " + seconds + " s"));
            } else if (ename.equals("SystemExit") && exit.find()) {
                String status = exit.group(1) != null ? exit.group(1) : exit.group(2);
                outputs.add(error("SystemExit", "the cell asked the JVM to exit with status " + status + " (System.exit, "
                        + "Runtime.exit or halt); byline notebooks reports it as a failed cell instead of ending"));
            } else {
                outputs.add(o);
            }
        }
        return new CellRun(outputs, true);
    }

    private static JsonObject error(String ename, String evalue) {
        JsonObject o = new JsonObject();
        o.addProperty("output_type", "error");
        o.addProperty("ename", ename);
        o.addProperty("evalue", evalue);
        JsonArray traceback = new JsonArray();
        traceback.add(ename + ": " + evalue);
        o.add("traceback", traceback);
        return o;
    }

    @Override
    public void interrupt() {
        inner.interrupt();
    }

    @Override
    public void close() {
        inner.close();
    }

    /** Stops the timer thread. */
    void shutdown() {
        timer.shutdownNow();
    }
}
