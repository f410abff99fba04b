package dev.byline.kernel.eval;

import dev.byline.kernel.protocol.KernelLog;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import jdk.jshell.JShell;

/**
 * Evaluates Java cells with JShell, in this process. Knows nothing of Jupyter.
 *
 * <pre>{@code
 * try (JavaEvaluator java = JavaEvaluator.create(JavaEvaluator.defaultClasspath(), List.of("import java.util.*;"))) {
 *     Outcome o = java.eval("var xs = List.of(1, 2);\nxs.size()", "[1]");   // o.value() == 2
 * }
 * }</pre>
 *
 * A cell may hold several snippets; they run in order and the value of the last one, if it is an
 * expression, is the cell's value. Snippets are redefinable as in JShell.
 *
 * <p>This class builds the parts and decides who may use JShell when: a cell ({@link CellExecution}), the notebook's
 * questions about a cell ({@link Introspection}), the warm-up ({@link WarmUp}), the typing of pending values
 * ({@link IdleWork}) and JShell's class index ({@link ClassIndexGate}) take turns under one lock, as JShell is not
 * thread-safe.
 */
public final class JavaEvaluator implements AutoCloseable {
    private final ShellState state;
    private final List<Path> classpath = new ArrayList<>();
    /** JShell is not thread-safe: user requests and the background work take turns. */
    private final ReentrantLock lock = new ReentrantLock();
    /** Works out the static types of values kept pending, while the kernel is idle (see {@link TempValues}). */
    private final IdleWork valueTypes;
    /** Holds JShell's class index back until the session is quiet (see {@link ClassIndexGate}). */
    private final ClassIndexGate indexGate;
    private final CellExecution execution;
    private final Introspection introspection;
    private final WarmUp warmUp;
    private volatile boolean running;

    private JavaEvaluator(JShell shell, CapturingExecutionControl.Provider provider, ClassIndexGate indexGate,
                          TempNames names) {
        this.indexGate = indexGate;
        indexGate.inUse(lock::isLocked);
        this.state = new ShellState(shell);   // JShell's indexer starts here, and waits at the gate
        this.valueTypes = new IdleWork("byline-value-types", lock, state.temps()::hasPending, () -> {
            if (!running) {
                state.resolveOldestPendingType();
            }
        });
        CellSnippets snippets = new CellSnippets(state.analysis());
        this.execution = new CellExecution(state, snippets, new SnippetReports(shell, provider), names, provider,
                valueTypes);
        this.introspection = new Introspection(state, snippets, indexGate);
        this.warmUp = new WarmUp(state, names, lock, valueTypes, indexGate);
    }

    /**
     * Starts JShell with the given class path and runs the start-up snippets (imports).
     *
     * @throws IllegalStateException when a start-up snippet does not compile
     */
    public static JavaEvaluator create(List<Path> classpath, List<String> startup) {
        return create(classpath, startup, List.of());
    }

    /** {@link #create(List, List)} with options for the compiler ({@code -parameters}, {@code --enable-preview}...). */
    public static JavaEvaluator create(List<Path> classpath, List<String> startup, List<String> compilerOptions) {
        CapturingExecutionControl.Provider provider = new CapturingExecutionControl.Provider();
        KernelLog.trace("JShell building");
        TempNames names = new TempNames();
        ClassIndexGate indexGate = new ClassIndexGate();
        JShell shell = JShell.builder().executionEngine(provider, Map.of())
                .fileManager(fm -> new SteadyFileManager(fm, indexGate))
                .tempVariableNameGenerator(names)
                .compilerOptions(withDebugNames(compilerOptions))
                .build();
        JavaEvaluator evaluator = new JavaEvaluator(shell, provider, indexGate, names);
        evaluator.lock.lock();   // JShell is in use from here: the class index waits (see ClassIndexGate)
        try {
            for (Path p : classpath) {
                evaluator.addToClasspath(p);
            }
            KernelLog.trace("JShell built");
            StartupSnippets.run(shell, startup);
        } finally {
            indexGate.used();
            evaluator.lock.unlock();
        }
        KernelLog.trace("start-up snippets done");
        return evaluator;
    }

    /**
     * The compiler options with {@code -g} first (the user's may still override it): with the names of local variables
     * in the class files, a NullPointerException says {@code because "word" is null}, not {@code "<local3>"}.
     */
    private static String[] withDebugNames(List<String> compilerOptions) {
        List<String> options = new ArrayList<>();
        options.add("-g");
        options.addAll(compilerOptions);
        return options.toArray(String[]::new);
    }

