package dev.byline.text;

/**
 * A document's lines as {@link LayoutDetector} reads them: split at {@code \n}, each trimmed of blank
 * characters, with its length in chars. They come from the document's String ({@link OfString}), or straight
 * from the UTF-8 bytes of a file ({@link Utf8Lines}), so that counting terms over an archive need not decode every
 * file into a String: the layout rules are written once, against this class, and give the same answer on both.
 *
 * <p>Offsets ({@link #start}, {@link #end}, {@link #offset}) are in the source's units: chars of the
 * String, bytes of the array.
 */
abstract sealed class Lines permits Lines.OfString, Utf8Lines {
    int count;
    int[] starts = new int[64];
    int[] ends = new int[64];
    /** Each trimmed line's length in chars (UTF-16 code units), whatever the source. */
    int[] chars = new int[64];
    /** The blank characters trimmed from each line's start: its indentation. */
    int[] indents = new int[64];

    final int start(int line) {
        return starts[line];
    }

    final int end(int line) {
        return ends[line];
    }

    /** How many blank characters the line begins with (before trimming). */
    final int indent(int line) {
        return indents[line];
    }

    final boolean blank(int line) {
        return starts[line] == ends[line];
    }

    /** The trimmed line, as a String. */
    abstract String text(int line);

    /** The source offset of char {@code k} of the trimmed line's text. */
    abstract int offset(int line, int k);

    /** The first char of a non-blank line if it is ASCII, else -1. */
    abstract int firstAscii(int line);

    /** The first code point of a non-blank line. */
    abstract int firstCodePoint(int line);

    /** The second char of a line of two chars or more whose first char is ASCII, if it is ASCII, else -1. */
    abstract int secondAscii(int line);

    /**
     * True if the trimmed line's first {@code k + 1} chars are ASCII and char {@code k} is a letter, a digit or
     * {@code _} (a word character to every definition a pattern has); false otherwise, also when not sure.
     */
    abstract boolean asciiWordCharAt(int line, int k);

    static boolean isAsciiWordChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * False only if the trimmed line cannot begin with {@code prefix} ignoring case, as
     * {@code text(line).regionMatches(true, 0, prefix, 0, prefix.length())} would decide.
     */
    abstract boolean mayStartWith(int line, String prefix);

    /** The hash of the first {@value LineSet#HASHED} chars of the line's {@link LayoutDetector#key key}. */
    abstract long keyHash(int line);

    /** At least the first {@code chars} chars of the trimmed line (all of it if shorter), as a String. */
    abstract String prefix(int line, int chars);

    /** The last {@code chars} chars of the trimmed line (all of it if shorter), as a String. */
    abstract String suffix(int line, int chars);

    /** Reused by {@link #keyHash}: a document has many lines. */
    final KeyHash hasher = new KeyHash();

    /** Storage for the {@link LineSet} of these lines, reused from document to document. */
    long[] setHashes = new long[0];
    int[] setLines = new int[0];
    long[] setKeys = new long[0];

