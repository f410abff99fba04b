package dev.byline.text;

/**
 * How a document's content lines make paragraphs, decided from the lines themselves: one paragraph a line
 * (with or without blank lines between), or hard-wrapped text (fixed-width lines, as wire archives, database
 * exports and e-mail have it) whose paragraphs are opened by an indented line, separated by blank lines, or,
 * where the text has neither, ended by a short line that closes a sentence.
 *
 * <p>Why hard-wrapping is read from line ends: where a wrap falls is chance, so in wrapped text most lines
 * followed by another end inside a sentence; where each line is a paragraph, almost every line ends one.
 * A wrapped line never ends a paragraph, a sentence, a quotation or a title unless one of the markers
 * above says so.
 */
final class WrappedLines {
    /** Lines longer than this (indentation included) are not hard-wrapped text. */
    private static final int MAX_WIDTH = 110;

    private final Lines lines;
    private final int[] content;
    private final boolean wrapped;
    /** Whether paragraphs are opened by indentation or separated by blank lines somewhere in the text. */
    private final boolean marked;
    /** The width the text was wrapped to, as the longest wrapped line shows it. */
    private final int width;
    /** The least indentation of any content line: where a paragraph's carried-on lines start. */
    private final int base;

    private WrappedLines(Lines lines, int[] content, boolean wrapped, boolean marked, int width, int base) {
        this.lines = lines;
        this.content = content;
        this.wrapped = wrapped;
        this.marked = marked;
        this.width = width;
        this.base = base;
    }

    /** Reads {@code count} content lines (indices into {@code lines}, in order). */
    static WrappedLines of(Lines lines, int[] content, int count) {
        int followed = 0;
        int open = 0;
        int narrow = 0;
        int width = 0;
        boolean marked = false;
        int[] lengths = new int[count];
        int lengthCount = 0;
        for (int k = 0; k + 1 < count; k++) {
            int line = content[k];
            if (content[k + 1] != line + 1) {
                marked |= k > 0;   // a blank (or furniture) line between body lines: the first may be a title's
                continue;
            }
            if (lines.indent(content[k + 1]) > lines.indent(line)) {
                // the next line opens a paragraph by its indent: this line ends one by the marker, not by the wrap,
                // and says nothing about where the wrap falls (short paragraphs end most lines at wider widths)
                marked = true;
                continue;
            }
            followed++;
            int visible = lines.indent(line) + lines.chars[line];
            if (!endsSentence(lines, line)) {
                open++;
            }
            if (visible <= MAX_WIDTH) {
                narrow++;
                width = Math.max(width, visible);
            }
            lengths[lengthCount++] = lines.chars[line];
        }
        int base = Integer.MAX_VALUE;
        for (int k = 0; k < count; k++) {
            base = Math.min(base, lines.indent(content[k]));
        }
        // the width the carried-on lines show, where a paragraph's first line may stand further out by its indent
        int carried = 0;
        for (int k = 1; k + 1 < count; k++) {
            int line = content[k];
            if (content[k + 1] == line + 1 && content[k - 1] == line - 1 && lines.indent(line) == base
                    && lines.indent(content[k + 1]) == base) {
                int visible = base + lines.chars[line];
                carried = visible <= MAX_WIDTH ? Math.max(carried, visible) : carried;
            }
        }
        width = carried > 0 ? carried : width;
        java.util.Arrays.sort(lengths, 0, lengthCount);
        boolean wrapped = followed >= 3 && 2 * open >= followed && 10 * narrow >= 9 * followed
                && lengths[lengthCount / 2] >= 30;
        return new WrappedLines(lines, content, wrapped, marked, width, base);
    }

    /** True if the text is hard-wrapped: adjacent lines join into paragraphs. */
    boolean wrapped() {
        return wrapped;
    }

    /**
     * True if content line {@code k} (an index into the content lines, above 0) continues the paragraph of the
     * line before it: the text is wrapped, no blank line stands between them, it is not indented further, it is
     * not an indented line under one that ends a sentence, and, in text without such markers, the line before is
     * not a short one closing a sentence.
     */
    boolean continues(int k) {
        int line = content[k];
        int before = content[k - 1];
        if (!wrapped || line != before + 1 || lines.indent(line) > lines.indent(before)) {
            return false;
        }
        boolean closes = endsSentence(lines, before);
        if (lines.indent(line) > base && (closes || !full(before, line))) {
            // indented as paragraphs are opened, under a line that ends a sentence or that the line's first word
            // would have fitted on: a one-line paragraph or a subheading above ("    ‘A change warrior.’" or
            // "    How the port was rebuilt" then "    Fiorina has been …"); an indented block wraps full lines
            return false;
        }
        return marked || !closes || full(before, line);
    }

    /** The first word of {@code line} would not have fitted on {@code before}: the wrap, not the writer, ended it. */
    boolean full(int before, int line) {
        return lines.indent(before) + lines.chars[before] + 1 + firstWordLength(lines, line) > width;
    }

    private static int firstWordLength(Lines lines, int line) {
        String head = lines.prefix(line, 40);
        int space = 0;
        while (space < head.length() && !Character.isWhitespace(head.charAt(space))) {
            space++;
        }
        return space;
    }

    /** The line ends a sentence: a final . ! ? : or …, maybe followed by closing quotation marks or brackets. */
    static boolean endsSentence(Lines lines, int line) {
        String text = lines.suffix(line, 6);
        int k = text.length() - 1;
        while (k >= 0 && "\"'\u201D\u2019\u00BB\u203A)]".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return k >= 0 && ".!?:\u2026".indexOf(text.charAt(k)) >= 0;
    }
}
