package dev.byline.text;

/**
 * The lines of one document seen so far, compared as {@link LayoutDetector#key} compares them (stripped,
 * runs of {@code \s} made one space, lower-cased), without building that key for every line.
 *
 * <p>Each line is hashed by the first {@value #HASHED} characters of its key, produced character by character;
 * only lines whose hashes match are compared key to key, so the answer is exact, and a long paragraph costs
 * no more to hash than a short one. Lines that share their first {@value #HASHED} characters (paragraphs that open
 * alike, as {@code “…,” he said.} transcripts do) are told apart by the hash of their whole key, made once per
 * line, so such a document costs linear time, not a comparison of every such line with every other. {@code String.toLowerCase(Locale.ROOT)} maps a character
 * on its own except for two: {@code İ} (U+0130, to two characters) and {@code Σ} (U+03A3, final sigma
 * depends on the neighbours). A line holding either is hashed from its real key instead.
 */
final class LineSet {
    /** How many characters of the key go into the hash. */
    static final int HASHED = 32;
    private final Lines lines;
    // open addressing: slot k holds line lineOf[k] with hash hashes[k]; lineOf[k] == -1 when free
    private final long[] hashes;
    private final int[] lineOf;
    private final int mask;
    // per line, the hash of its whole key once made: (1 << 32) | String.hashCode of the key; 0 when not made yet
    private final long[] wholeKey;

    /** A set for the lines of {@code lines}, in storage the lines keep for the next document. */
    LineSet(Lines lines) {
        this.lines = lines;
        int slots = Integer.highestOneBit(Math.max(4, lines.count) * 2 - 1) << 1;
        if (lines.setHashes.length < slots) {
            lines.setHashes = new long[slots];
            lines.setLines = new int[slots];
        }
        hashes = lines.setHashes;
        lineOf = lines.setLines;
        java.util.Arrays.fill(lineOf, 0, slots, -1);
        mask = slots - 1;
        if (lines.setKeys.length < lines.count) {
            lines.setKeys = new long[Math.max(lines.count, lines.setKeys.length * 2)];
        }
        wholeKey = lines.setKeys;
        java.util.Arrays.fill(wholeKey, 0, lines.count, 0L);
    }

    /** Adds the non-blank line {@code line}; false if an equal line was added before. */
    boolean add(int line) {
        long h = lines.keyHash(line);
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (lineOf[slot] >= 0) {
            if (hashes[slot] == h && sameKey(lineOf[slot], line)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = h;
        lineOf[slot] = line;
        return true;
    }

    private boolean sameKey(int a, int b) {
        return wholeKeyHash(a) == wholeKeyHash(b) && LayoutDetector.key(lines.text(a)).equals(LayoutDetector.key(lines.text(b)));
    }

    private long wholeKeyHash(int line) {
        long h = wholeKey[line];
        if (h == 0) {
            h = 1L << 32 | (LayoutDetector.key(lines.text(line)).hashCode() & 0xFFFFFFFFL);
            wholeKey[line] = h;
        }
        return h;
    }

    /** The characters of the regex class {@code \s}, whose runs the key collapses. */
    static boolean isKeySpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
