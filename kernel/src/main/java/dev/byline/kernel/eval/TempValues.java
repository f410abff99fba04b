package dev.byline.kernel.eval;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * The values of {@code $1}, {@code $2} … whose snippets the evaluator dropped once the cell's value was read.
 *
 * <p>JShell imports every live variable into the wrapper of every later snippet ({@code import static
 * REPL.$JShell$12.$12;}), and javac loads each of those classes again in each of the four compilations of a cell: a
 * session whose cells left 150 values compiles a trivial cell in about twice the CPU of a fresh one. So a cell's value
 * is kept here and its temporary variable dropped; the first later cell that names {@code $7} gets it declared again,
 * with the type JShell gave it, before that cell compiles. A value whose type cannot be written back (anonymous
 * classes, intersections) or names a class declared in the session (which may be redefined) keeps its snippet.
 *
 * <pre>{@code
 * java.eval("List.of(1, 2)", "[1]");   // $1 kept here, its snippet dropped
 * java.eval("$1.size()", "[2]");       // "List<Integer> $1 = ..." declared first, then 2
 * }</pre>
 */
public final class TempValues {
    /** Values on their way into the declaration that names them, by one-time key. */
    private static final Map<String, Object> HANDOFF = new ConcurrentHashMap<>();
    private static final AtomicLong KEYS = new AtomicLong();
    /** A {@code $N} as an identifier of its own ({@code $12}, not {@code a$12} or {@code $12x}). */
    private static final Pattern NAMED = Pattern.compile("(?<![\\w$])\\$\\d+(?![\\w$])");
    /** A type JShell shows that can be written in a declaration: a name, type arguments, array brackets. */
    private static final Pattern WRITABLE = Pattern.compile("[A-Za-z_][\\w.]*(<[\\w.<>,\\s?\\[\\]]*>)?(\\[\\])*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    private static final Map<String, String> BOXES = Map.of("int", "java.lang.Integer", "long", "java.lang.Long",
            "double", "java.lang.Double", "float", "java.lang.Float", "boolean", "java.lang.Boolean",
            "char", "java.lang.Character", "byte", "java.lang.Byte", "short", "java.lang.Short");

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(String type, Object value) {
    }

    TempValues() {
    }

    /**
     * The value handed to a declaration under {@code key}, once. Called by the code this class declares in JShell;
     * not meant for cells.
     */
    public static Object take(String key) {
        return HANDOFF.remove(key);
    }

    /**
     * Keeps the value of temporary variable {@code v} if its type can be declared again from its name alone.
     *
     * @param sessionTypes the classes, interfaces and records the session declared
     * @return whether it is kept (the caller then drops the snippet)
     */
    boolean keep(VarSnippet v, Object value, Set<String> sessionTypes) {
        String type = v.typeName();
        if (!WRITABLE.matcher(type).matches()) {
            return false;
        }
        Matcher ids = IDENTIFIER.matcher(type);
        while (ids.find()) {
            if (sessionTypes.contains(ids.group())) {
                return false;
            }
        }
        kept.put(v.name(), new Kept(type, value));
        return true;
    }

    /** Declares in {@code shell} again every kept value that {@code source} names; each is then JShell's again. */
    void declareNamedIn(String source, JShell shell) {
        if (kept.isEmpty() || source.indexOf('$') < 0) {
            return;
        }
        Matcher m = NAMED.matcher(source);
        while (m.find()) {
            String name = m.group();
            Kept k = kept.remove(name);
            if (k != null && !declare(shell, name, k.type(), k.value())) {
                // the type's name means something else now (an import since) or is no longer visible
                declare(shell, name, "Object", k.value());
                System.err.println("Note: " + name + " is declared as Object: its type " + k.type()
                        + " cannot be declared here any more.");
            }
        }
    }

    private static boolean declare(JShell shell, String name, String type, Object value) {
        String key = KEYS.incrementAndGet() + name;
        HANDOFF.put(key, value);
        try {
            String cast = BOXES.getOrDefault(type, type);
            for (SnippetEvent e : shell.eval(type + " " + name + " = (" + cast + ") " + TempValues.class.getName()
                    + ".take(\"" + key + "\");")) {
                if (e.causeSnippet() == null) {
                    return e.status() == Snippet.Status.VALID && e.exception() == null;
                }
            }
            return false;
        } finally {
            HANDOFF.remove(key);
        }
    }

    /** The names of the values kept, for completion. */
    Set<String> names() {
        return new TreeSet<>(kept.keySet());
    }
}
