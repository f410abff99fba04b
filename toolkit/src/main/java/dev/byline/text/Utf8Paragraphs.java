package dev.byline.text;

/**
 * The body paragraphs of plain-text documents given as UTF-8 bytes, found without decoding the bytes into a
 * String: exactly the paragraphs {@link Document#layout()} gives for the decoded text, as byte ranges. For
 * passes that only count words over very many files. Holds buffers reused from document to document: one
 * instance per thread.
 *
 * <pre>{@code
 * Utf8Paragraphs body = new Utf8Paragraphs();
 * if (body.read(bytes, 0, length)) {
 *     for (int k = 0; k < body.count(); k++) {
 *         count(bytes, body.ranges()[2 * k], body.ranges()[2 * k + 1]);
 *     }
 * }   // else: decode the text and use Document.of(...).paragraphs()
 * }</pre>
 */
public final class Utf8Paragraphs {
    private final Utf8Lines lines = new Utf8Lines();
    private int[] ranges = new int[0];
    private int[] withTitle = new int[0];
    private int count;

    /**
     * Reads the body of the plain-text document {@code bytes[from, to)} (no byte-order mark). False when the
     * bytes must be decoded and read as a {@link Document} instead: not strictly UTF-8, a line trimmed of a
     * blank character outside ASCII, or no body paragraph at all.
     */
    public boolean read(byte[] bytes, int from, int to) {
        return read(bytes, from, to, Parts.BODY);
    }

    /**
     * {@link #read(byte[], int, int)}, and with {@link Parts#TITLE_AND_BODY} the title line's byte range first among
     * the ranges when the text has one: read as a paragraph of its own, as {@link Document#headline()} is.
     */
    public boolean read(byte[] bytes, int from, int to, Parts parts) {
        return read(bytes, from, to, parts, 0);
    }

    /**
     * {@link #read(byte[], int, int, Parts)}, and false too if a NUL byte stands among the first {@code sniff} bytes
     * from {@code from} (a binary file's sign: the caller reads it as a document, which reports it), looked for in the
     * pass that checks the UTF-8 and finds the lines rather than in one of its own.
     */
    public boolean read(byte[] bytes, int from, int to, Parts parts, int sniff) {
        LayoutDetector.Found found = LayoutDetector.bodyOfUtf8(bytes, from, to, lines, from + Math.min(sniff, to - from));
        if (found == null || found.paragraphCount == 0) {
            count = 0;
            return false;
        }
        if (parts.includesTitle() && found.titleStart >= 0) {
            int n = 2 * found.paragraphCount;
            if (withTitle.length < n + 2) {
                withTitle = new int[Math.max(n + 2, 2 * withTitle.length)];
            }
            withTitle[0] = found.titleStart;
            withTitle[1] = found.titleEnd;
            System.arraycopy(found.paragraphs, 0, withTitle, 2, n);
            ranges = withTitle;
            count = found.paragraphCount + 1;
        } else {
            ranges = found.paragraphs;
            count = found.paragraphCount;
        }
        return true;
    }

    /** The {@code [start, end)} byte offsets of the paragraphs of the latest {@link #read}, in pairs (valid until the next read). */
    public int[] ranges() {
        return ranges;
    }

    /** The number of paragraphs the latest {@link #read} found. */
    public int count() {
        return count;
    }
}
