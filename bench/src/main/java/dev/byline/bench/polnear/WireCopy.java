package dev.byline.bench.polnear;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rewrites an article (a title line, then paragraphs separated by blank lines) in the layouts of wire archives, with
 * the same words, and moves its gold spans with it, so that quotations can be scored against the annotators' spans on
 * hard-wrapped copy as on the text as published.
 *
 * <ul>
 *   <li>{@link Style#WRAPPED_INDENT}: each paragraph filled to 70 columns, opened by a four-space indent, no blank
 *       line between paragraphs (Reuters and AP archives, LexisNexis exports);</li>
 *   <li>{@link Style#WRAPPED_BLANK}: filled to 70 columns, a blank line between paragraphs (e-mail);</li>
 *   <li>{@link Style#TYPEWRITER}: as wrapped-indent, with curly double marks written as {@code ``} and {@code ''}
 *       (the NYT and LDC archives).</li>
 *   <li>{@link Style#ARCHIVE}: as wrapped-indent, with every double mark written {@code ''} (opening and closing
 *       alike) and every single mark and apostrophe written {@code '}, as the NYT's own archive text is typed.</li>
 * </ul>
 * The title line is kept as it is (typewriter marks aside). Every line of the published text is a paragraph of the
 * copy (a signature under a pull quote, a list item and a dateline line stay lines of their own, as a wire archive
 * keeps them). Lines are filled greedily; a word longer than the width stands on a line of its own.
 */
final class WireCopy {
    /** Columns a filled line holds at most by default (not counting a paragraph's indent), as {@code fmt -w 70}. */
    static final int WIDTH = 70;

    /** The layouts the bench can score on. */
    enum Style {
        CLEAN, WRAPPED_INDENT, WRAPPED_BLANK, TYPEWRITER, ARCHIVE;

        /** The style named on the command line: clean, wrapped-indent, wrapped-blank, typewriter or archive. */
        static Style parse(String name) {
            for (Style s : values()) {
                if (s.label().equals(name)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown copy '" + name + "' (expected clean, wrapped-indent, "
                    + "wrapped-blank, typewriter or archive)");
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final String text;
    /** For each offset 0..n of the original text, the offset in the copy where that place is. */
    private final int[] map;

    private WireCopy(String text, int[] map) {
        this.text = text;
        this.map = map;
    }

    /** The copy's text. */
    String text() {
        return text;
    }

    /**
     * Where an offset of the original lies in the copy. An offset inside a word moves with the word; an offset in the
     * white space between two words lands right after the first of them, so a span's start (at a word) and its end
     * (after a word) both land on the same words in the copy.
     */
    int at(int originalOffset) {
        return originalOffset < 0 ? originalOffset : map[originalOffset];
    }

    /**
     * An article as scored: its text and attributions in one layout, and its gold quotations. The gold quotations
     * are always found on the text as published (where a line break ends a paragraph) and then moved, so every
     * layout is scored against the same quotations.
     */
    record Copy(GoldArticle article, List<GoldQuotes.GoldQuote> gold) {
    }

    /** The article rewritten in {@code style}, its attributions and gold quotations moved to the copy's offsets. */
    static Copy copy(GoldArticle a, Style style) {
        return copy(a, style, WIDTH);
    }

    /** As {@link #copy(GoldArticle, Style)}, lines filled to {@code width} columns. */
    static Copy copy(GoldArticle a, Style style, int width) {
        List<GoldQuotes.GoldQuote> gold = GoldQuotes.of(a);
        if (style == Style.CLEAN) {
            return new Copy(a, gold);
        }
        WireCopy c = of(a.text(), style, width);
        List<GoldAttribution> moved = new ArrayList<>(a.attributions().size());
        java.util.Map<GoldAttribution, GoldAttribution> movedOf = new java.util.IdentityHashMap<>();
        for (GoldAttribution g : a.attributions()) {
            GoldAttribution m = new GoldAttribution(c.at(g.sourceStart()), c.at(g.sourceEnd()), g.cue(),
                    c.at(g.contentStart()), c.at(g.contentEnd()));
            moved.add(m);
            movedOf.put(g, m);
        }
        List<GoldQuotes.GoldQuote> movedGold = new ArrayList<>(gold.size());
        for (GoldQuotes.GoldQuote q : gold) {
            movedGold.add(new GoldQuotes.GoldQuote(c.at(q.start()), c.at(q.end()),
                    q.attribution() == null ? null : movedOf.get(q.attribution())));
        }
        return new Copy(new GoldArticle(a.name(), c.text(), a.annotationFile(), moved, a.part()), movedGold);
    }

    /** {@code original} rewritten in {@code style}, with the map of its offsets. */
    static WireCopy of(String original, Style style, int width) {
        int n = original.length();
        int[] map = new int[n + 1];
        StringBuilder out = new StringBuilder(n + n / 8);
        Style marks = style;
        int i = 0;
        // the title: the first line, kept as it is
        int titleEnd = original.indexOf('\n');
        titleEnd = titleEnd < 0 ? n : titleEnd;
        for (; i < titleEnd; i++) {
            map[i] = out.length();
            append(out, original.charAt(i), marks);
        }
        boolean first = true;
        while (i < n) {
            // the white space before the next paragraph
            int ws = i;
            while (ws < n && Character.isWhitespace(original.charAt(ws))) {
                ws++;
            }
            fill(map, i, ws, out.length());
            if (ws == n) {
                i = ws;
                break;
            }
            out.append(first || style == Style.WRAPPED_BLANK ? "\n\n" : "\n");
            if (style != Style.WRAPPED_BLANK) {
                out.append("    ");
            }
            first = false;
            i = paragraph(original, ws, out, map, marks, width);
        }
        map[n] = out.length();
        if (n > 0 && original.charAt(n - 1) == '\n') {
            out.append('\n');
        }
        return new WireCopy(out.toString(), map);
    }

    private static void fill(int[] map, int from, int to, int value) {
        for (int k = from; k < to; k++) {
            map[k] = value;
        }
    }

    /**
     * Fills one paragraph (from {@code start}, up to the end of its line) into {@code out}; returns where the
     * paragraph's text ends in the original.
     */
    private static int paragraph(String original, int start, StringBuilder out, int[] map, Style marks,
                                 int width) {
        int n = original.length();
        int i = start;
        int column = 0;
        while (i < n) {
            int wordEnd = i;
            int wordWidth = 0;
            while (wordEnd < n && !Character.isWhitespace(original.charAt(wordEnd))) {
                wordWidth += marksWidth(original.charAt(wordEnd), marks);
                wordEnd++;
            }
            if (column > 0) {
                if (column + 1 + wordWidth > width) {
                    out.append('\n');
                    column = 0;
                } else {
                    out.append(' ');
                    column++;
                }
            }
            for (int k = i; k < wordEnd; k++) {
                map[k] = out.length();
                append(out, original.charAt(k), marks);
            }
            column += wordWidth;
            // the white space after the word: within the line, or the line's end
            int ws = wordEnd;
            int lineBreaks = 0;
            while (ws < n && Character.isWhitespace(original.charAt(ws))) {
                lineBreaks += original.charAt(ws) == '\n' ? 1 : 0;
                ws++;
            }
            if (ws == n || lineBreaks >= 1) {
                return wordEnd;
            }
            fill(map, wordEnd, ws, out.length());
            i = ws;
        }
        return i;
    }

    /** The columns {@code c} takes in a copy with these marks. */
    private static int marksWidth(char c, Style marks) {
        return (marks == Style.TYPEWRITER || marks == Style.ARCHIVE) && (c == '\u201c' || c == '\u201d')
                || marks == Style.ARCHIVE && c == '"' ? 2 : 1;
    }

    private static void append(StringBuilder out, char c, Style marks) {
        if (marks == Style.TYPEWRITER && c == '\u201c') {
            out.append("``");
        } else if (marks == Style.TYPEWRITER && c == '\u201d'
                || marks == Style.ARCHIVE && (c == '\u201c' || c == '\u201d' || c == '"')) {
            out.append("''");
        } else if (marks == Style.ARCHIVE && (c == '\u2018' || c == '\u2019')) {
            out.append('\'');
        } else {
            out.append(c);
        }
    }
}
