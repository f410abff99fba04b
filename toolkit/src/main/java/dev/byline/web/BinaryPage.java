package dev.byline.web;

import java.util.Locale;

/**
 * Tells a file of binary data saved under a page's name (random bytes, an image, a PDF, a gzipped page not named
 * {@code .gz}) from a page of text, so it is refused with one line rather than read as a page of garbage words. The
 * test is made on the text as decoded ({@link PageCharset}), so a UTF-16 page (a byte-order mark, or a UTF-16
 * declaration) is text like any other: HTML has no place for control characters other than tab and the line ends,
 * and binary data decoded as windows-1252 or UTF-8 is full of them (about one character in nine).
 *
 * <pre>{@code
 * BinaryPage.problem(bytes, PageCharset.decode(bytes, null).text());   // null for a page, else the one-line problem
 * }</pre>
 */
final class BinaryPage {
    /** How much of the decoded text is looked at. */
    static final int SAMPLE_CHARS = 8192;
    /** The share of control characters (and undecodable bytes) in the sample above which the file is binary. */
    static final double MAX_CONTROL_SHARE = 0.02;

    private BinaryPage() {
    }

    /** Null when {@code text} (the page's bytes decoded) reads as text; else one line saying the file is binary. */
    static String problem(byte[] bytes, String text) {
        int n = Math.min(text.length(), SAMPLE_CHARS);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f || c == '\ufffd') {
                control++;
            }
        }
        if (n == 0 || control <= MAX_CONTROL_SHARE * n) {
            return null;
        }
        String what = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b
                ? " (it is gzipped: name it .gz to have it read)"
                : bytes.length >= 5 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")
                ? " (it is a PDF)" : "";
        return String.format(Locale.ROOT, "not a web page: binary data, not text%s; %d of its first %,d characters are control"
                + " characters", what, control, n);
    }
}
