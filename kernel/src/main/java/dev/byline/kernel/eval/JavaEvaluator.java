package dev.byline.kernel.eval;

import dev.byline.kernel.protocol.KernelLog;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

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
 */
public final class JavaEvaluator implements AutoCloseable {
    private final JShell shell;
    private final CapturingExecutionControl.Provider provider;
    private final SourceCodeAnalysis analysis;
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();
    /** The values of $N whose snippets were dropped, declared again when a later cell names them. */
    private final TempValues temps = new TempValues();
    /** The temporary variable the last snippet run made for its value, if any. */
    private VarSnippet lastTemp;
    private final List<Path> classpath = new ArrayList<>();
    /** JShell is not thread-safe: user requests and the background warm-up take turns. */
    private final ReentrantLock lock = new ReentrantLock();
    /**
     * While set, a temporary variable is the warm-up's own, named so it takes no number from the
     * user's $1, $2, ... (JShell never reuses a dropped snippet's name, so a number cannot be given back).
     */
    private final AtomicBoolean warming;
    /** While set, a temporary variable belongs to the compile check and takes no number from the user's either. */
    private final AtomicBoolean checking;
    /** The last number given to a {@code $N}, shared with JShell's name generator. */
    private final AtomicInteger tempNumbers;
    /** Works out the static types of values kept pending, while the kernel is idle (see {@link TempValues}). */
    private final IdleWork valueTypes;
    /** Holds JShell's class index back until the session is quiet (see {@link ClassIndexGate}). */
    private final ClassIndexGate indexGate;
    /** Counts what changes the session's scope (cells, jars), for {@link #bareNames}. */
    private final java.util.concurrent.atomic.AtomicLong stateVersion = new java.util.concurrent.atomic.AtomicLong();
    private final BareNameCompletions bareNames = new BareNameCompletions();
    /**
     * Set when the cell is a plain expression that is a void call (it failed to compile as a value only for that, or
     * calls a method that did): it declares nothing, so pending types can wait.
     */
    private boolean voidCall;
    /** Names of methods a cell called as a void call: later cells ending in a call to one take JShell's path. */
    private final Set<String> voidCalls = ConcurrentHashMap.newKeySet();
    private volatile boolean stopRequested;
    private volatile boolean closed;
    private volatile boolean running;
    private volatile boolean evaluated;
    private volatile boolean completed;

    /**
     * Throw-away cells of the kinds people run most, for the warm-up, one step each (names of the warm-up's own, dropped
     * at the end of the step): the form a plain value cell takes ({@link #evalPlainValue}), an expression on JShell's own path, a variable,
     * a method and a call of it, a statement.
     */
    static final List<List<String>> WARM_UP_CELLS = List.of(
            List.of("Object $bylineValue = (String.valueOf(1 + 1));"),
            List.of("String.valueOf(2).length()"),
            List.of("int $bylineWarmUpInt = Integer.parseInt(\"3\") + 1;"),
            List.of("int $bylineWarmUpTwice(int x) { return 2 * x; }", "Object $bylineValue = ($bylineWarmUpTwice(4));"),
            List.of("for (int $bylineI = 0; $bylineI < 2; $bylineI++) { java.util.List.of($bylineI).size(); }"));
    /** How many times the warm-up runs {@link #WARM_UP_CELLS} while the kernel is idle. */
    static final int WARM_UP_ROUNDS = 4;

    /** Where a snippet came from: the cell's label and the line of the cell where it starts. */
    private record Origin(String cell, int firstLine) {
    }

