package dev.byline.kernel.eval;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * JShell's completions of a bare name ({@code Strin|} at the start of a snippet), computed once per session state.
 *
 * <p>For such a name JShell analyses the same code whatever the name's letters are (the name is cut off, the scope at
 * an empty statement is listed) and keeps the candidates that start with them, sorted. So the list for no letters at
 * all, filtered by the letters typed, is exactly its answer; it is kept until the session changes (a cell that
 * declares, imports or adds a jar, a value declared again), and each completion of a bare name costs a filter instead
 * of two javac tasks and a walk over everything in scope.
 *
 * <pre>{@code
 * bare.complete("Strin", analysis, stateKey, anchor)   // Optional[[String, StringBuffer, ...]], anchor[0] == 0
 * bare.complete("x.len", analysis, stateKey, anchor)   // Optional.empty: not a bare name, ask JShell
 * }</pre>
 */
final class BareNameCompletions {
    /** Blanks, then the start of a name or nothing: what JShell completes from the scope alone. */
    private static final Pattern BARE = Pattern.compile("\\s*(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)?");
    private Object stateKey;
    private List<Suggestion> all;

    /**
     * The suggestions for {@code before} (the snippet's text up to the cursor) if it is a bare name, with
     * {@code anchor[0]} set where the name starts; empty when it is something else.
     */
    Optional<List<Suggestion>> complete(String before, SourceCodeAnalysis analysis, Object state, int[] anchor) {
        Matcher m = BARE.matcher(before);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (all == null || !state.equals(stateKey)) {
            all = analysis.completionSuggestions("", 0, new int[1]);
            stateKey = state;
        }
        String prefix = m.group(1) == null ? "" : m.group(1);
        anchor[0] = before.length() - prefix.length();
        return Optional.of(all.stream().filter(s -> s.continuation().startsWith(prefix)).toList());
    }
}
