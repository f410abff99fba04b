package dev.byline.terms;

import dev.byline.text.PlainWords;

/**
 * How the {@link UnigramScanner} reads UTF-8 bytes: where whitespace is (the chunks between are tokenized
 * independently, see there) and which ASCII bytes a plain chunk ({@link PlainWords}) is made of, as tables looked up
 * once per byte.
 *
 * <pre>{@code
 * int start = ChunkBytes.chunkStart(utf8, i, to);          // past spaces, tabs, no-break spaces, ...
 * boolean ends = ChunkBytes.isWhitespace(utf8, j, to);     // a chunk ends at j
 * (ChunkBytes.PLAIN['a'] & ChunkBytes.LETTER_OR_DIGIT) != 0 // a letter of a plain word
 * }</pre>
 */
final class ChunkBytes {
    /** Byte classes: 0 a byte of a chunk, 1 ASCII whitespace, 2 the first byte of a three-byte character that may be whitespace. */
    static final byte[] CLASS = new byte[256];

    /**
     * The ASCII bytes of a plain chunk ({@link PlainWords}): 1 a letter or digit of its word, 2 a mark that may open
     * it, 4 a mark that may close it.
     */
    static final byte[] PLAIN = new byte[128];
    static final int LETTER_OR_DIGIT = 1;
    static final int OPENS = 2;
    static final int CLOSES = 4;
    /** The characters outside ASCII of Unicode's categories Zs, Zl and Zp: whitespace, but for the no-break spaces. */
    static final int[] SEPARATORS = {0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
        0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000};

    static {
        for (char c = 0; c < 128; c++) {
            CLASS[c] = (byte) (Character.isWhitespace(c) ? 1 : 0);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            PLAIN[c] = (byte) ((letterOrDigit ? LETTER_OR_DIGIT : 0) | (PlainWords.opens(c) ? OPENS : 0)
                    | (PlainWords.closes(c) ? CLOSES : 0));
        }
        // every whitespace character outside ASCII is three bytes from E1-E3 (U+1680, U+2000-U+205F, U+3000); only
        // Unicode's space, line and paragraph separators can be, and only they are tried (a test of every character
        // ran, interpreted, for milliseconds at every start; ChunkBytesTest checks that no other one is whitespace)
        for (int cp : SEPARATORS) {
            if (Character.isWhitespace(cp)) {
                CLASS[0xE0 | cp >>> 12] = 2;
            }
        }
    }

    /** Where the next chunk starts: {@code i} past any whitespace, or {@code to}. */
    static int chunkStart(byte[] raw, int i, int to) {
        byte[] classes = CLASS;
        while (i < to) {
            int c = classes[raw[i] & 0xFF];
            if (c == 0 || c == 2 && !whitespaceAt(raw, i, to)) {
                break;
            }
            i += c == 1 ? 1 : 3;
        }
        return i;
    }

    /** True if the three-byte character E2 80 {@code last} (a curly quotation mark) is at {@code i}. */
    static boolean isQuote(byte[] raw, int i, int to, byte last) {
        return i + 2 < to && raw[i + 1] == (byte) 0x80 && raw[i + 2] == last;
    }

    /** True if the three-byte character at {@code i} is whitespace. */
    static boolean whitespaceAt(byte[] raw, int i, int to) {
        return i + 2 < to && Character.isWhitespace((raw[i] & 0x0F) << 12 | (raw[i + 1] & 0x3F) << 6 | raw[i + 2] & 0x3F);
    }

    /** True if a whitespace character starts at {@code i}. */
    static boolean isWhitespace(byte[] raw, int i, int to) {
        int c = CLASS[raw[i] & 0xFF];
        return c == 1 || c == 2 && whitespaceAt(raw, i, to);
    }

    private ChunkBytes() {
    }
}