    private JavaEvaluator(JShell shell, CapturingExecutionControl.Provider provider, ClassIndexGate indexGate,
                          AtomicBoolean warming, AtomicBoolean checking, AtomicInteger tempNumbers) {
        this.shell = shell;
        this.indexGate = indexGate;
        this.warming = warming;
        this.checking = checking;
        this.tempNumbers = tempNumbers;
        this.provider = provider;
        indexGate.inUse(lock::isLocked);
        this.analysis = shell.sourceCodeAnalysis();   // JShell's indexer starts here, and waits at the gate
        this.valueTypes = new IdleWork("byline-value-types", lock, temps::hasPending, () -> {
            if (!running) {
                temps.resolveOldest(shell, analysis, sessionTypes());
            }
        });
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
        AtomicInteger temps = new AtomicInteger();
        AtomicBoolean warming = new AtomicBoolean();
        AtomicBoolean checking = new AtomicBoolean();
        ClassIndexGate indexGate = new ClassIndexGate();
        JShell shell = JShell.builder().executionEngine(provider, Map.of())
                .fileManager(fm -> new SteadyFileManager(fm, indexGate))
                .tempVariableNameGenerator(() -> warming.get() ? "$bylineWarmUp"
                        : checking.get() ? "$bylineCheck" : "$" + temps.incrementAndGet())
                .compilerOptions(compilerOptions.toArray(String[]::new))
                .build();
        JavaEvaluator evaluator = new JavaEvaluator(shell, provider, indexGate, warming, checking, temps);
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
     * {@link #WARM_UP_CELLS}. Meant for a background thread.
     */
    public void warmUp(BooleanSupplier userWaiting) {
        valueTypes.userWaiting(userWaiting);
        indexGate.userWaiting(userWaiting);
        whenIdle(userWaiting, false, () -> {
            if (!evaluated) {
                warmUpCells(WARM_UP_CELLS.get(0));
            }
        });
        whenIdle(userWaiting, false, () -> {
            if (!completed) {
                analysis.completionSuggestions("Strin", 5, new int[1]);
                analysis.analyzeCompletion("int x = 1;");
            }
        });
        // javac's code is compiled by the JIT as it becomes hot, cell by cell: right after start that compilation and
        // the interpreted code before it cost more than a cell itself (C1 ~6 ms, the cell's own thread 11-13 ms instead
        // of 7 over the first 30 cells). Cells of the common kinds, run while nobody waits, move that work off the
        // first cells a person runs; a cell that comes meanwhile waits for one of them at most.
        for (int round = 0; round < WARM_UP_ROUNDS && !closed; round++) {
            for (List<String> cells : WARM_UP_CELLS) {
                whenIdle(userWaiting, true, () -> warmUpCells(cells));
            }
        }
        KernelLog.trace("warm-up done");
    }

    /** Runs throw-away cells under the warm-up's own names and drops what they defined, last first. */
    private void warmUpCells(List<String> cells) {
        warming.set(true);
        List<Snippet> made = new ArrayList<>();
        try {
            for (String cell : cells) {
                for (SnippetEvent e : shell.eval(cell)) {
                    if (e.causeSnippet() == null) {
                        made.add(e.snippet());
                    }
                }
            }
        } finally {
            for (int i = made.size() - 1; i >= 0; i--) {
                dropQuietly(made.get(i));
            }
            warming.set(false);
        }
    }

    /**
     * Runs {@code step} under the lock once no request is waiting (and, if {@code quietFirst}, nobody has used JShell
     * for {@link IdleWork#QUIET_MILLIS}: Run All's cells come back to back, and one should not wait for a step).
     */
    private void whenIdle(BooleanSupplier userWaiting, boolean quietFirst, Runnable step) {
        while (!closed) {
            if (!userWaiting.getAsBoolean() && (!quietFirst || valueTypes.quiet()) && lock.tryLock()) {
                try {
                    if (!userWaiting.getAsBoolean() && !closed) {
                        step.run();
                        return;
                    }
                } finally {
                    indexGate.used();
                    lock.unlock();
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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
        resolvePendingTypes();   // a jar can change what a name in an earlier value's expression means
        stateVersion.incrementAndGet();
        shell.addToClasspath(path.toAbsolutePath().toString());
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
            stopRequested = false;
            provider.control().resetStop();
            running = true;
        }
        evaluated = true;
        try {
            declareNamedIn(cell);
            List<Part> parts = split(cell);
            Optional<String> plain = nested || parts.size() != 1 ? Optional.empty() : PlainValue.of(parts.get(0).source());
            // an expression that ends in a call of a method seen as a void call before: JShell's path at once
            voidCall = plain.flatMap(PlainValue::lastCall).map(voidCalls::contains).orElse(false);
            if (plain.isPresent() && !voidCall) {
                Optional<Outcome> value = evalPlainValue(plain.get(), cell, parts.get(0).start(), label);
                if (value.isPresent()) {
                    return value.get();
                }
            }
            if (!(plain.isPresent() && voidCall)) {
                resolvePendingTypes();   // the cell may declare or import: earlier values get their types first
            }
            stateVersion.incrementAndGet();
            // a cell compiles as a whole before any of it runs: with two snippets or more, the first pass compiles
            // each (defining the cell's declarations) with execution held back, the second runs what executes
            Set<Integer> declaredOnly = parts.size() > 1 ? checkCompiles(parts, cell, label) : Set.of();
            Outcome last = Outcome.none();
            VarSnippet temp = null;
            for (int i = 0; i < parts.size(); i++) {
                if (!declaredOnly.contains(i)) {
                    lastTemp = null;
                    last = evalSnippet(parts.get(i).source(), cell, parts.get(i).start(), label);
                    temp = lastTemp;
                }
            }
            // the cell's value lives on in temps, not as a snippet every later compilation loads (see TempValues)
            if (temp != null && !nested && temps.keep(temp, last.value(), sessionTypes())) {
                dropQuietly(temp);
            }
            return last;
        } finally {
            if (!nested) {
                running = false;
                valueTypes.used();
                indexGate.used();
                lock.unlock();
            }
        }
    }

    /**
     * Runs a plain value expression as {@code Object $bylineValue = (...);}, three javac tasks where JShell's
     * expression path takes five (see {@link PlainValue}); its value becomes the next {@code $N}, with its static type
     * worked out later ({@link TempValues#keepPending}).
     *
     * @return the value, or empty when the declaration does not compile (a void call, a compile error): nothing ran,
     *         and the caller evaluates the cell the usual way, which reports what is wrong
     */
    private Optional<Outcome> evalPlainValue(String expression, String cell, int start, String label) throws CellFailure {
        voidCall = false;
        // on the line of the expression's first line, so stack traces keep the cell's line numbers
        List<SnippetEvent> events = shell.eval("Object $bylineValue = (" + expression + ");");
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = e.snippet();
            if (e.status() == Snippet.Status.REJECTED) {
                // a void call is still an expression and declares nothing; anything else may be a declaration
                voidCall = shell.diagnostics(snippet).filter(Diag::isError)
                        .allMatch(d -> "compiler.err.void.not.allowed.here".equals(d.getCode()));
                if (voidCall) {
                    PlainValue.lastCall(expression).ifPresent(voidCalls::add);
                }
                return Optional.empty();
            }
            remember(snippet, cell, start, label);
            String name = "$" + tempNumbers.incrementAndGet();   // as JShell numbers a value, even one that threw
            try {
                if (stopRequested) {
                    throw interrupted();
                }
                if (e.exception() != null) {
                    throw runtimeFailure(e.exception());
                }
                Object value = objectOf((VarSnippet) snippet);
                temps.keepPending(name, expression, value);
                valueTypes.start();
                return Optional.of(Outcome.of(value));
            } finally {
                dropQuietly(snippet);
            }
        }
        return Optional.empty();
    }

    /** Gives every value that waits for its static type that type, now (see {@link TempValues}). */
    private void resolvePendingTypes() {
        if (temps.hasPending()) {
            temps.resolvePending(shell, analysis, sessionTypes());
        }
    }

    private void declareNamedIn(String source) {
        temps.declareNamedIn(source, shell, analysis, this::sessionTypes);
    }


    /** One snippet of a cell and where its source begins in the cell. */
    private record Part(String source, int start) {
    }

    private List<Part> split(String cell) {
        List<Part> parts = new ArrayList<>();
        String rest = cell;
        int offset = 0;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            String source;
            int consumed;
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            } else if (info.completeness().isComplete()) {
                source = info.source();
                consumed = rest.length() - info.remaining().length();
            } else {
                source = rest;   // let JShell say what is wrong with it
                consumed = rest.length();
            }
            parts.add(new Part(source, offset + startOf(rest, source)));
            offset += consumed;
            rest = rest.substring(consumed);
        }
        return parts;
    }

    /**
     * Compiles every snippet of the cell in order without running any (the engine holds invocations back), so a
     * compile error anywhere means nothing of the cell runs; the declarations the cell added are dropped again then.
     *
     * @return the indexes of the parts that are declarations only (methods, types, imports, variables without an
     *         initializer): defined by this pass, with nothing to run
     * @throws CellFailure with every snippet's compile errors, by cell line and column
     */
    private Set<Integer> checkCompiles(List<Part> parts, String cell, String label) throws CellFailure {
        Set<Integer> declaredOnly = new java.util.HashSet<>();
        List<ErrorFormatter.SnippetDiags> errors = new ArrayList<>();
        List<Snippet> added = new ArrayList<>();
        List<Snippet> checks = new ArrayList<>();
        List<SnippetEvent> declared = new ArrayList<>();
        CapturingExecutionControl control = provider.control();
        checking.set(true);
        control.holdInvocations(true);
        try {
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
                for (SnippetEvent e : shell.eval(part.source())) {
                    if (e.causeSnippet() != null) {
                        continue;
                    }
                    Snippet snippet = e.snippet();
                    remember(snippet, cell, part.start(), label);
                    if (e.status() == Snippet.Status.REJECTED) {
                        errors.add(new ErrorFormatter.SnippetDiags(part.start(),
                                shell.diagnostics(snippet).filter(Diag::isError).toList()));
                        continue;
                    }
                    if (snippet instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                        checks.add(snippet);
                    } else if (e.previousStatus() == Snippet.Status.NONEXISTENT && snippet instanceof jdk.jshell.PersistentSnippet) {
                        added.add(snippet);
                    }
                    if (isDeclarationOnly(snippet)) {
                        declaredOnly.add(i);
                        declared.add(e);
                    }
                }
            }
        } finally {
            control.holdInvocations(false);
            checking.set(false);
            checks.forEach(this::dropQuietly);
        }
        if (!errors.isEmpty()) {
            added.forEach(this::dropQuietly);
            throw ErrorFormatter.compileErrors(cell, label, errors, valueNames());
        }
        declared.forEach(e -> warnUnresolved(e, label));
        return declaredOnly;
    }

