package dev.byline.text;

/**
 * Tells opening quotation marks from closing ones. Curly marks and guillemets say which they are;
 * straight marks ({@code " '}) are judged by what stands beside them. Typewriter marks count as the
 * marks they stand for: {@code ``} opens like {@code “}, {@code ''} is a straight double mark.
 */
public final class QuoteMarks {
    private QuoteMarks() {
    }

    /**
     * The one mark a quotation-mark token stands for: its own character, {@code “} for {@code ``} and
     * {@code "} for {@code ''}.
     */
    public static char canonical(String mark) {
        if (mark.length() == 2 && mark.charAt(1) == mark.charAt(0)) {
            return mark.charAt(0) == '`' ? '\u201C' : mark.charAt(0) == '\'' ? '"' : mark.charAt(0);
        }
        return mark.charAt(0);
    }

    /** True if the mark token opens a quotation. */
    public static boolean isOpening(Token t) {
        return isOpening(t.document().raw(), t.start(), t.end());
    }

    /** True if the mark token at {@code [start, end)} of {@code raw} opens a quotation. */
    public static boolean isOpening(String raw, int start, int end) {
        char c = canonical(raw, start, end);
        return switch (c) {
            case '\u201C', '\u201E', '\u201F', '\u2018', '\u201A', '\u201B', '\u00AB', '\u2039' -> true;
            case '"', '\'' -> straightOpens(raw, start, end);
            default -> false;
        };
    }

    /** True if the mark token closes a quotation. */
    public static boolean isClosing(Token t) {
        return isClosing(t.document().raw(), t.start(), t.end());
    }

    /** True if the mark token at {@code [start, end)} of {@code raw} closes a quotation. */
    public static boolean isClosing(String raw, int start, int end) {
        char c = canonical(raw, start, end);
        return switch (c) {
            case '\u201D', '\u2019', '\u00BB', '\u203A' -> true;
            case '"', '\'' -> !straightOpens(raw, start, end);
            default -> false;
        };
    }

    /**
     * {@link #canonical(String)} of {@code raw.substring(start, end)}, no substring made: what the quote rules ask
     * of every mark token.
     *
     * <pre>{@code
     * QuoteMarks.canonical("He said ``Go''", 8, 10);   // '“'
     * }</pre>
     */
    public static char canonical(String raw, int start, int end) {
        char first = raw.charAt(start);
        if (end - start == 2 && raw.charAt(start + 1) == first) {
            return first == '`' ? '\u201C' : first == '\'' ? '"' : first;
        }
        return first;
    }

    /** The closing mark that pairs with an opening one ({@code “} with {@code ”}, {@code «} with {@code »}). */
    public static char partner(char opening) {
        return switch (opening) {
            case '\u201C', '\u201E', '\u201F' -> '\u201D';
            case '\u2018', '\u201A', '\u201B' -> '\u2019';
            case '\u00AB' -> '\u00BB';
            case '\u2039' -> '\u203A';
            default -> opening;
        };
    }

    private static boolean straightOpens(String raw, int start, int end) {
        int before = start - 1;
        int after = end;
        boolean spaceBefore = before < 0 || Character.isWhitespace(raw.charAt(before))
                || "([{\u2014\u2013-/".indexOf(raw.charAt(before)) >= 0;
        boolean spaceAfter = after >= raw.length() || Character.isWhitespace(raw.charAt(after));
        return spaceBefore && !spaceAfter;
    }
}
