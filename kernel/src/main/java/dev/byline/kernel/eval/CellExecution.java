package dev.byline.kernel.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.Diag;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.PersistentSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * Runs one cell in the session: the cell compiles as a whole before any of it runs, a plain value takes the short
 * path ({@link PlainValue}), every other snippet JShell's own, in order; the value of the last one is the cell's,
 * kept aside as {@code $N} ({@link TempValues}). Failures come back as {@link CellFailure}s in the cell's terms.
 * Callers hold the evaluator's lock.
 *
 * <pre>{@code
 * Outcome o = execution.run("int n = 2;\nn * 21", "[1]", false);   // o.value() == 42
 * }</pre>
 */
final class CellExecution {
    private final ShellState state;
    private final CellSnippets snippets;
    private final SnippetReports reports;
    private final TempNames names;
    private final CapturingExecutionControl.Provider provider;
    /** Works out the static types of values kept pending, while the kernel is idle. */
    private final IdleWork valueTypes;
    /** The temporary variable the last snippet run made for its value, if any. */
    private VarSnippet lastTemp;
    /**
     * Set when the cell is a plain expression that is a void call (it failed to compile as a value only for that, or
     * calls a method that did): it declares nothing, so pending types can wait.
     */
    private boolean voidCall;
    /** Names of methods a cell called as a void call: later cells ending in a call to one take JShell's path. */
    private final Set<String> voidCalls = ConcurrentHashMap.newKeySet();
    private volatile boolean stopRequested;

    CellExecution(ShellState state, CellSnippets snippets, SnippetReports reports, TempNames names,
                  CapturingExecutionControl.Provider provider, IdleWork valueTypes) {
        this.state = state;
        this.snippets = snippets;
        this.reports = reports;
        this.names = names;
        this.provider = provider;
        this.valueTypes = valueTypes;
    }

    /** A new cell starts: no stop asked for it yet. */
    void resetStop() {
        stopRequested = false;
        provider.control().resetStop();
    }

    /** Stops the running cell (hot loops included); safe from any thread. */
    void requestStop() {
        stopRequested = true;
        state.shell().stop();
    }

    /**
     * Runs a cell.
     *
     * @param nested whether code a running cell called asked for it ({@code eval("1 + 2")}): it runs inside that
     *               cell, on JShell's own path, and its value is not kept aside
     * @throws CellFailure when a snippet does not compile, throws, is interrupted or calls System.exit
     */
    Outcome run(String cell, String label, boolean nested) throws CellFailure {
        state.declareNamedIn(cell);
        List<CellSnippets.Part> parts = snippets.split(cell);
        Optional<String> plain = nested || parts.size() != 1 ? Optional.empty() : PlainValue.of(parts.get(0).source());
        // an expression that ends in a call of a method seen as a void call before: JShell's path at once
        voidCall = plain.flatMap(PlainValue::lastCall).map(voidCalls::contains).orElse(false);
        if (plain.isPresent() && !voidCall) {
            Optional<Outcome> value = runPlainValue(plain.get(), cell, parts.get(0).start(), label);
            if (value.isPresent()) {
                return value.get();
            }
        }
        if (!(plain.isPresent() && voidCall)) {
            state.resolvePendingTypes();   // the cell may declare or import: earlier values get their types first
        }
        state.changed();
        // a cell compiles as a whole before any of it runs: with two snippets or more, the first pass compiles
        // each (defining the cell's declarations) with execution held back, the second runs what executes
        Set<Integer> declaredOnly = parts.size() > 1 ? checkCompiles(parts, cell, label) : Set.of();
        Outcome last = Outcome.none();
        VarSnippet temp = null;
        for (int i = 0; i < parts.size(); i++) {
            if (!declaredOnly.contains(i)) {
                lastTemp = null;
                last = runSnippet(parts.get(i).source(), cell, parts.get(i).start(), label);
                temp = lastTemp;
            }
        }
        // the cell's value lives on in temps, not as a snippet every later compilation loads (see TempValues)
        if (temp != null && !nested && state.temps().keep(temp, last.value(), state.types())) {
            state.drop(temp);
        }
        return last;
    }

