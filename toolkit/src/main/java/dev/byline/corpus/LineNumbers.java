package dev.byline.corpus;

/**
 * The line (from 1) at a character position of a text, asked in increasing order: a CSV record's place, which its
 * record number is not once a quoted field holds a line break (an article's text in a cell does). A line ends at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, as for Commons CSV.
 */
final class LineNumbers {
    private final String text;
    private int position;
    private long line = 1;

    LineNumbers(String text) {
        this.text = text;
    }

    /** The line holding {@code position}; positions asked before count again from the start. */
    long at(long position) {
        if (position < this.position) {
            this.position = 0;
            line = 1;
        }
        int end = (int) Math.min(position, text.length());
        for (int i = this.position; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        this.position = Math.max(this.position, end);
        return line;
    }
}
