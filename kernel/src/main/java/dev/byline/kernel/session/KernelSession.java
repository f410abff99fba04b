package dev.byline.kernel.session;

import dev.byline.kernel.display.Renderers;
import dev.byline.kernel.eval.CellFailure;
import dev.byline.kernel.eval.JavaEvaluator;
import dev.byline.kernel.eval.Outcome;
import dev.byline.kernel.magics.BuiltinMagics;
import dev.byline.kernel.magics.CellRunner;
import dev.byline.kernel.magics.MagicException;
import dev.byline.kernel.magics.Magics;
import dev.byline.kernel.runtime.DisplayId;
import dev.byline.kernel.runtime.DisplaySink;
import dev.byline.kernel.runtime.Notebook;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The one cell-execution path: runs a cell (magics and Java) with the JShell evaluator and emits what it produces as
 * typed {@link CellOutput}s, in order. The Jupyter kernel turns them into messages, the headless runner into nbformat
 * outputs; neither runs cells another way. Errors are built here once, with their kind (and exit status).
 *
 * <pre>{@code
 * KernelSession s = new KernelSession(CompletableFuture.completedFuture(evaluator), Renderers.withDefaults());
 * s.captureStandardStreams();
 * Optional<CellOutput.Error> e = s.run("System.out.println(\"hi\");\n1 + 1", 1, outputs::add);
 * // outputs: Stream(stdout, "hi\n"), Result(2); e is empty
 * }</pre>
 */
public final class KernelSession implements DisplaySink, AutoCloseable {
    private static final Consumer<CellOutput> NOWHERE = o -> { };
    private final CompletableFuture<JavaEvaluator> java;
    private final CompletableFuture<CellRunner> runner;
    private final Renderers renderers;
    private final HeapWatch heap = new HeapWatch();
    private final OutputChannel stdout = new OutputChannel(text -> emit(new CellOutput.Stream("stdout", text)));
    private final OutputChannel stderr = new OutputChannel(text -> emit(new CellOutput.Stream("stderr", text)));
    /** Where outputs go: the listener of the cell running now, or of the last one (output from its threads). */
    private volatile Consumer<CellOutput> listener = NOWHERE;

    /**
     * A session over an evaluator that may still be starting (the kernel starts JShell while Jupyter connects).
     * Makes this session the target of the display helpers ({@link Notebook}).
     */
    public KernelSession(CompletableFuture<JavaEvaluator> java, Renderers renderers) {
        this.java = java;
        this.renderers = renderers;
        this.runner = java.thenApply(evaluator -> {
            Magics magics = new Magics();
            CellRunner[] ref = new CellRunner[1];
            BuiltinMagics.registerAll(magics, evaluator, () -> ref[0], System.out);
            ref[0] = new CellRunner(evaluator, magics);
            return ref[0];
        });
        Notebook.attach(this);
        Thread.setDefaultUncaughtExceptionHandler(KernelSession::uncaught);
    }

    /**
     * A thread a cell started ended with an exception: shown on the cell's stderr as the JDK shows it, except a
     * guarded exit (already explained by {@code ExitGuard}) and a stop, which are meant to end the thread.
     */
    private static void uncaught(Thread t, Throwable e) {
        if (e instanceof dev.byline.kernel.eval.ExitRequestedException || e instanceof dev.byline.kernel.eval.CellStopped) {
            return;
        }
        System.err.print("Exception in thread \"" + t.getName() + "\" ");
        e.printStackTrace(System.err);
    }

    /**
     * Sends {@code System.out} and {@code System.err} to this session as {@link CellOutput.Stream}s. They are not
     * auto-flushed (a println per message would flood Jupyter): call {@link #flush()} now and then (the kernel does
     * every 40 ms); the session flushes before every other output and at the end of a cell.
     */
    public void captureStandardStreams() {
        System.setOut(new PrintStream(stdout, false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, false, StandardCharsets.UTF_8));
    }

    /** Emits what the cell printed and has not been emitted yet. */
    public void flush() {
        System.out.flush();
        System.err.flush();
        stdout.flush();
        stderr.flush();
    }

    private void emit(CellOutput output) {
        listener.accept(output);
    }

    /**
     * Runs a cell; its outputs go to {@code out} as they happen (and later output of threads it started, until the
     * next cell).
     *
     * @param code           the cell's source, magics included
     * @param executionCount the number shown as {@code In [n]}, used in error locations
     * @return the error the cell ended with, also emitted to {@code out}; empty when it completed
     */
    public Optional<CellOutput.Error> run(String code, int executionCount, Consumer<CellOutput> out) {
        listener = out;
        CellOutput.Error error;
        try {
            Outcome outcome = runner.join().run(code, "[" + executionCount + "]");
            flush();
            if (outcome.hasValue() && !(outcome.value() instanceof DisplayId)) {
                emit(new CellOutput.Result(renderers.render(outcome.value())));
            }
            heap.afterCell().ifPresent(note -> emit(new CellOutput.Stream("stderr", note)));
            return Optional.empty();
        } catch (CellFailure f) {
            error = new CellOutput.Error(kindOf(f.kind()), f.name(), f.getMessage(), Diagnosis.explain(f), f.exitStatus());
        } catch (MagicException e) {
            error = CellOutput.Error.of(ErrorKind.MAGIC, "MagicError", e.getMessage(), List.of("MagicError: " + e.getMessage()));
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            error = CellOutput.Error.of(ErrorKind.INTERNAL, cause.getClass().getSimpleName(), String.valueOf(cause.getMessage()),
                    List.of("The kernel could not run the cell: " + cause));
        }
        flush();
        emit(error);
        heap.afterCell().ifPresent(note -> emit(new CellOutput.Stream("stderr", note)));
        return Optional.of(error);
    }

    private static ErrorKind kindOf(CellFailure.Kind kind) {
        return switch (kind) {
            case COMPILE -> ErrorKind.COMPILE;
            case RUNTIME -> ErrorKind.RUNTIME;
            case INTERRUPTED -> ErrorKind.INTERRUPTED;
            case STUCK -> ErrorKind.STUCK;
            case EXIT -> ErrorKind.EXIT;
        };
    }

    /** The evaluator, waiting for it to start if need be (completion, inspection, is_complete). */
    public JavaEvaluator evaluator() {
        return java.join();
    }

    /** Stops the running cell, if the evaluator has started; safe from any thread. */
    public void interrupt() {
        if (java.isDone() && !java.isCompletedExceptionally()) {
            java.join().stop();
        }
    }

    @Override
    public void close() {
        if (java.isDone() && !java.isCompletedExceptionally()) {
            java.join().close();
        }
    }

    @Override
    public String display(Object value) {
        flush();
        String id = UUID.randomUUID().toString();
        emit(new CellOutput.Display(id, renderers.render(value)));
        return id;
    }

    @Override
    public void update(String displayId, Object value) {
        flush();
        emit(new CellOutput.Update(displayId, renderers.render(value)));
    }

    @Override
    public void clear(boolean wait) {
        flush();
        emit(new CellOutput.Clear(wait));
    }

    @Override
    public Renderers renderers() {
        return renderers;
    }
}
