package dev.byline.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * A cell's source cut into JShell's snippets, with where each begins in the cell: what running a cell evaluates one
 * after another, and what completion and inspection need to see one snippet with the cell's earlier names in scope.
 * Reads the source only (JShell's {@link SourceCodeAnalysis#analyzeCompletion}); nothing is evaluated.
 *
 * <pre>{@code
 * String cell = "int n = 1;\nn + 1";
 * snippets.split(cell)                  // two parts, starting at 0 and 11
 * snippets.earlierStatements(cell, 11)  // "{ int n = 1;\n"
 * }</pre>
 */
final class CellSnippets {
    private final SourceCodeAnalysis analysis;

    /** One snippet of a cell and where its source begins in the cell. */
    record Part(String source, int start) {
    }

    /** The cell from the snippet that holds the cursor to its end, and where that snippet begins, so analysis sees one snippet. */
    record Piece(String text, int start) {
    }

    CellSnippets(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The cell's snippets in order; an incomplete rest is one last part, so that JShell says what is wrong with it. */
    List<Part> split(String cell) {
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

    /** Where the snippet's source begins in {@code rest}: JShell's positions count from there. */
    private static int startOf(String rest, String source) {
        int i = rest.indexOf(source);
        if (i < 0 && source.endsWith(";")) {
            i = rest.indexOf(source.substring(0, source.length() - 1));   // JShell added the semicolon
        }
        return Math.max(i, 0);
    }

    /** The snippet that holds {@code cursor}, with the rest of the cell after it. */
    Piece pieceAt(String cell, int cursor) {
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

    /** The names the cell declares before {@code end}: variables, methods (with their "("), classes. */
    List<String> declaredBefore(String cell, int end) {
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
                    case MethodSnippet m -> names.add(m.name() + "(");
                    case TypeDeclSnippet t -> names.add(t.name());
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
    String earlierStatements(String cell, int end) {
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
}
