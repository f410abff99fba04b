package dev.byline.bench.polnear;

import java.util.ArrayList;
import java.util.List;

/**
 * The direct quotations of a PolNeAR article: spans between quotation marks whose words lie inside
 * annotated contents. The span is the text between the marks (as Byline reports it); a quotation
 * carried over paragraphs (“… ¶ “…”) is one span; single marks count only outside double ones.
 */
final class GoldQuotes {
    /** One gold quotation, the attribution it belongs to, and its text bounds. */
    record GoldQuote(int start, int end, GoldAttribution attribution) {
    }

    private GoldQuotes() {
    }

    static List<GoldQuote> of(GoldArticle a) {
        String t = a.text();
        boolean[] content = new boolean[t.length() + 1];
        for (GoldAttribution g : a.attributions()) {
            for (int k = Math.max(0, g.contentStart()); k < Math.min(t.length(), g.contentEnd()); k++) {
                content[k] = true;
            }
        }
        List<GoldQuote> out = new ArrayList<>();
        for (int[] s : quotedSpans(t)) {
            int covered = 0;
            int letters = 0;
            for (int k = s[0]; k < s[1]; k++) {
                if (!Character.isWhitespace(t.charAt(k))) {
                    letters++;
                    covered += content[k] ? 1 : 0;
                }
            }
            if (letters > 0 && covered >= 0.9 * letters) {
                out.add(new GoldQuote(s[0], s[1], owner(a, s[0], s[1])));
            }
        }
        return out;
    }

    /** Attribution with the most content overlap with [start, end). */
    static GoldAttribution owner(GoldArticle a, int start, int end) {
        GoldAttribution best = null;
        int bestOverlap = 0;
        for (GoldAttribution g : a.attributions()) {
            int o = Math.min(end, g.contentEnd()) - Math.max(start, g.contentStart());
            if (o > bestOverlap) {
                bestOverlap = o;
                best = g;
            }
        }
        return best;
    }

    static boolean hasMarks(String s) {
        return s.indexOf('“') >= 0 || s.indexOf('”') >= 0 || s.indexOf('"') >= 0 || s.indexOf('«') >= 0 || s.contains("''");
    }

