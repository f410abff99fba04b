package dev.byline.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds, without tokenizing, the one word of a whitespace-free chunk of news text shaped like
 * {@code Kyiv}, {@code (talks}, {@code said.”}, {@code «Estonia’s,}: ASCII letters and digits, with only
 * opening marks {@code ( [ “ " «} before them and a possessive {@code ’s} / {@code 's} and closing marks
 * {@code . , ; : ! ? ) ] ” " »} after. {@link Tokenizer#tokenize} makes such a chunk exactly one WORD or
 * NUMBER token over the letters and digits, every other token being punctuation, a quotation mark or
 * the possessive clitic; so a term counter that drops punctuation needs only that word. Any other
 * shape (and the few words whose period is part of the token: {@code Dr.}, {@code www.}) is left to
 * the tokenizer. Most of the distinct chunks of news text are of this shape.
 *
 * <pre>{@code
 * long word = PlainWords.of(utf8, start, end);   // -1, or (wordStart << 32) | wordEnd
 * }</pre>
 */
public final class PlainWords {
    /** Bytes that open a chunk as a token of their own: ( [ " (and “, three bytes). */
    private static final boolean[] OPENING = new boolean[128];
    /** Bytes that close it, each a token of its own: . , ; : ! ? ) ] " (and ”, three bytes). */
    private static final boolean[] CLOSING = new boolean[128];

    static {
        for (char c : "([\"".toCharArray()) {
            OPENING[c] = true;
        }
        for (char c : ".,;:!?)]\"".toCharArray()) {
            CLOSING[c] = true;
        }
    }

    private PlainWords() {
    }

    /** True if the ASCII character {@code c} may open a plain chunk, before its word: {@code ( [ "}. */
    public static boolean opens(char c) {
        return c < 128 && OPENING[c];
    }

    /** True if the ASCII character {@code c} may close a plain chunk, after its word: {@code . , ; : ! ? ) ] "}. */
    public static boolean closes(char c) {
        return c < 128 && CLOSING[c];
    }

    /**
     * The {@code [start, end)} byte range of the chunk's one word as {@code (start << 32) | end}, or -1 if the
     * chunk {@code utf8[from, to)} is not of the plain shape and must be tokenized.
     */
    public static long of(byte[] utf8, int from, int to) {
        int i = from;
        while (i < to) {
            if (utf8[i] >= 0 && OPENING[utf8[i]]) {
                i++;
            } else if (isCurly(utf8, i, to, (byte) 0x9C)) {   // “ U+201C
                i += 3;
            } else if (isGuillemet(utf8, i, to, (byte) 0xAB)) {   // « U+00AB
                i += 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < to && isAsciiLetterOrDigit(utf8[i])) {
            i++;
        }
        int end = i;
        if (end == start) {
            return -1;
        }
        if (i + 1 < to && utf8[i] == '\'' && (utf8[i + 1] == 's' || utf8[i + 1] == 'S')) {
            i += 2;
        } else if (i + 3 < to && isCurly(utf8, i, to, (byte) 0x99) && (utf8[i + 3] == 's' || utf8[i + 3] == 'S')) {
            i += 4;   // ’s, U+2019
        }
        boolean possessive = i > end;
        int closingFrom = i;
        while (i < to) {
            if (utf8[i] >= 0 && CLOSING[utf8[i]]) {
                i++;
            } else if (isCurly(utf8, i, to, (byte) 0x9D)) {   // ” U+201D
                i += 3;
            } else if (isGuillemet(utf8, i, to, (byte) 0xBB)) {   // » U+00BB
                i += 2;
            } else {
                return -1;
            }
        }
        if (!possessive && closingFrom < to && utf8[closingFrom] == '.' && keepsItsPeriod(utf8, start, end)) {
            return -1;
        }
        return (long) start << 32 | end;
    }

    /**
     * True for the words ({@code utf8[start, end)}, ASCII letters and digits) whose following period the tokenizer
     * may take into the token, or that begin a link: {@link #of} leaves a chunk to the tokenizer when such a word
     * is followed by a period. Exposed for callers that find a chunk's word themselves.
     */
    public static boolean keepsItsPeriod(byte[] utf8, int start, int end) {
        String lower = new String(utf8, start, end - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return Abbreviations.isAbbreviation(lower) || lower.equals("no") || lower.equals("v") || lower.equals("www")
                || end - start == 1;
    }

    /** The three-byte character E2 80 {@code last} at {@code i}. */
    private static boolean isCurly(byte[] b, int i, int to, byte last) {
        return i + 2 < to && b[i] == (byte) 0xE2 && b[i + 1] == (byte) 0x80 && b[i + 2] == last;
    }

    /** The two-byte character C2 {@code last} (a guillemet) at {@code i}. */
    private static boolean isGuillemet(byte[] b, int i, int to, byte last) {
        return i + 1 < to && b[i] == (byte) 0xC2 && b[i + 1] == last;
    }

    private static boolean isAsciiLetterOrDigit(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