    /** Records where the snippet sits in the cell, for stack traces and warnings. */
    private void remember(Snippet snippet, String cell, int start, String label) {
        // JShell numbers a snippet's lines from its first non-blank line
        int firstCode = start;
        while (firstCode < cell.length() && Character.isWhitespace(cell.charAt(firstCode))) {
            firstCode++;
        }
        origins.put(snippet.id(), new Origin(label, lineOf(cell, firstCode)));
    }

    /** The session's values {@code $1}, {@code $2} ... in order: those kept aside and those still snippets. */
    private List<String> valueNames() {
        Set<String> names = new java.util.HashSet<>(temps.names());
        shell.variables().filter(v -> shell.status(v).isActive()).map(VarSnippet::name)
                .filter(n -> n.matches("\\$\\d+")).forEach(names::add);
        return names.stream().sorted(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.substring(1)))).toList();
    }

    private Set<String> sessionTypes() {
        return shell.types().map(jdk.jshell.TypeDeclSnippet::name).collect(java.util.stream.Collectors.toSet());
    }

    private static boolean isDeclarationOnly(Snippet snippet) {
        return switch (snippet.kind()) {
            case METHOD, TYPE_DECL, IMPORT -> true;
            case VAR -> snippet.subKind() == Snippet.SubKind.VAR_DECLARATION_SUBKIND;
            default -> false;
        };
    }

    private void dropQuietly(Snippet snippet) {
        try {
            shell.drop(snippet);
        } catch (IllegalArgumentException | IllegalStateException e) {
            KernelLog.warn("could not drop " + snippet.source().strip() + ": " + e.getMessage());
        }
    }

    /** Where the snippet's source begins in {@code rest}: JShell's positions count from there. */
    private static int startOf(String rest, String source) {
        int i = rest.indexOf(source);
        if (i < 0 && source.endsWith(";")) {
            i = rest.indexOf(source.substring(0, source.length() - 1));   // JShell added the semicolon
        }
        return Math.max(i, 0);
    }

    private Outcome evalSnippet(String source, String cell, int start, String label) throws CellFailure {
        List<SnippetEvent> events = shell.eval(source);
        Outcome outcome = Outcome.none();
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = e.snippet();
            remember(snippet, cell, start, label);
            if (stopRequested) {
                throw interrupted();
            }
            if (e.status() == Snippet.Status.REJECTED) {
                throw ErrorFormatter.compileErrors(cell, label, List.of(new ErrorFormatter.SnippetDiags(start,
                        shell.diagnostics(snippet).filter(Diag::isError).toList())), valueNames());
            }
            warnUnresolved(e, label);
            if (e.exception() != null) {
                throw runtimeFailure(e.exception());
            }
            outcome = valueOf(e);
        }
        return outcome;
    }

    private CellFailure interrupted() {
        String left = provider.control().takeLeftBehind();
        if (left == null) {
            return new CellFailure(CellFailure.Kind.INTERRUPTED, "Interrupted",
                    "the cell was interrupted", List.of("Interrupted: the cell was stopped at your request."));
        }
        String value = "the cell did not stop: it is in " + left + ", which an interrupt cannot stop";
        return new CellFailure(CellFailure.Kind.STUCK, "Interrupted", value, List.of("Interrupted: " + value + ".",
                "The kernel left it running on its own thread and is ready for the next cell, but that thread may still use "
                        + "CPU, hold files or sockets, or change variables. Restart the kernel to end it (variables are lost)."));
    }

    private Outcome valueOf(SnippetEvent e) {
        Snippet snippet = e.snippet();
        if (snippet instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            Outcome value = Outcome.of(objectOf(v));
            lastTemp = v;
            return value;
        }
        if (snippet instanceof ExpressionSnippet x && x.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND) {
            Optional<VarSnippet> var = shell.variables().filter(v -> v.name().equals(x.name())).reduce((a, b) -> b);
            if (var.isPresent()) {
                return Outcome.of(objectOf(var.get()));
            }
        }
        return Outcome.none();
    }

    private Object objectOf(VarSnippet v) {
        shell.varValue(v);
        return provider.control().takeCaptured();
    }

    private CellFailure runtimeFailure(JShellException ex) {
        if (ex instanceof EvalException ee && ExitRequestedException.class.getName().equals(ee.getExceptionClassName())) {
            ExitRequestedException exit = provider.control().takeExit();
            return new CellFailure(CellFailure.Kind.EXIT, "SystemExit", ee.getMessage(),
                    List.of("SystemExit: " + ee.getMessage()),
                    exit == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(exit.status()));
        }
        if (ex instanceof UnresolvedReferenceException u) {
            String what = describe(u.getSnippet());
            String missing = String.join(", ", shell.unresolvedDependencies(u.getSnippet()).toList());
            String message = what + " uses " + (missing.isEmpty() ? "something" : missing) + ", not declared yet";
            return new CellFailure(CellFailure.Kind.RUNTIME, "UnresolvedReference", message,
                    List.of("UnresolvedReference: " + message + "; declare it and run again."));
        }
        EvalException ee = (EvalException) ex;
        List<String> lines = ErrorFormatter.stackTrace(ee, id -> {
            Origin o = origins.get(id);
            return o == null ? null : new ErrorFormatter.Place(o.cell(), o.firstLine());
        });
        String message = ee.getMessage() == null ? "" : ee.getMessage();
        return new CellFailure(CellFailure.Kind.RUNTIME, ee.getExceptionClassName(), message, lines);
    }

    /**
     * A method or class declared with a call to something not declared yet compiles (JShell lets it be completed
     * later), and fails only when called: say so now, on stderr, naming what is missing.
     */
    private void warnUnresolved(SnippetEvent e, String label) {
        if (e.snippet() instanceof jdk.jshell.DeclarationSnippet d && (e.status() == Snippet.Status.RECOVERABLE_DEFINED
                || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED)) {
            List<String> missing = shell.unresolvedDependencies(d).toList();
            if (!missing.isEmpty()) {
                Origin o = origins.get(d.id());
                System.err.println("Warning: cell " + label + ", line " + (o == null ? 1 : o.firstLine()) + ": "
                        + describe(d) + " uses " + String.join(", ", missing) + ", not declared yet; declare "
                        + (missing.size() == 1 ? "it" : "them") + " before calling " + d.name());
            }
        }
    }

    /** A snippet as the reader wrote it: {@code method m(int)}, {@code class Point}, {@code variable x}. */
    private static String describe(Snippet snippet) {
        return switch (snippet) {
            case jdk.jshell.MethodSnippet m -> "method " + m.name() + "(" + m.parameterTypes() + ")";
            case jdk.jshell.TypeDeclSnippet t -> "class " + t.name();
            case VarSnippet v -> "variable " + v.name();
            default -> snippet.source().strip().lines().findFirst().orElse("the snippet");
        };
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Stops the running cell (hot loops included) or does nothing when idle; safe from any thread. */
    public void stop() {
        if (running) {
            stopRequested = true;
            shell.stop();
        }
    }

    /** Whether a cell is running now. */
    public boolean isRunning() {
        return running;
    }

    /** Completion candidates at {@code cursor}. */
    public Completion complete(String cell, int cursor) {
        return locked(() -> {
            completed = true;
            Completion found = completeLocked(cell, cursor);
            if (found.matches().isEmpty() && PackageNameCompletion.looksQualified(cell.substring(0, cursor))
                    && PackageNameCompletion.awaitIndex(analysis, indexGate)) {
                found = completeLocked(cell, cursor);   // the package names are known now
            }
            return found;
        });
    }

    private Completion completeLocked(String cell, int cursor) {
        declareNamedIn(cell);
        Piece piece = pieceAt(cell, cursor);
        int[] anchor = new int[1];
        Set<String> matches = new LinkedHashSet<>();
        // the cell's earlier statements are not in JShell's state yet: inside a block they are in scope
        String context = earlierStatements(cell, piece.start());
        List<SourceCodeAnalysis.Suggestion> suggestions = context.isEmpty() ? List.of()
                : analysis.completionSuggestions(context + piece.text(), context.length() + cursor - piece.start(), anchor);
        int shift = context.length();
        if (suggestions.isEmpty()) {
            suggestions = bareNames.complete(piece.text().substring(0, cursor - piece.start()), analysis,
                            stateVersion.get() + ":" + temps.declarations(), anchor)
                    .orElseGet(() -> analysis.completionSuggestions(piece.text(), cursor - piece.start(), anchor));
            shift = 0;
        }
        int start = piece.start() + anchor[0] - shift;
        // JShell lists no block's locals by name: the names the cell declared before the cursor are added here
        int word = cursor;
        while (word > 0 && Character.isJavaIdentifierPart(cell.charAt(word - 1))) {
            word--;
        }
        boolean member = word > 0 && cell.charAt(word - 1) == '.';
        String prefix = cell.substring(word, cursor);
        if (!member && !prefix.isEmpty()) {
            declaredBefore(cell, piece.start()).stream().filter(n -> n.startsWith(prefix) && !n.equals(prefix))
                    .forEach(matches::add);
            temps.names().stream().filter(n -> n.startsWith(prefix) && !n.equals(prefix)).forEach(matches::add);
            if (!matches.isEmpty()) {
                start = word;
            }
        }
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                .forEach(sg -> matches.add(sg.continuation()));
        suggestions.forEach(sg -> matches.add(sg.continuation()));
        return new Completion(List.copyOf(matches), start, cursor);
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

    /** Signature and Javadoc of what the cursor is on or right after, if JShell knows it. */
    public Optional<String> inspect(String cell, int cursor) {
        return locked(() -> inspectLocked(cell, cursor));
    }

    private Optional<String> inspectLocked(String cell, int cursor) {
        declareNamedIn(cell);
        Piece piece = pieceAt(cell, cursor);
        String text = piece.text();
        int c = cursor - piece.start();
        while (c < text.length() && Character.isJavaIdentifierPart(text.charAt(c))) {
            c++;
        }
        // with the cell's earlier statements in a block before it first, so their variables are known; then alone
        List<SourceCodeAnalysis.Documentation> docs = List.of();
        String context = earlierStatements(cell, piece.start());
        for (String before : context.isEmpty() ? List.of("") : List.of(context, "")) {
            int at = before.length() + c;
            docs = analysis.documentation(before + text, at, true);
            if (docs.isEmpty()) {
                docs = analysis.documentation(before + text.substring(0, c) + "(", at + 1, true);
            }
            if (!docs.isEmpty()) {
                break;
            }
        }
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (SourceCodeAnalysis.Documentation d : docs) {
            sb.append(d.signature()).append('\n');
            if (d.javadoc() != null && !d.javadoc().isBlank()) {
                sb.append(d.javadoc().strip()).append("\n\n");
            }
        }
        return Optional.of(sb.toString().strip());
    }

    /** Whether the cell is ready to run; lines starting with {@code %} are left to the magics. */
    public Completeness completeness(String cell) {
        return locked(() -> completenessLocked(cell));
    }

    private Completeness completenessLocked(String cell) {
        String rest = cell;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> rest = info.remaining();
                case EMPTY -> {
                    return Completeness.COMPLETE;
                }
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return Completeness.INCOMPLETE;
                }
                default -> {
                    return Completeness.INVALID;
                }
            }
        }
        return Completeness.COMPLETE;
    }

    /** The names the cell declares before {@code end}: variables, methods (with their "("), classes. */
    private List<String> declaredBefore(String cell, int end) {
        List<String> names = new ArrayList<>();
        String rest = cell.substring(0, end);
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                break;
            }
            for (Snippet sn : analysis.sourceToSnippets(info.source())) {
                switch (sn) {
                    case VarSnippet v -> names.add(v.name());
                    case jdk.jshell.MethodSnippet m -> names.add(m.name() + "(");
                    case jdk.jshell.TypeDeclSnippet t -> names.add(t.name());
                    default -> { }
                }
            }
            rest = info.remaining();
        }
        return names;
    }

    /**
     * The statements and variable declarations of the cell before {@code end}, as the opening of a block ("{ int n =
     * 1; ") so that completion and inspection of the snippet after them see their names; empty when there are none.
     * Methods, classes and imports cannot stand in a block and are left out.
     */
    private String earlierStatements(String cell, int end) {
        StringBuilder sb = new StringBuilder();
        String rest = cell.substring(0, end);
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                break;
            }
            String source = info.source();
            boolean inBlock = analysis.sourceToSnippets(source).stream().allMatch(sn -> switch (sn.kind()) {
                case VAR, STATEMENT -> true;
                default -> false;
            });
            if (inBlock) {
                sb.append(source.endsWith(";") || source.endsWith("}") ? source : source + ";").append('\n');
            }
            rest = info.remaining();
        }
        return sb.isEmpty() ? "" : "{ " + sb;
    }

    /** The part of the cell (one snippet) that holds the cursor, so analysis sees one snippet. */
    private record Piece(String text, int start) {
    }

    private Piece pieceAt(String cell, int cursor) {
        String rest = cell;
        int offset = 0;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                break;
            }
            int consumed = rest.length() - info.remaining().length();
            if (consumed <= 0 || offset + consumed >= cursor) {
                break;
            }
            offset += consumed;
            rest = rest.substring(consumed);
        }
        return new Piece(cell.substring(offset), offset);
    }

    @Override
    public void close() {
        closed = true;
        valueTypes.close();
        indexGate.open();
        shell.close();
    }
}