    final void add(int start, int end, int length, int indent) {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
            chars = java.util.Arrays.copyOf(chars, count * 2);
            indents = java.util.Arrays.copyOf(indents, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        chars[count] = length;
        indents[count] = indent;
        count++;
    }

    /** What trimming removes from both ends of a line. */
    static boolean isBlankChar(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** The lines of a String. */
    static final class OfString extends Lines {
        private final String raw;

        OfString(String raw) {
            this.raw = raw;
            int start = 0;
            int n = raw.length();
            while (start <= n) {
                int nl = raw.indexOf('\n', start);
                int end = nl < 0 ? n : nl;
                int s = start;
                int e = end;
                while (s < e && isBlankChar(raw.charAt(s))) {
                    s++;
                }
                while (e > s && isBlankChar(raw.charAt(e - 1))) {
                    e--;
                }
                add(s, e, e - s, s - start);
                if (nl < 0) {
                    break;
                }
                start = nl + 1;
            }
        }

        @Override
        String text(int line) {
            return raw.substring(starts[line], ends[line]);
        }

        @Override
        int offset(int line, int k) {
            return starts[line] + k;
        }

        @Override
        int firstAscii(int line) {
            char c = raw.charAt(starts[line]);
            return c < 128 ? c : -1;
        }

        @Override
        int firstCodePoint(int line) {
            return raw.codePointAt(starts[line]);
        }

        @Override
        int secondAscii(int line) {
            char c = raw.charAt(starts[line] + 1);
            return c < 128 ? c : -1;
        }

        @Override
        boolean asciiWordCharAt(int line, int k) {
            int start = starts[line];
            if (k >= ends[line] - start) {
                return false;
            }
            for (int j = 0; j < k; j++) {
                if (raw.charAt(start + j) >= 128) {
                    return false;
                }
            }
            return isAsciiWordChar(raw.charAt(start + k));
        }

        @Override
        boolean mayStartWith(int line, String prefix) {
            int n = prefix.length();
            if (chars[line] < n) {
                return false;
            }
            // ASCII against ASCII, the usual case, in one loop: only letters fold, and only to each other
            int start = starts[line];
            for (int k = 0; k < n; k++) {
                char c = raw.charAt(start + k);
                char p = prefix.charAt(k);
                if (c >= 128 || p >= 128) {
                    return raw.regionMatches(true, start + k, prefix, k, n - k);
                }
                if (c != p && !((p | 0x20) >= 'a' && (p | 0x20) <= 'z' && (c | 0x20) == (p | 0x20))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        String prefix(int line, int chars) {
            return raw.substring(starts[line], Math.min(ends[line], starts[line] + chars));
        }

        @Override
        String suffix(int line, int chars) {
            int from = Math.max(starts[line], ends[line] - chars);
            if (from > starts[line] && Character.isLowSurrogate(raw.charAt(from))) {
                from--;
            }
            return raw.substring(from, ends[line]);
        }

        @Override
        long keyHash(int line) {
            // the usual line, ASCII as far as the hash reads: one loop, no call per character
            long h = 1;
            int produced = 0;
            boolean inSpace = false;
            for (int k = starts[line], end = ends[line]; k < end && produced < LineSet.HASHED; k++) {
                char c = raw.charAt(k);
                if (c >= 128) {
                    return keyHashOfCodePoints(line);
                }
                if (LineSet.isKeySpace(c)) {
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
            for (int k = starts[line]; k < ends[line] && !h.full(); ) {
                int cp = raw.codePointAt(k);
                k += Character.charCount(cp);
                if (!h.add(cp)) {
                    return KeyHash.of(LayoutDetector.key(text(line)));
                }
            }
            return h.value();
        }
    }

    /**
     * The hash of a key's first {@value LineSet#HASHED} chars, fed one code point at a time as the key's
     * characters would come (runs of {@code \s} one space, lower-cased).
     */
    static final class KeyHash {
        private long h = 1;
        private int produced;
        private boolean inSpace;

        KeyHash reset() {
            h = 1;
            produced = 0;
            inSpace = false;
            return this;
        }

        boolean full() {
            return produced >= LineSet.HASHED;
        }

        /**
         * Adds a code point of the trimmed line; false for the two that {@code String.toLowerCase} maps by
         * context or into two chars ({@code İ}, {@code Σ}): then hash the real key with {@link #of}.
         */
        boolean add(int cp) {
            if (cp < 128) {
                if (LineSet.isKeySpace(cp)) {
                    if (!inSpace) {
                        step(' ');
                    }
                    inSpace = true;
                } else {
                    inSpace = false;
                    step(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
                }
                return true;
            }
            if (cp == 0x130 || cp == 0x3A3) {
                return false;
            }
            inSpace = false;
            int lower = Character.toLowerCase(cp);
            if (lower < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                step(lower);
            } else {
                step(Character.highSurrogate(lower));
                if (!full()) {
                    step(Character.lowSurrogate(lower));
                }
            }
            return true;
        }

        /** The multiplier of each step. */
        static final long PRIME = 0x100000001B3L;

        private void step(int c) {
            h = h * PRIME + c;
            produced++;
        }

        long value() {
            return mix(h);
        }

        static long of(String key) {
            KeyHash k = new KeyHash();
            for (int i = 0; i < Math.min(LineSet.HASHED, key.length()); i++) {
                k.step(key.charAt(i));
            }
            return k.value();
        }

        static long mix(long h) {
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            return h ^ (h >>> 33);
        }
    }
}
