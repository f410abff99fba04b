package dev.byline.kernel.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jdk.jshell.SourceCodeAnalysis;

/**
 * What the notebook asks about a cell without running it: completion (Tab), inspection (Shift-Tab) and whether the
 * cell is complete. Sees the session's values and the names the cell declares before the cursor, which JShell's own
 * analysis does not (the cell has not run yet). Callers hold the evaluator's lock.
 *
 * <pre>{@code
 * introspection.complete("var xs = List.of(1);\nxs.si", 25)   // [size()], replacing "si"
 * introspection.inspect("Math.max", 6)                        // Optional[int max(int a, int b) ...]
 * }</pre>
 */
final class Introspection {
    private final ShellState state;
    private final CellSnippets snippets;
    private final ClassIndexGate indexGate;
    private final BareNameCompletions bareNames = new BareNameCompletions();

    Introspection(ShellState state, CellSnippets snippets, ClassIndexGate indexGate) {
        this.state = state;
        this.snippets = snippets;
        this.indexGate = indexGate;
    }

    /**
     * Completion candidates at {@code cursor}. A dotted name that finds nothing while JShell's class index is not up
     * to date waits for the index and is asked again (see {@link PackageNameCompletion}).
     */
    Completion complete(String cell, int cursor) {
        Completion found = completeNow(cell, cursor);
        if (found.matches().isEmpty() && PackageNameCompletion.looksQualified(cell.substring(0, cursor))
                && PackageNameCompletion.awaitIndex(state.analysis(), indexGate)) {
            found = completeNow(cell, cursor);   // the package names are known now
        }
        return found;
    }

    private Completion completeNow(String cell, int cursor) {
        SourceCodeAnalysis analysis = state.analysis();
        state.declareNamedIn(cell);
        CellSnippets.Piece piece = snippets.pieceAt(cell, cursor);
        int[] anchor = new int[1];
        Set<String> matches = new LinkedHashSet<>();
        // the cell's earlier statements are not in JShell's state yet: inside a block they are in scope
        String context = snippets.earlierStatements(cell, piece.start());
        List<SourceCodeAnalysis.Suggestion> suggestions = context.isEmpty() ? List.of()
                : analysis.completionSuggestions(context + piece.text(), context.length() + cursor - piece.start(), anchor);
        int shift = context.length();
        if (suggestions.isEmpty()) {
            suggestions = bareNames.complete(piece.text().substring(0, cursor - piece.start()), analysis,
                            state.scopeKey(), anchor)
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
            snippets.declaredBefore(cell, piece.start()).stream().filter(n -> n.startsWith(prefix) && !n.equals(prefix))
                    .forEach(matches::add);
            state.temps().names().stream().filter(n -> n.startsWith(prefix) && !n.equals(prefix)).forEach(matches::add);
            if (!matches.isEmpty()) {
                start = word;
            }
        }
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                .forEach(sg -> matches.add(sg.continuation()));
        suggestions.forEach(sg -> matches.add(sg.continuation()));
        return new Completion(List.copyOf(matches), start, cursor);
    }

    /** Signature and Javadoc of what the cursor is on or right after, if JShell knows it. */
    Optional<String> inspect(String cell, int cursor) {
        SourceCodeAnalysis analysis = state.analysis();
        state.declareNamedIn(cell);
        CellSnippets.Piece piece = snippets.pieceAt(cell, cursor);
        String text = piece.text();
        int c = cursor - piece.start();
        while (c < text.length() && Character.isJavaIdentifierPart(text.charAt(c))) {
            c++;
        }
        // with the cell's earlier statements in a block before it first, so their variables are known; then alone
        List<SourceCodeAnalysis.Documentation> docs = List.of();
        String context = snippets.earlierStatements(cell, piece.start());
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
                sb.append(JavadocText.plain(d.javadoc())).append("\n\n");
            }
        }
        return Optional.of(sb.toString().strip());
    }

    /** Whether the cell is ready to run; lines starting with {@code %} are left to the magics. */
    Completeness completeness(String cell) {
        String rest = cell;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = state.analysis().analyzeCompletion(rest);
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
}
