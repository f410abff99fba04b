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

    static WordDiff of(List<Token> a, List<Token> b) {
        int[][] l = table(a, b);
        List<String> parts = new ArrayList<>();
        List<Token> dropped = new ArrayList<>();
        List<Token> added = new ArrayList<>();
        List<Token> del = new ArrayList<>();
        List<Token> ins = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && fold(a.get(i)).equals(fold(b.get(j)))) {
                flush(parts, del, ins, dropped, added);
                if (!surface(a.get(i)).equals(surface(b.get(j)))) {
                    parts.add("changed “" + a.get(i).text() + "” → “" + b.get(j).text() + "”");
                    dropped.add(a.get(i));
                    added.add(b.get(j));
                }
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || l[i][j + 1] >= l[i + 1][j])) {
                ins.add(b.get(j++));
            } else {
                del.add(a.get(i++));
            }
        }
        flush(parts, del, ins, dropped, added);
        return new WordDiff(List.copyOf(parts), QuoteDrift.spans(dropped), QuoteDrift.spans(added));
    }

    private static void flush(List<String> parts, List<Token> del, List<Token> ins, List<Token> dropped, List<Token> added) {
        if (!del.isEmpty() && !ins.isEmpty()) {
            parts.add("changed “" + join(del) + "” → “" + join(ins) + "”");
        } else if (!del.isEmpty()) {
            parts.add("dropped “" + join(del) + "”");
        } else if (!ins.isEmpty()) {
            parts.add("added “" + join(ins) + "”");
        }
        dropped.addAll(del);
        added.addAll(ins);
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
        int[][] l = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                l[i][j] = fold(a.get(i)).equals(fold(b.get(j))) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
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
