package dev.byline.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The lines of UTF-8 bytes, or {@code null} from {@link #of} when the bytes are not strictly UTF-8 or a
 * line ends in a blank character outside ASCII (no-break space, zero-width space): then the caller
 * decodes the file and reads it as a String, which reports or handles those.
 */
final class Utf8Lines extends Lines {
    private static final boolean[] ASCII_BLANK = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_BLANK[c] = isBlankChar(c);
        }
    }

    private byte[] bytes;

    /** Lines of {@code bytes[from, to)}, reusing {@code reuse}'s arrays if given; null if the bytes need the String path. */
    static Utf8Lines of(byte[] bytes, int from, int to, Utf8Lines reuse) {
        return of(bytes, from, to, reuse, from);
    }

    /**
     * {@link #of(byte[], int, int, Utf8Lines)}, and null too if a NUL byte stands before {@code nulUntil} (a binary
     * file's sign), looked for in the same pass.
     */
    static Utf8Lines of(byte[] bytes, int from, int to, Utf8Lines reuse, int nulUntil) {
        Utf8Lines lines = reuse == null ? new Utf8Lines() : reuse;
        lines.bytes = bytes;
        lines.count = 0;
        int i = from;
        while (true) {
            int lineStart = i;
            int extra = 0;   // bytes beyond one per char
            while (i < to) {
                if (i <= to - 8 && plainAscii((long) EIGHT.get(bytes, i))) {
                    i += 8;   // eight bytes at once that are none of a line's end, a NUL or a sequence's
                    continue;
                }
                byte b = bytes[i];
                if (b >= 0) {
                    if (b <= '\n') {
                        if (b == '\n') {
                            break;
                        }
                        if (b == 0 && i < nulUntil) {
                            return null;
                        }
                    }
                    i++;
                    continue;
                }
                int n = sequence(bytes, i, to);
                if (n == 0) {
                    return null;
                }
                extra += n == 4 ? 2 : n - 1;
                i += n;
            }
            int s = lineStart;
            int e = i;
            while (s < e && bytes[s] >= 0 && ASCII_BLANK[bytes[s]]) {
                s++;
            }
            while (e > s && bytes[e - 1] >= 0 && ASCII_BLANK[bytes[e - 1]]) {
                e--;
            }
            if (s < e && (bytes[s] < 0 && isBlankChar(codePointAt(bytes, s)) || bytes[e - 1] < 0 && isBlankChar(codePointBefore(bytes, e)))) {
                return null;
            }
            lines.add(s, e, e - s - extra, s - lineStart);   // only ASCII blanks were trimmed: bytes are chars
            if (i >= to) {
                return lines;
            }
            i++;   // the \n
        }
    }

    /** Eight bytes of an array read as one long (C1 compiles this to a plain load, as it does an array's). */
    private static final VarHandle EIGHT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * True if each of the eight bytes of {@code w} is ASCII from 0x0B up: none is a line feed, a NUL (0x00 to
     * 0x0A are the only bytes below) or part of a multi-byte sequence. A byte below 0x0B borrows in the subtraction
     * and sets its top bit (a borrow only carries into the bytes above it, so a zero is exact); a byte from 0x80 up
     * has its top bit set already.
     */
    static boolean plainAscii(long w) {
        return ((w - 0x0B0B0B0B0B0B0B0BL | w) & 0x8080808080808080L) == 0;
    }

    /**
     * The length of the well-formed UTF-8 sequence at {@code i} whose first byte is not ASCII, or 0 if it is
     * malformed (overlong, a surrogate, above U+10FFFF, cut short): exactly what a strict decoder rejects.
     */
    static int sequence(byte[] b, int i, int to) {
        int lead = b[i] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return i + 1 < to && continuation(b[i + 1]) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            if (i + 2 >= to || !continuation(b[i + 1]) || !continuation(b[i + 2])) {
                return 0;
            }
            int second = b[i + 1] & 0xFF;
            return lead == 0xE0 && second < 0xA0 || lead == 0xED && second > 0x9F ? 0 : 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            if (i + 3 >= to || !continuation(b[i + 1]) || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
                return 0;
            }
            int second = b[i + 1] & 0xFF;
            return lead == 0xF0 && second < 0x90 || lead == 0xF4 && second > 0x8F ? 0 : 4;
        }
        return 0;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** The code point of the well-formed sequence starting at {@code i}. */
    static int codePointAt(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        if (lead < 0x80) {
            return lead;
        }
        if (lead < 0xE0) {
            return (lead & 0x1F) << 6 | b[i + 1] & 0x3F;
        }
        if (lead < 0xF0) {
            return (lead & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
        }
        return (lead & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
    }

    /** The code point of the well-formed sequence ending just before {@code end}. */
    static int codePointBefore(byte[] b, int end) {
        int i = end - 1;
        while ((b[i] & 0xC0) == 0x80) {
            i--;
        }
        return codePointAt(b, i);
    }

    @Override
    String text(int line) {
        return new String(bytes, starts[line], ends[line] - starts[line], StandardCharsets.UTF_8);
    }

    @Override
    int offset(int line, int k) {
        int i = starts[line];
        for (int c = 0; c < k; ) {
            int lead = bytes[i] & 0xFF;
            int n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            c += n == 4 ? 2 : 1;
            i += n;
        }
        return i;
    }

    @Override
    int firstAscii(int line) {
        byte b = bytes[starts[line]];
        return b >= 0 ? b : -1;
    }

    @Override
    int firstCodePoint(int line) {
        return codePointAt(bytes, starts[line]);
    }

    @Override
    int secondAscii(int line) {
        byte b = bytes[starts[line] + 1];   // the first char is one byte
        return b >= 0 ? b : -1;
    }

    @Override
    boolean asciiWordCharAt(int line, int k) {
        int start = starts[line];
        if (k >= ends[line] - start) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            if (bytes[start + j] < 0) {
                return false;
            }
        }
        return isAsciiWordChar(bytes[start + k]);
    }

    @Override
    boolean mayStartWith(int line, String prefix) {
        if (chars[line] < prefix.length()) {
            return false;
        }
        int i = starts[line];
        for (int k = 0; k < prefix.length(); k++) {
            char p = prefix.charAt(k);
            byte b = bytes[i];
            if (b >= 0 && p < 128) {   // ASCII against ASCII: only letters fold, and only to each other
                if (b != p && !((p | 0x20) >= 'a' && (p | 0x20) <= 'z' && (b | 0x20) == (p | 0x20))) {
                    return false;
                }
                i++;
                continue;
            }
            int c = codePointAt(bytes, i);
            if (c >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                return true;   // a surrogate pair: let the String decide
            }
            i += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (!sameIgnoringCase((char) c, p)) {
                return false;
            }
        }
        return true;
    }

    /** The comparison of {@code String.regionMatches(true, ...)}, one char against one char. */
    private static boolean sameIgnoringCase(char a, char b) {
        if (a == b) {
            return true;
        }
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }

    @Override
    String prefix(int line, int chars) {
        int end = Math.min(ends[line], starts[line] + 4 * chars);   // four bytes hold any char
        return new String(bytes, starts[line], end - starts[line], StandardCharsets.UTF_8);
    }

    @Override
    String suffix(int line, int chars) {
        int from = ends[line];
        for (int n = 0; n < chars && from > starts[line]; n++) {
            from--;
            while (from > starts[line] && (bytes[from] & 0xC0) == 0x80) {
                from--;   // back to the sequence's first byte
            }
        }
        return new String(bytes, from, ends[line] - from, StandardCharsets.UTF_8);
    }

    @Override
    long keyHash(int line) {
        // the usual line, ASCII as far as the hash reads: one loop, no call per byte (as Lines.OfString's)
        byte[] b = bytes;
        long h = 1;
        int produced = 0;
        boolean inSpace = false;
        for (int i = starts[line], end = ends[line]; i < end && produced < LineSet.HASHED; i++) {
            int c = b[i];
            if (c < 0) {
                // the marks of news text (“ ” ‘ ’ — « »: U+0080-U+00BF, U+2000-U+207F) have no case and are no \s:
                // hashed as themselves, as keyHashOfCodePoints would, here; any other character goes there
                if (c == (byte) 0xC2 && i + 1 < end) {
                    c = b[++i] & 0x3F | 0x80;
                } else if (c == (byte) 0xE2 && i + 2 < end && (b[i + 1] & 0xFE) == 0x80) {
                    c = 0x2000 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
                    i += 2;
                } else {
                    return keyHashOfCodePoints(line);
                }
                inSpace = false;
                h = h * KeyHash.PRIME + c;
                produced++;
                continue;
            }
            if (c <= ' ' && LineSet.isKeySpace(c)) {
                if (!inSpace) {
                    h = h * KeyHash.PRIME + ' ';
                    produced++;
                }
                inSpace = true;
            } else {
                inSpace = false;
                h = h * KeyHash.PRIME + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                produced++;
            }
        }
        return KeyHash.mix(h);
    }

    /** {@link #keyHash} fed code point by code point, for a line with a character outside ASCII. */
    private long keyHashOfCodePoints(int line) {
        KeyHash h = hasher.reset();
        for (int i = starts[line]; i < ends[line] && !h.full(); ) {
            byte b = bytes[i];
            int cp;
            if (b >= 0) {
                cp = b;
                i++;
            } else {
                cp = codePointAt(bytes, i);
                i += cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            }
            if (!h.add(cp)) {
                return KeyHash.of(LayoutDetector.key(text(line)));
            }
        }
        return h.value();
    }
}
