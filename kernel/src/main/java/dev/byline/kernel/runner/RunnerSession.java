package dev.byline.kernel.runner;

import com.google.gson.JsonObject;
import dev.byline.kernel.KernelLauncher;
import dev.byline.kernel.display.Renderers;
import dev.byline.kernel.eval.JavaEvaluator;
import dev.byline.kernel.session.CellOutput;
import dev.byline.kernel.session.ErrorKind;
import dev.byline.kernel.session.KernelSession;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The kernel's cell session as the headless runner uses it: each cell's typed outputs become nbformat outputs; a
 * cell that runs past {@code --timeout} is interrupted (and the process given up if it will not stop); errors are
 * worded for the runner rather than for Jupyter, from their kind: a cell stopped by the time limit says so, and
 * {@code System.exit} names no Kernel menu, which the runner does not have.
 *
 * <pre>{@code
 * try (RunnerSession s = RunnerSession.open(600, events)) {
 *     s.run("while (true) { }", 1);   // after 600 s: Timeout: the cell was stopped after the --timeout of 600 s
 * }
 * }</pre>
 */
final class RunnerSession implements CellSession {
    private final KernelSession session;
    private final long seconds;
    private final PrintStream events;
    private final Map<String, JsonObject> displays = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "byline-cell-timer");
        t.setDaemon(true);
        return t;
    });

    RunnerSession(KernelSession session, long seconds, PrintStream events) {
        this.session = session;
        this.seconds = seconds;
        this.events = events;
    }

    /**
     * Starts JShell with the kernel's start-up snippets in this process and captures {@code System.out} and
     * {@code System.err}; a cell reading {@code System.in} reads end of input.
     *
     * @param seconds the per-cell time limit, 0 for none
     * @param events  where the give-up line goes when a cell cannot be stopped
     */
    static RunnerSession open(long seconds, PrintStream events) {
        System.setIn(InputStream.nullInputStream());
        KernelSession session = new KernelSession(CompletableFuture.completedFuture(
                JavaEvaluator.create(JavaEvaluator.defaultClasspath(), KernelLauncher.STARTUP)), Renderers.withDefaults());
        session.captureStandardStreams();
        return new RunnerSession(session, seconds, events);
    }

    /** The same session (variables, displays) under another time limit. */
    RunnerSession withTimeout(long newSeconds) {
        return new RunnerSession(session, newSeconds, events);
    }

    @Override
    public CellRun run(String source, int executionCount) {
        NbformatOutputs outputs = new NbformatOutputs(displays, executionCount);
        if (seconds <= 0) {
            Optional<CellOutput.Error> error = session.run(source, executionCount, outputs);
            return new CellRun(worded(outputs, error, false), error.isPresent(), stuck(error));
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> interrupt = timer.schedule(() -> {
            timedOut.set(true);
            session.interrupt();
        }, seconds, TimeUnit.SECONDS);
        // the session gives up on a cell that will not stop within a second of the interrupt; should even that fail
        // to return, the process ends here, the runner reporting the cell
        ScheduledFuture<?> giveUp = timer.schedule(() -> {
            events.println(NotebookProcess.EVENT + "timeout\t" + executionCount + "\t" + seconds);
            Runtime.getRuntime().halt(NotebookProcess.TIMED_OUT);
        }, seconds + 5, TimeUnit.SECONDS);
        try {
            Optional<CellOutput.Error> error = session.run(source, executionCount, outputs);
            interrupt.cancel(false);
            // read after cancel: the timer either fired already or never will
            return new CellRun(worded(outputs, error, timedOut.get()), error.isPresent(), stuck(error));
        } finally {
            interrupt.cancel(false);
            giveUp.cancel(false);
        }
    }

    /** The cell's outputs with its error, if any, worded for the runner. */
    private List<JsonObject> worded(NbformatOutputs outputs, Optional<CellOutput.Error> error, boolean timedOut) {
        List<JsonObject> all = outputs.outputs();
        if (error.isEmpty()) {
            return all;
        }
        CellOutput.Error e = error.get();
        CellOutput.Error runner = e;
        if (timedOut && e.kind() == ErrorKind.INTERRUPTED) {
            String value = "the cell was stopped after the --timeout of " + seconds + " s";
            runner = e.reworded("Timeout", value, List.of("Timeout: " + value));
        } else if (e.kind() == ErrorKind.STUCK) {
            String value = (timedOut ? "the cell ran past the --timeout of " + seconds + " s and " : "the cell ")
                    + "could not be stopped (" + e.value().replaceFirst("^the cell did not stop: ", "")
                    + "); the notebook's process was ended";
            runner = e.reworded(timedOut ? "Timeout" : "Interrupted", value, List.of((timedOut ? "Timeout: " : "Interrupted: ") + value));
        } else if (e.kind() == ErrorKind.EXIT && e.exitStatus().isPresent()) {
            String value = "the cell asked the JVM to exit with status " + e.exitStatus().getAsInt() + " (System.exit, "
                    + "Runtime.exit or halt); byline notebooks reports it as a failed cell instead of ending";
            runner = e.reworded("SystemExit", value, List.of("SystemExit: " + value));
        }
        if (runner == e) {
            return all;
        }
        List<JsonObject> copy = new ArrayList<>(all);
        JsonObject original = NbformatOutputs.error(e);
        JsonObject reworded = NbformatOutputs.error(runner);
        copy.replaceAll(o -> o.equals(original) ? reworded : o);
        return copy;
    }

    /** A cell left running cannot be stopped in this process: the notebook ends with it. */
    private static boolean stuck(Optional<CellOutput.Error> error) {
        return error.isPresent() && error.get().kind() == ErrorKind.STUCK;
    }

    @Override
    public void interrupt() {
        session.interrupt();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        session.close();
    }
}
