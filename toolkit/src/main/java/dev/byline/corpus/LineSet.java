package dev.byline.corpus;

/**
 * The lines of one document seen so far, compared as {@link LayoutDetector#key} compares them (stripped,
 * runs of {@code \s} made one space, lower-cased), without building that key for every line.
 *
 * <p>Each line is hashed by the first {@value #HASHED} characters of its key, produced character by character;
 * only lines whose hashes match are compared key to key, so the answer is exact, and a long paragraph costs
 * no more to hash than a short one. {@code String.toLowerCase(Locale.ROOT)} maps a character
 * on its own except for two: {@code İ} (U+0130, to two characters) and {@code Σ} (U+03A3, final sigma
 * depends on the neighbours). A line holding either is hashed from its real key instead.
 */
final class LineSet {
    /** How many characters of the key go into the hash. */
    static final int HASHED = 32;
    private final String raw;
    // open addressing: slot k holds the line [starts[k], ends[k]) with hash hashes[k]; ends[k] == 0 when free
    private final long[] hashes;
    private final int[] starts;
    private final int[] ends;
    private final int mask;

    /** A set for at most {@code lines} lines of {@code raw}. */
    LineSet(String raw, int lines) {
        this.raw = raw;
        int slots = Integer.highestOneBit(Math.max(4, lines) * 2 - 1) << 1;
        hashes = new long[slots];
        starts = new int[slots];
        ends = new int[slots];
        mask = slots - 1;
    }

    /** Adds the non-blank, trimmed line {@code [start, end)}; false if an equal line was added before. */
    boolean add(int start, int end) {
        long h = hash(start, end);
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (ends[slot] != 0) {
            if (hashes[slot] == h && sameKey(starts[slot], ends[slot], start, end)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = h;
        starts[slot] = start;
        ends[slot] = end;
        return true;
    }

    private boolean sameKey(int s1, int e1, int s2, int e2) {
        return LayoutDetector.key(raw.substring(s1, e1)).equals(LayoutDetector.key(raw.substring(s2, e2)));
    }

    private long hash(int start, int end) {
        long h = 1;
        int produced = 0;
        boolean inSpace = false;
        for (int k = start; k < end && produced < HASHED; ) {
            char c = raw.charAt(k);
            if (c < 128) {   // the usual case, without the Unicode tables
                k++;
                if (isKeySpace(c)) {
                    if (!inSpace) {
                        h = step(h, ' ');
                        produced++;
                    }
                    inSpace = true;
                } else {
                    inSpace = false;
                    h = step(h, c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                    produced++;
                }
                continue;
            }
            int cp = raw.codePointAt(k);
            k += Character.charCount(cp);
            if (cp == 0x130 || cp == 0x3A3) {
                return hashOf(LayoutDetector.key(raw.substring(start, end)));
            }
            if (isKeySpace(cp)) {
                if (!inSpace) {
                    h = step(h, ' ');
                    produced++;
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            int lower = Character.toLowerCase(cp);
            if (lower < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                h = step(h, lower);
                produced++;
            } else {
                h = step(h, Character.highSurrogate(lower));
                if (++produced < HASHED) {
                    h = step(h, Character.lowSurrogate(lower));
                    produced++;
                }
            }
        }
        return mix(h);
    }

    private static long hashOf(String key) {
        long h = 1;
        for (int k = 0; k < Math.min(HASHED, key.length()); k++) {
            h = step(h, key.charAt(k));
        }
        return mix(h);
    }

    private static long step(long h, int c) {
        return h * 0x100000001B3L + c;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }

    /** The characters of the regex class {@code \s}, whose runs the key collapses. */
    static boolean isKeySpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
