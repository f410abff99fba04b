package dev.byline.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;

/**
 * Turns JShell's diagnostics and exceptions into lines a reader can act on: the cell's own line and
 * column with the source line and a caret, and stack traces cut where JShell's machinery begins,
 * with snippet frames named by cell and line.
 */
final class ErrorFormatter {
    /** Where a snippet sits: the cell's label, the cell line of its first line, and the cell's source. */
    record Place(String cell, int firstLine, String source) {
        /** The cell line of the snippet's line {@code snippetLine} (JShell counts from the snippet's first line). */
        int lineOf(int snippetLine) {
            return firstLine + snippetLine - 1;
        }
    }

    private ErrorFormatter() {
    }

    /** A snippet's compile errors and where the snippet begins in the cell. */
    record SnippetDiags(int snippetStart, List<Diag> diags) {
    }

    /** A value name JShell could not find, in javac's "cannot find symbol" message. */
    private static final Pattern MISSING_VALUE = Pattern.compile("symbol:\\s+variable (\\$\\d+)\\b");

    /** One failure naming every error of every snippet by cell line and column, each with its line and a caret. */
    static CellFailure compileErrors(String cell, String label, List<SnippetDiags> snippets) {
        return compileErrors(cell, label, snippets, List.of());
    }

    /**
     * {@link #compileErrors(String, String, List)}, saying for a {@code $N} that does not exist which values do
     * ({@code values}: the session's {@code $N} names in order), instead of javac's bare "cannot find symbol".
     */
    static CellFailure compileErrors(String cell, String label, List<SnippetDiags> snippets, List<String> values) {
        List<String> lines = new ArrayList<>();
        String first = null;
        String[] cellLines = cell.split("\n", -1);
        for (SnippetDiags s : snippets) {
            for (Diag d : s.diags()) {
                long pos = d.getStartPosition() >= 0 ? d.getStartPosition() : d.getPosition();
                int offset = (int) Math.min(cell.length(), s.snippetStart() + Math.max(0, pos));
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < offset; i++) {
                    if (cell.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                int column = offset - lineStart + 1;
                String message = d.getMessage(Locale.ROOT);
                String headline = message.lines().findFirst().orElse(message);
                if (first == null) {
                    first = "line " + line + ", column " + column + ": " + headline;
                }
                lines.add("Compilation error in cell " + label + ", line " + line + ", column " + column + ": " + headline);
                message.lines().skip(1).forEach(l -> lines.add("  " + l.strip()));
                Matcher missing = MISSING_VALUE.matcher(message);
                if (missing.find()) {
                    lines.add("  " + missing.group(1) + " is not a value of this session: " + (values.isEmpty()
                            ? "no cell has left a value yet" : "the values are " + inWords(values)));
                }
                String src = line - 1 < cellLines.length ? cellLines[line - 1] : "";
                lines.add("    " + src);
                lines.add("    " + " ".repeat(Math.max(0, column - 1)) + "^");
            }
        }
        if (first == null) {
            first = "the cell does not compile";
            lines.add("Compilation error in cell " + label);
        }
        lines.add("Nothing in the cell ran: a cell runs only when all of it compiles.");
        return new CellFailure(CellFailure.Kind.COMPILE, "CompilationError", first, lines);
    }

    /** "$1", "$1 and $2", "$1, $2 and $4". */
    private static String inWords(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * The exception and its causes as lines: each headline, then the innermost frame of the session's code as
     * {@code --> cell [3], line 2: source} (the user's line first, whatever library code it called), then the frames
     * down to where JShell's machinery begins, the session's frames named by cell and line.
     */
    static List<String> stackTrace(EvalException top, Function<String, Place> places) {
        List<String> lines = new ArrayList<>();
        EvalException ex = top;
        boolean caused = false;
        while (ex != null) {
            String message = ex.getMessage();
            lines.add((caused ? "Caused by: " : "") + withoutWrappers(ex.getExceptionClassName())
                    + (message == null ? "" : ": " + withoutWrappers(message)));
            if (!caused) {
                userLine(ex, places).ifPresent(lines::add);
            }
            boolean inSnippet = false;
            String previous = null;
            for (StackTraceElement f : ex.getStackTrace()) {
                String file = f.getFileName();
                if (file != null && file.startsWith("#")) {
                    inSnippet = true;
                    String where = where(places.apply(file.substring(1)), f);
                    String name = frameName(f);
                    String line = "    at " + (name == null ? where : name + " (" + where + ")");
                    // a variable's initializer runs in a helper method of the snippet's: one line of the cell, said once
                    if (name != null || !line.equals(previous)) {
                        lines.add(line);
                    }
                    previous = line;
                } else if (inSnippet && isMachinery(f.getClassName())) {
                    break;   // below the cell: JShell and reflection, of no use to the reader
                } else if (!isMachinery(f.getClassName())) {
                    lines.add("    at " + f);
                    previous = null;
                }
            }
            caused = true;
            ex = ex.getCause() instanceof EvalException c ? c : null;
        }
        return lines;
    }

    private static String where(Place p, StackTraceElement f) {
        return p == null ? "a cell" : "cell " + p.cell() + ", line " + p.lineOf(f.getLineNumber());
    }

    /** The innermost frame in the session's code, as {@code --> cell [3], line 2: the line's source}. */
    private static java.util.Optional<String> userLine(EvalException ex, Function<String, Place> places) {
        for (StackTraceElement f : ex.getStackTrace()) {
            String file = f.getFileName();
            if (file != null && file.startsWith("#")) {
                Place p = places.apply(file.substring(1));
                if (p == null) {
                    return java.util.Optional.empty();
                }
                int line = p.lineOf(f.getLineNumber());
                String[] cellLines = p.source().split("\n", -1);
                String source = line >= 1 && line <= cellLines.length ? cellLines[line - 1].strip() : "";
                return java.util.Optional.of("--> cell " + p.cell() + ", line " + line + (source.isEmpty() ? "" : ": " + source));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * How a frame of the session's code is named: {@code ratio}, {@code Share.of}, {@code new Share}, {@code a lambda
     * in ratio}; null for the cell's own statements, which the cell and line name well enough.
     */
    static String frameName(StackTraceElement f) {
        String method = f.getMethodName();
        String owner = withoutWrappers(f.getClassName());   // JShell names a frame's class so already: "" or "Share"
        if (method.startsWith("lambda$")) {
            // javac names a lambda lambda$<enclosing method>$<n>; a cell's own statements are the method do_it$
            String enclosing = method.substring("lambda$".length()).replaceFirst("\\$\\d+$", "");
            return enclosing.startsWith("do_it$") || enclosing.equals("static") || enclosing.equals("new")
                    ? (owner.isEmpty() ? "a lambda" : "a lambda in " + owner)
                    : "a lambda in " + qualified(owner, enclosing);
        }
        return switch (method) {
            case "<init>" -> "new " + owner;
            case "<clinit>" -> "the static initializer of " + owner;
            default -> method.isEmpty() || method.startsWith("do_it$") ? null : qualified(owner, method);
        };
    }

    private static String qualified(String owner, String method) {
        return owner.isEmpty() ? method : owner + "." + method;
    }

    /**
     * The text with JShell's wrapper classes taken out of the names it holds: {@code REPL.$JShell$12$Point} is the
     * session's {@code Point}, {@code "REPL.$JShell$13.s"} its variable {@code s} (as in a NullPointerException's
     * message, which names the field JShell keeps the variable in).
     */
    static String withoutWrappers(String text) {
        return WRAPPER.matcher(text).replaceAll("");
    }

    /** A snippet's wrapper class, as a prefix of the name of what it holds. */
    private static final Pattern WRAPPER = Pattern.compile("(?:\\bREPL\\.)?\\$JShell\\$\\w+[.$]?");

    private static boolean isMachinery(String className) {
        return className.startsWith("jdk.jshell.") || className.startsWith("jdk.internal.reflect.")
                || className.startsWith("java.lang.reflect.") || className.startsWith("java.lang.Thread")
                || className.startsWith("dev.byline.kernel.eval.");
    }
}