    /** The class path of this JVM (under Maven Surefire, the test class path it hides in a jar). */
    public static List<Path> defaultClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path", ""));
        List<Path> paths = new ArrayList<>();
        for (String s : cp.split(File.pathSeparator)) {
            if (!s.isBlank()) {
                paths.add(Path.of(s).toAbsolutePath());
            }
        }
        return paths;
    }

    /**
     * Runs a throw-away snippet and a completion so the compiler and analysis are loaded before
     * the user needs them; the snippet is dropped again and its temporary variable has a name of its
     * own, so nothing is left in the session and the user's first value is still {@code $1}.
     */
    public void warmUp() {
        warmUp(() -> false);
    }

    /**
     * {@link #warmUp()} in steps that yield to the user: a step waits while {@code userWaiting}
     * says a request is coming, and is skipped once the user has done the same thing (their first
     * cell warms the compiler as well as ours would). Then, only while the kernel is idle, a few rounds of
     * throw-away cells of the common kinds ({@link WarmUp#CELLS}). Meant for a background thread.
     */
    public void warmUp(BooleanSupplier userWaiting) {
        valueTypes.userWaiting(userWaiting);
        indexGate.userWaiting(userWaiting);
        warmUp.run(userWaiting);
    }

    /** Adds a jar or directory for both compiling and running later cells. */
    public void addToClasspath(Path path) {
        if (calledFromRunningCell()) {   // %maven through lineMagic(...) in a cell: the cell's thread holds the lock
            addToClasspathLocked(path);
            return;
        }
        lock.lock();
        try {
            addToClasspathLocked(path);
        } finally {
            lock.unlock();
        }
    }

    private synchronized void addToClasspathLocked(Path path) {
        state.resolvePendingTypes();   // a jar can change what a name in an earlier value's expression means
        state.changed();
        state.shell().addToClasspath(path.toAbsolutePath().toString());
        classpath.add(path.toAbsolutePath());
    }

    /**
     * Whether the caller is code a running cell called (IJava's {@code eval("1 + 2")}, a magic called as
     * {@code lineMagic(...)}): the cell runs on JShell's execution thread while the thread that asked for it holds
     * the lock, so taking it again would wait forever.
     */
    private boolean calledFromRunningCell() {
        return running && lock.isLocked() && !lock.isHeldByCurrentThread();
    }

    /** The entries added to the class path, in order. */
    public synchronized List<Path> classpath() {
        return List.copyOf(classpath);
    }

    /**
     * Runs a cell.
     *
     * @param cell  the Java source, one or more snippets
     * @param label how error messages name this cell, e.g. {@code [3]}
     * @return the value of the last expression, if any
     * @throws CellFailure when a snippet does not compile, throws, is interrupted or calls System.exit
     */
    public Outcome eval(String cell, String label) throws CellFailure {
        // code a running cell called (eval("1 + 2"), lineMagic(...)) runs inside that cell: no lock, same flags
        boolean nested = calledFromRunningCell();
        if (!nested) {
            lock.lock();
            execution.resetStop();
            running = true;
        }
        warmUp.cellRan();
        try {
            return execution.run(cell, label, nested);
        } finally {
            if (!nested) {
                running = false;
                valueTypes.used();
                indexGate.used();
                lock.unlock();
            }
        }
    }

    /** Stops the running cell (hot loops included) or does nothing when idle; safe from any thread. */
    public void stop() {
        if (running) {
            execution.requestStop();
        }
    }

    /** Whether a cell is running now. */
    public boolean isRunning() {
        return running;
    }

    /** Completion candidates at {@code cursor}. */
    public Completion complete(String cell, int cursor) {
        return locked(() -> {
            warmUp.completionAsked();
            return introspection.complete(cell, cursor);
        });
    }

    /** Signature and Javadoc of what the cursor is on or right after, if JShell knows it. */
    public Optional<String> inspect(String cell, int cursor) {
        return locked(() -> introspection.inspect(cell, cursor));
    }

    /** Whether the cell is ready to run; lines starting with {@code %} are left to the magics. */
    public Completeness completeness(String cell) {
        return locked(() -> introspection.completeness(cell));
    }

    private <T> T locked(Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            valueTypes.used();
            indexGate.used();
            lock.unlock();
        }
    }

    @Override
    public void close() {
        warmUp.close();
        valueTypes.close();
        indexGate.open();
        state.shell().close();
    }
}
