package dev.byline.kernel.eval;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Where each snippet came from (its cell and the cell line it starts on), and what the user is told when a snippet
 * throws, asks to exit, uses something not declared yet, or is stopped: in the cell's own terms, never JShell's
 * snippet keys.
 *
 * <pre>{@code
 * reports.remember(snippet, cell, start, "[3]");
 * throw reports.runtimeFailure(event.exception());   // "at cell [3], line 2"
 * }</pre>
 */
final class SnippetReports {
    private final JShell shell;
    private final CapturingExecutionControl.Provider provider;
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    /** Where a snippet came from: the cell's label, the line of the cell where it starts, and the cell's source. */
    private record Origin(String cell, int firstLine, String source) {
    }

    SnippetReports(JShell shell, CapturingExecutionControl.Provider provider) {
        this.shell = shell;
        this.provider = provider;
    }

    /** Records where the snippet sits in the cell, for stack traces and warnings. */
    void remember(Snippet snippet, String cell, int start, String label) {
        // JShell numbers a snippet's lines from its first non-blank line
        int firstCode = start;
        while (firstCode < cell.length() && Character.isWhitespace(cell.charAt(firstCode))) {
            firstCode++;
        }
        origins.put(snippet.id(), new Origin(label, lineOf(cell, firstCode), cell));
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

    /** What a snippet that ran and failed tells the user: an exit it asked for, a missing declaration, a stack trace. */
    CellFailure runtimeFailure(JShellException ex) {
        if (ex instanceof EvalException ee && ExitRequestedException.class.getName().equals(ee.getExceptionClassName())) {
            ExitRequestedException exit = provider.control().takeExit();
            return new CellFailure(CellFailure.Kind.EXIT, "SystemExit", ee.getMessage(),
                    List.of("SystemExit: " + ee.getMessage()),
                    exit == null ? OptionalInt.empty() : OptionalInt.of(exit.status()));
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
            return o == null ? null : new ErrorFormatter.Place(o.cell(), o.firstLine(), o.source());
        });
        String message = ee.getMessage() == null ? "" : ErrorFormatter.withoutWrappers(ee.getMessage());
        return new CellFailure(CellFailure.Kind.RUNTIME, ErrorFormatter.withoutWrappers(ee.getExceptionClassName()),
                message, lines);
    }

    /** A cell stopped at the user's request, or, if it would not stop, where it was left running. */
    CellFailure interrupted() {
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

    /**
     * A method or class declared with a call to something not declared yet compiles (JShell lets it be completed
     * later), and fails only when called: say so now, on stderr, naming what is missing.
     */
    void warnUnresolved(SnippetEvent e, String label) {
        if (e.snippet() instanceof DeclarationSnippet d && (e.status() == Snippet.Status.RECOVERABLE_DEFINED
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
            case MethodSnippet m -> "method " + m.name() + "(" + m.parameterTypes() + ")";
            case TypeDeclSnippet t -> "class " + t.name();
            case VarSnippet v -> "variable " + v.name();
            default -> snippet.source().strip().lines().findFirst().orElse("the snippet");
        };
    }
}
