package dev.byline.kernel.eval;

import dev.byline.kernel.protocol.KernelLog;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * The session's JShell (its "state engine") with the values kept beside it ({@link TempValues}), and what every part
 * of the evaluator does to them: drop a snippet, list the session's classes and values, declare again a value a cell
 * names, give pending values their types. Not thread-safe: callers hold the evaluator's lock.
 *
 * <pre>{@code
 * ShellState state = new ShellState(shell);
 * state.declareNamedIn("$3.size()");   // $3 is JShell's variable again before the cell compiles
 * }</pre>
 */
final class ShellState {
    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    /** The values of $N whose snippets were dropped, declared again when a later cell names them. */
    private final TempValues temps = new TempValues();
    /** Counts what changes the session's scope (cells, jars), for {@link #scopeKey}. */
    private final AtomicLong changes = new AtomicLong();

    /** Takes JShell's source code analysis, which starts JShell's class indexer (it waits at the gate). */
    ShellState(JShell shell) {
        this.shell = shell;
        this.analysis = shell.sourceCodeAnalysis();
    }

    JShell shell() {
        return shell;
    }

    SourceCodeAnalysis analysis() {
        return analysis;
    }

    TempValues temps() {
        return temps;
    }

    /** Something may change the session's scope (a cell, a jar). */
    void changed() {
        changes.incrementAndGet();
    }

    /** Equal as long as what a bare name can complete to is unchanged (see {@link BareNameCompletions}). */
    String scopeKey() {
        return changes.get() + ":" + temps.declarations();
    }

    /** The classes, interfaces and records the session declared. */
    Set<String> types() {
        return shell.types().map(TypeDeclSnippet::name).collect(Collectors.toSet());
    }

    /** The session's values {@code $1}, {@code $2} ... in order: those kept aside and those still snippets. */
    List<String> valueNames() {
        Set<String> names = new HashSet<>(temps.names());
        shell.variables().filter(v -> shell.status(v).isActive()).map(VarSnippet::name)
                .filter(n -> n.matches("\\$\\d+")).forEach(names::add);
        return names.stream().sorted(Comparator.comparingInt(n -> Integer.parseInt(n.substring(1)))).toList();
    }

    /** Declares again every kept value that {@code source} names (see {@link TempValues#declareNamedIn}). */
    void declareNamedIn(String source) {
        temps.declareNamedIn(source, shell, analysis, this::types);
    }

    /** Gives every value that waits for its static type that type, now (see {@link TempValues}). */
    void resolvePendingTypes() {
        if (temps.hasPending()) {
            temps.resolvePending(shell, analysis, types());
        }
    }

    /** Gives the oldest value that waits for its static type that type: a step of the work done while idle. */
    void resolveOldestPendingType() {
        temps.resolveOldest(shell, analysis, types());
    }

    /** Drops a snippet; one JShell refuses to drop is logged and left. */
    void drop(Snippet snippet) {
        try {
            shell.drop(snippet);
        } catch (IllegalArgumentException | IllegalStateException e) {
            KernelLog.warn("could not drop " + snippet.source().strip() + ": " + e.getMessage());
        }
    }
}
