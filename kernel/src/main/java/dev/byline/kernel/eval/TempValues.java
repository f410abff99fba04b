package dev.byline.kernel.eval;

import dev.byline.kernel.protocol.KernelLog;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
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
 *
 * <p>A value from a cell that ran on the evaluator's short path ({@link PlainValue}) comes here <em>pending</em>:
 * its expression's static type is not known yet. It is worked out ({@link SourceCodeAnalysis#analyzeType}) while the
 * kernel is idle, when a later cell names it, or before anything that could change what the expression's names mean
 * (a declaration, an import, a jar added): the evaluator resolves every pending value first, so the type found is
 * the one the expression had when it ran.
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
    /** How many variables this class declared in JShell: each changes what completion lists. */
    private final AtomicLong declarations = new AtomicLong();
    /** Values whose static type is not known yet, in the order they came. Guarded by this. */
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    private record Kept(String type, Object value) {
    }

    private record Pending(String expression, Object value) {
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
        if (!writable(type, sessionTypes)) {
            return false;
        }
        kept.put(v.name(), new Kept(type, value));
        return true;
    }

    /** Keeps the value of {@code expression}, run as {@code name}, until its static type is worked out. */
    synchronized void keepPending(String name, String expression, Object value) {
        pending.put(name, new Pending(expression, value));
    }

    /** Whether some value still waits for its type. */
    synchronized boolean hasPending() {
        return !pending.isEmpty();
    }

    /**
     * Works out the type of every pending value, oldest first, in the session as it is now (the caller makes sure
     * nothing that could change the expressions' types ran since).
     */
    synchronized void resolvePending(JShell shell, SourceCodeAnalysis analysis, Set<String> sessionTypes) {
        for (String name : new ArrayList<>(pending.keySet())) {
            resolve(name, shell, analysis, sessionTypes, System.err);
        }
    }

    /**
     * Resolves the oldest pending value, if any (a step the evaluator takes while the kernel is idle; a note goes to
     * the kernel's log, as no cell is there to show it).
     */
    synchronized void resolveOldest(JShell shell, SourceCodeAnalysis analysis, Set<String> sessionTypes) {
        if (!pending.isEmpty()) {
            resolve(pending.keySet().iterator().next(), shell, analysis, sessionTypes,
                    KernelLog.originalErr());
        }
    }

    private void resolve(String name, JShell shell, SourceCodeAnalysis analysis, Set<String> sessionTypes,
                         PrintStream notes) {
        Pending p = pending.remove(name);
        if (p == null) {
            return;
        }
        String type = analysis.analyzeType(p.expression(), p.expression().length());
        if (type != null && writable(type, sessionTypes)) {
            kept.put(name, new Kept(type, p.value()));
            return;
        }
        // a type that cannot be written (an intersection, a capture) or names a class of the session, which may be
        // redefined: declared in JShell now, typed as JShell would have typed it, as if it had kept its snippet
        boolean declared = type != null && WRITABLE.matcher(type).matches() && declare(shell, name, type, p.value());
        if (!declared && !declareAsTyped(shell, name, p)) {
            declare(shell, name, "Object", p.value());
            notes.println("Note: " + name + " is declared as Object: its type could not be declared here.");
        }
    }

    /**
     * Declares {@code name} with the type JShell infers for the expression, without running it: the expression
     * stands in a branch that is never taken, only to give {@link #sameType} its type argument.
     */
    private boolean declareAsTyped(JShell shell, String name, Pending p) {
        declarations.incrementAndGet();
        String key = KEYS.incrementAndGet() + name;
        HANDOFF.put(key, p.value());
        try {
            return declared(shell.eval("var " + name + " = " + TempValues.class.getName() + ".sameType(false ? ("
                    + p.expression() + ") : null, \"" + key + "\");"));
        } finally {
            HANDOFF.remove(key);
        }
    }

    /**
     * The value handed over under {@code key}, typed like {@code witness} (which is never evaluated: see
     * {@link #declareAsTyped}). Called by the code this class declares in JShell; not meant for cells.
     */
    @SuppressWarnings("unchecked")
    public static <T> T sameType(T witness, String key) {
        return (T) take(key);
    }

    private static boolean writable(String type, Set<String> sessionTypes) {
        if (!WRITABLE.matcher(type).matches()) {
            return false;
        }
        Matcher ids = IDENTIFIER.matcher(type);
        while (ids.find()) {
            if (sessionTypes.contains(ids.group())) {
                return false;
            }
        }
        return true;
    }

    /** Declares in {@code shell} again every kept value that {@code source} names; each is then JShell's again. */
    void declareNamedIn(String source, JShell shell, SourceCodeAnalysis analysis, Supplier<Set<String>> sessionTypes) {
        if (source.indexOf('$') < 0 || kept.isEmpty() && !hasPending()) {
            return;
        }
        Matcher m = NAMED.matcher(source);
        while (m.find()) {
            String name = m.group();
            synchronized (this) {
                if (pending.containsKey(name)) {
                    resolve(name, shell, analysis, sessionTypes.get(), System.err);
                }
            }
            Kept k = kept.remove(name);
            if (k != null && !declare(shell, name, k.type(), k.value())) {
                // the type's name means something else now (an import since) or is no longer visible
                declare(shell, name, "Object", k.value());
                System.err.println("Note: " + name + " is declared as Object: its type " + k.type()
                        + " cannot be declared here any more.");
            }
        }
    }

    /** How many variables this class has declared in JShell so far. */
    long declarations() {
        return declarations.get();
    }

    private boolean declare(JShell shell, String name, String type, Object value) {
        declarations.incrementAndGet();
        String key = KEYS.incrementAndGet() + name;
        HANDOFF.put(key, value);
        try {
            String cast = BOXES.getOrDefault(type, type);
            return declared(shell.eval(type + " " + name + " = (" + cast + ") " + TempValues.class.getName()
                    + ".take(\"" + key + "\");"));
        } finally {
            HANDOFF.remove(key);
        }
    }

    private static boolean declared(List<SnippetEvent> events) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null) {
                return e.status() == Snippet.Status.VALID && e.exception() == null;
            }
        }
        return false;
    }

    /** The names of the values kept, pending ones included, for completion. */
    synchronized Set<String> names() {
        Set<String> names = new TreeSet<>(kept.keySet());
        names.addAll(pending.keySet());
        return names;
    }
}
