package dev.byline.compare;

import dev.byline.text.Span;
import dev.byline.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two token runs. Words are aligned on their folded form (so "U.S." lines
 * up with "US"), then reported as written: a pair whose spelling differs is a change, an
 * unaligned run is dropped or added, and a dropped run next to an added run is one change.
 */
final class WordDiff {
    private final List<String> parts;
    private final List<Span> dropped;
    private final List<Span> added;

    private WordDiff(List<String> parts, List<Span> dropped, List<Span> added) {
        this.parts = parts;
        this.dropped = dropped;
        this.added = added;
    }

    /** One edit: a run of A words replaced by a run of B words (either may be empty); {@code respelled} for a same-word spelling change. */
    private record Edit(List<Token> del, List<Token> ins, boolean respelled) {
    }

    static WordDiff of(List<Token> a, List<Token> b) {
        int[][] l = table(a, b);
        List<Edit> edits = new ArrayList<>();
        List<Token> del = new ArrayList<>();
        List<Token> ins = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && fold(a.get(i)).equals(fold(b.get(j)))) {
                flush(edits, del, ins);
                if (!surface(a.get(i)).equals(surface(b.get(j)))) {
                    edits.add(new Edit(List.of(a.get(i)), List.of(b.get(j)), true));
                }
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || l[i][j + 1] >= l[i + 1][j])) {
                ins.add(b.get(j++));
            } else {
                del.add(a.get(i++));
            }
        }
        flush(edits, del, ins);
        // A content word dropped in one place and added in another moved; say so once instead of twice.
        List<String> moved = new ArrayList<>();
        for (Edit e : edits) {
            if (e.respelled()) {
                continue;
            }
            for (Token d : List.copyOf(e.del())) {
                if (Words.isStopWord(fold(d))) {
                    continue;
                }
                for (Edit f : edits) {
                    Token match = f == e || f.respelled() ? null
                            : f.ins().stream().filter(t -> fold(t).equals(fold(d))).findFirst().orElse(null);
                    if (match != null) {
                        e.del().remove(d);
                        f.ins().remove(match);
                        moved.add("moved “" + d.text() + "”");
                        break;
                    }
                }
            }
        }
        List<String> parts = new ArrayList<>();
        List<Token> dropped = new ArrayList<>();
        List<Token> added = new ArrayList<>();
        for (Edit e : edits) {
            dropped.addAll(e.del());
            added.addAll(e.ins());
            if (!e.del().isEmpty() && !e.ins().isEmpty()) {
                parts.add("changed “" + join(e.del()) + "” → “" + join(e.ins()) + "”");
            } else if (!e.del().isEmpty()) {
                parts.add("dropped “" + join(e.del()) + "”");
            } else if (!e.ins().isEmpty()) {
                parts.add("added “" + join(e.ins()) + "”");
            }
        }
        parts.addAll(moved);
        return new WordDiff(List.copyOf(parts), QuoteDrift.spans(dropped), QuoteDrift.spans(added));
    }

    private static void flush(List<Edit> edits, List<Token> del, List<Token> ins) {
        if (!del.isEmpty() || !ins.isEmpty()) {
            edits.add(new Edit(new ArrayList<>(del), new ArrayList<>(ins), false));
        }
        del.clear();
        ins.clear();
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    String describe() {
        return String.join("; ", parts);
    }

    List<Span> dropped() {
        return dropped;
    }

    List<Span> added() {
        return added;
    }

    static int lcsLength(List<Token> a, List<Token> b) {
        return table(a, b)[0][0];
    }

    /** The aligned word pairs {i, j} of a longest common subsequence (folded words), in order. */
    static List<int[]> pairs(List<Token> a, List<Token> b) {
        int[][] l = table(a, b);
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (fold(a.get(i)).equals(fold(b.get(j)))) {
                out.add(new int[] {i++, j++});
            } else if (l[i][j + 1] >= l[i + 1][j]) {
                j++;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Index in {@code b} of the first word of {@code a}'s best alignment with it, or b.size() if none. */
    static int firstMatch(List<Token> a, List<Token> b) {
        int[][] l = table(a, b);
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (fold(a.get(i)).equals(fold(b.get(j)))) {
                return j;
            } else if (l[i][j + 1] >= l[i + 1][j]) {
                j++;
            } else {
                i++;
            }
        }
        return b.size();
    }

    private static int[][] table(List<Token> a, List<Token> b) {
        // each word folded once, not once per cell: drift compares every quotation with every other
        String[] fa = a.stream().map(WordDiff::fold).toArray(String[]::new);
        String[] fb = b.stream().map(WordDiff::fold).toArray(String[]::new);
        int[][] l = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                l[i][j] = fa[i].equals(fb[j]) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
            }
        }
        return l;
    }

    private static String fold(Token t) {
        return Words.fold(t.norm());
    }

    /** The word as written, case aside. */
    private static String surface(Token t) {
        return t.text().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    }

    private static String join(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
