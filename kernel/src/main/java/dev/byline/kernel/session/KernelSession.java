package dev.byline.kernel.session;

import dev.byline.display.Renderers;
import dev.byline.kernel.eval.CellFailure;
import dev.byline.kernel.eval.Completeness;
import dev.byline.kernel.eval.Completion;
import dev.byline.kernel.eval.JavaEvaluator;
import dev.byline.kernel.eval.Outcome;
import dev.byline.kernel.magics.BuiltinMagics;
import dev.byline.kernel.magics.CellJava;
import dev.byline.kernel.magics.CellRunner;
import dev.byline.kernel.magics.MagicException;
import dev.byline.kernel.magics.Magics;
import dev.byline.kernel.KernelEnvironment;
import dev.byline.kernel.protocol.KernelLog;
import dev.byline.kernel.runtime.Kernel;
import dev.byline.kernel.runtime.KernelHandle;
import dev.byline.display.DisplaySink;
import dev.byline.display.Notebook;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
    /**
     * What the magics print ("Added ... to the class path") goes to {@code System.out} as it is when they print: the
     * runner captures the standard streams after the magics are built.
     */
    private static final PrintStream CURRENT_OUT = new PrintStream(new java.io.OutputStream() {
        @Override
        public void write(int b) {
            System.out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            System.out.write(b, off, len);
        }

        @Override
        public void flush() {
            System.out.flush();
        }
    }, false, StandardCharsets.UTF_8);
    private final CompletableFuture<JavaEvaluator> java;
    private final CompletableFuture<CellRunner> runner;
    private final Renderers renderers;
    private final Magics magics = new Magics();
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
        this(java, renderers, KernelEnvironment.from(Map.of()));
    }

    /**
     * {@link #KernelSession(CompletableFuture, Renderers)} that then runs the IJAVA_/JJAVA_ start-up scripts of
     * {@code env} (its class path and compiler options are the evaluator's, given when it is built).
     * Also attaches the kernel's notebook functions ({@link Kernel}: {@code kernel()}, {@code eval}, {@code lineMagic}).
     */
    public KernelSession(CompletableFuture<JavaEvaluator> java, Renderers renderers, KernelEnvironment env) {
        this.java = java;
        this.renderers = renderers;
        this.runner = java.thenApply(evaluator -> {
            CellRunner[] ref = new CellRunner[1];
            BuiltinMagics.registerAll(magics, evaluator, () -> ref[0], CURRENT_OUT);
            ref[0] = new CellRunner(evaluator, magics);
            Kernel.attach(new KernelHandle(evaluator, magics, ref[0], renderers));
            runStartupScripts(ref[0], env);
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

    /** The start-up scripts, after the imports; one that fails is reported in the kernel log, not fatal. */
    private static void runStartupScripts(CellRunner runner, KernelEnvironment env) {
        env.startupScripts().forEach((name, code) -> {
            try {
                runner.run(code, name);
            } catch (CellFailure | RuntimeException e) {
                KernelLog.warn("start-up script " + name + " failed: " + e.getMessage());
            }
        });
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
            CellRunner cells = runner.join();
            Notebook.newCell();
            Outcome outcome = cells.run(code, "[" + executionCount + "]");
            flush();
            if (outcome.hasValue() && !Notebook.isDisplayHandle(outcome.value())) {
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

    /** The evaluator, waiting for it to start if need be. */
    public JavaEvaluator evaluator() {
        return java.join();
    }

    /**
     * Completion at {@code cursor}: the names of magics after a {@code %} that starts a line, otherwise the Java of the
     * cell ({@link CellJava}: the body of {@code %%time} and the code of {@code %time} included), nothing on a magic's
     * arguments or in a cell of HTML or Markdown.
     */
    public Completion complete(String code, int cursor) {
        Optional<Completion> magic = CellJava.magicNames(code, cursor, magics);
        if (magic.isPresent()) {
            return magic.get();
        }
        return CellJava.isJavaAt(code, cursor) ? evaluator().complete(CellJava.of(code), cursor)
                : new Completion(List.of(), cursor, cursor);
    }

    /** Signature and Javadoc of what the cursor is on in the cell's Java, if JShell knows it (see {@link #complete}). */
    public Optional<String> inspect(String code, int cursor) {
        return CellJava.isJavaAt(code, cursor) ? evaluator().inspect(CellJava.of(code), cursor) : Optional.empty();
    }

    /** Whether the cell is ready to run: its Java is complete (a cell of magics alone always is). */
    public Completeness completeness(String code) {
        String java = CellJava.of(code);
        return java.isBlank() ? Completeness.COMPLETE : evaluator().completeness(java);
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