    /**
     * Spans [start, end) between paired marks, top level only. Two apostrophes ('') are one double
     * straight mark, as in newspaper archives that write ''quote'' for "quote".
     */
    static List<int[]> quotedSpans(String t) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            boolean twin = t.startsWith("\'\'", i);
            int width = twin ? 2 : 1;
            if (twin) {
                c = '"';
            }
            char close = switch (c) {
                case '“' -> '”';
                // a right mark typed for a left one, after a space and before a word: "let aides ”get close to him”"
                case '”' -> (i == 0 || Character.isWhitespace(t.charAt(i - 1))
                        || Character.getType(t.charAt(i - 1)) == Character.FORMAT)
                        && i + 1 < n && Character.isLetterOrDigit(t.charAt(i + 1)) ? '”' : 0;
                case '«' -> '»';
                case '"' -> opensStraight(t, i, width) ? '"' : 0;
                case '‘' -> opensSingle(t, i) ? '’' : 0;
                default -> 0;
            };
            if (close == 0) {
                i += width;
                continue;
            }
            int start = i + width;
            int j = start;
            int end = -1;
            while (j < n) {
                char d = t.charAt(j);
                boolean dTwin = t.startsWith("\'\'", j);
                boolean isDouble = dTwin || d == '“' || d == '”' || d == '"' || d == '«' || d == '»';
                // three apostrophes after a word close a single quotation inside the double one ('Queen,'''):
                // the single mark belongs to the quotation, the pair after it closes it
                if (close != '’' && t.startsWith("'''", j) && j > start
                        && !Character.isWhitespace(t.charAt(j - 1)) && t.charAt(j - 1) != '\'') {
                    end = j + 1;
                    break;
                }
                // a quotation inside the quotation, typed with the same marks ("Ruiz wrote, "They shouted "go!" at
                // us."): an opening-shaped mark whose pair is followed, in the paragraph, by the outer closing mark
                int inner = close != '’' && isDouble ? nestedEnd(t, j) : -1;
                if (inner > 0) {
                    j = inner;
                    continue;
                }
                // double marks pair with any double mark (news mixes “…" and even “…“); singles with ’
                if (close == '’' ? d == close && (j + 1 >= n || !Character.isLetter(t.charAt(j + 1))) : isDouble) {
                    end = j;
                    break;
                }
                if (d == '\n') {
                    // a quotation carried into the next paragraph reopens it with the same mark
                    int k = j;
                    while (k < n && Character.isWhitespace(t.charAt(k))) {
                        k++;
                    }
                    if (k < n && (twin ? t.startsWith("\'\'", k) : t.charAt(k) == c) && close != '’') {
                        j = k + width;
                        continue;
                    }
                    break;
                }
                j++;
            }
            if (end > start) {
                out.add(new int[] {start, end});
                i = end + (t.startsWith("''", end) ? 2 : 1);
            } else {
                i = start;
            }
        }
        return out;
    }

    /**
     * If the double mark at {@code j} opens a quotation nested in an open one (white space before it, a letter or
     * digit after it) and, in its paragraph, a closing-shaped double mark pairs with it and another closes the outer
     * quotation after that, the offset after the inner pair; -1 otherwise.
     */
    static int nestedEnd(String t, int j) {
        if (!opensShaped(t, j)) {
            return -1;
        }
        int m1 = nextDouble(t, j + width(t, j));
        if (m1 < 0 || opensShaped(t, m1)) {
            return -1;
        }
        int after = m1 + width(t, m1);
        int m2 = nextDouble(t, after);
        return m2 >= 0 && !opensShaped(t, m2) ? after : -1;
    }

    private static int width(String t, int j) {
        return t.startsWith("''", j) ? 2 : 1;
    }

    /** The next double mark at or after {@code from} in the same paragraph, or -1. */
    private static int nextDouble(String t, int from) {
        for (int k = from; k < t.length(); k++) {
            char d = t.charAt(k);
            if (d == '\n') {
                return -1;
            }
            if (d == '“' || d == '”' || d == '"' || d == '«' || d == '»' || t.startsWith("''", k)) {
                return k;
            }
        }
        return -1;
    }

    /** White space (or the start) before the mark, a letter or digit right after it. */
    private static boolean opensShaped(String t, int j) {
        int w = width(t, j);
        return (j == 0 || Character.isWhitespace(t.charAt(j - 1))) && j + w < t.length()
                && Character.isLetterOrDigit(t.charAt(j + w));
    }

    private static boolean opensStraight(String t, int i, int width) {
        return (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) && i + width < t.length()
                && !Character.isWhitespace(t.charAt(i + width));
    }

    private static boolean opensSingle(String t, int i) {
        return (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) && i + 1 < t.length()
                && Character.isLetterOrDigit(t.charAt(i + 1)) && !elidesCentury(t, i);
    }

    /** Words a year follows: "said in ‘08 that", "the class of '85". */
    private static final java.util.Set<String> BEFORE_A_YEAR = java.util.Set.of("in", "of", "since", "from", "until",
            "till", "by", "before", "after", "during", "the", "circa", "around");

    /**
     * "in ‘08", "the ‘90s": the mark stands for a year's dropped century (two digits and no further digit, letter or
     * figure, then a decade's s or a word a year follows before the mark), not an opening mark ("‘11 people died,’").
     */
    static boolean elidesCentury(String t, int i) {
        int a = i + 1;
        if (a + 2 > t.length() || !Character.isDigit(t.charAt(a)) || !Character.isDigit(t.charAt(a + 1))) {
            return false;
        }
        int b = a + 2;
        boolean decade = b < t.length() && t.charAt(b) == 's';
        if (decade) {
            b++;
        }
        if (b < t.length()) {
            char c = t.charAt(b);
            if (Character.isLetterOrDigit(c) || c == '%'
                    || (c == '.' || c == ',') && b + 1 < t.length() && Character.isDigit(t.charAt(b + 1))) {
                return false;
            }
        }
        if (decade) {
            return true;
        }
        int e = i;
        while (e > 0 && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        int w = e;
        while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
            w--;
        }
        return w < e && e < i && BEFORE_A_YEAR.contains(t.substring(w, e).toLowerCase(java.util.Locale.ROOT));
    }
}
