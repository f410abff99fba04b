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
        char c = canonical(t.text());
        return switch (c) {
            case '\u201C', '\u201E', '\u201F', '\u2018', '\u201A', '\u201B', '\u00AB', '\u2039' -> true;
            case '"', '\'' -> straightOpens(t);
            default -> false;
        };
    }

    /** True if the mark token closes a quotation. */
    public static boolean isClosing(Token t) {
        char c = canonical(t.text());
        return switch (c) {
            case '\u201D', '\u2019', '\u00BB', '\u203A' -> true;
            case '"', '\'' -> !straightOpens(t);
            default -> false;
        };
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

    private static boolean straightOpens(Token t) {
        String raw = t.document().raw();
        int before = t.start() - 1;
        int after = t.end();
        boolean spaceBefore = before < 0 || Character.isWhitespace(raw.charAt(before))
                || "([{\u2014\u2013-/".indexOf(raw.charAt(before)) >= 0;
        boolean spaceAfter = after >= raw.length() || Character.isWhitespace(raw.charAt(after));
        return spaceBefore && !spaceAfter;
    }
}