    /**
     * Runs a plain value expression as {@code Object $bylineValue = (...);}, three javac tasks where JShell's
     * expression path takes five (see {@link PlainValue}); its value becomes the next {@code $N}, with its static type
     * worked out later ({@link TempValues#keepPending}).
     *
     * @return the value, or empty when the declaration does not compile (a void call, a compile error): nothing ran,
     *         and the caller evaluates the cell the usual way, which reports what is wrong
     */
    private Optional<Outcome> runPlainValue(String expression, String cell, int start, String label) throws CellFailure {
        voidCall = false;
        // on the line of the expression's first line, so stack traces keep the cell's line numbers
        List<SnippetEvent> events = state.shell().eval("Object $bylineValue = (" + expression + ");");
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = e.snippet();
            if (e.status() == Snippet.Status.REJECTED) {
                // a void call is still an expression and declares nothing; anything else may be a declaration
                voidCall = state.shell().diagnostics(snippet).filter(Diag::isError)
                        .allMatch(d -> "compiler.err.void.not.allowed.here".equals(d.getCode()));
                if (voidCall) {
                    PlainValue.lastCall(expression).ifPresent(voidCalls::add);
                }
                return Optional.empty();
            }
            reports.remember(snippet, cell, start, label);
            String name = names.nextValueName();   // as JShell numbers a value, even one that threw
            try {
                if (stopRequested) {
                    throw reports.interrupted();
                }
                if (e.exception() != null) {
                    throw reports.runtimeFailure(e.exception());
                }
                Object value = objectOf((VarSnippet) snippet);
                state.temps().keepPending(name, expression, value);
                valueTypes.start();
                return Optional.of(Outcome.of(value));
            } finally {
                state.drop(snippet);
            }
        }
        return Optional.empty();
    }

    /**
     * Compiles every snippet of the cell in order without running any (the engine holds invocations back), so a
     * compile error anywhere means nothing of the cell runs; the declarations the cell added are dropped again then.
     *
     * @return the indexes of the parts that are declarations only (methods, types, imports, variables without an
     *         initializer): defined by this pass, with nothing to run
     * @throws CellFailure with every snippet's compile errors, by cell line and column
     */
    private Set<Integer> checkCompiles(List<CellSnippets.Part> parts, String cell, String label) throws CellFailure {
        Set<Integer> declaredOnly = new HashSet<>();
        List<ErrorFormatter.SnippetDiags> errors = new ArrayList<>();
        List<Snippet> added = new ArrayList<>();
        List<Snippet> checks = new ArrayList<>();
        List<SnippetEvent> declared = new ArrayList<>();
        CapturingExecutionControl control = provider.control();
        names.checking(true);
        control.holdInvocations(true);
        try {
            for (int i = 0; i < parts.size(); i++) {
                CellSnippets.Part part = parts.get(i);
                for (SnippetEvent e : state.shell().eval(part.source())) {
                    if (e.causeSnippet() != null) {
                        continue;
                    }
                    Snippet snippet = e.snippet();
                    reports.remember(snippet, cell, part.start(), label);
                    if (e.status() == Snippet.Status.REJECTED) {
                        errors.add(new ErrorFormatter.SnippetDiags(part.start(),
                                state.shell().diagnostics(snippet).filter(Diag::isError).toList()));
                        continue;
                    }
                    if (snippet instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                        checks.add(snippet);
                    } else if (e.previousStatus() == Snippet.Status.NONEXISTENT && snippet instanceof PersistentSnippet) {
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
            names.checking(false);
            checks.forEach(state::drop);
        }
        if (!errors.isEmpty()) {
            added.forEach(state::drop);
            throw ErrorFormatter.compileErrors(cell, label, errors, state.valueNames());
        }
        declared.forEach(e -> reports.warnUnresolved(e, label));
        return declaredOnly;
    }

    private static boolean isDeclarationOnly(Snippet snippet) {
        return switch (snippet.kind()) {
            case METHOD, TYPE_DECL, IMPORT -> true;
            case VAR -> snippet.subKind() == Snippet.SubKind.VAR_DECLARATION_SUBKIND;
            default -> false;
        };
    }

    private Outcome runSnippet(String source, String cell, int start, String label) throws CellFailure {
        List<SnippetEvent> events = state.shell().eval(source);
        Outcome outcome = Outcome.none();
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = e.snippet();
            reports.remember(snippet, cell, start, label);
            if (stopRequested) {
                throw reports.interrupted();
            }
            if (e.status() == Snippet.Status.REJECTED) {
                throw ErrorFormatter.compileErrors(cell, label, List.of(new ErrorFormatter.SnippetDiags(start,
                        state.shell().diagnostics(snippet).filter(Diag::isError).toList())), state.valueNames());
            }
            reports.warnUnresolved(e, label);
            if (e.exception() != null) {
                throw reports.runtimeFailure(e.exception());
            }
            outcome = valueOf(e);
        }
        return outcome;
    }

    private Outcome valueOf(SnippetEvent e) {
        Snippet snippet = e.snippet();
        if (snippet instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            Outcome value = Outcome.of(objectOf(v));
            lastTemp = v;
            return value;
        }
        if (snippet instanceof ExpressionSnippet x && x.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND) {
            Optional<VarSnippet> var = state.shell().variables().filter(v -> v.name().equals(x.name())).reduce((a, b) -> b);
            if (var.isPresent()) {
                return Outcome.of(objectOf(var.get()));
            }
        }
        return Outcome.none();
    }

    private Object objectOf(VarSnippet v) {
        state.shell().varValue(v);
        return provider.control().takeCaptured();
    }
}
