package dev.byline.terms;

import java.util.Arrays;

/**
 * What each distinct chunk of text (a whitespace-separated run of UTF-8 bytes, such as {@code said.”})
 * counts as: no term, one term id, or several. The {@link UnigramScanner}'s memory of the tokenizer's
 * answers, looked up once per chunk of every document, so laid out for that: the chunk's hash and
 * length and first sixteen bytes are compared without following a pointer, and the common chunks sit
 * together. Holds at most {@code maxCached} chunks; when full, it starts afresh (common chunks are back
 * within a few documents), so memory stays flat however many distinct chunks a corpus has.
 *
 * <p>Not thread-safe: one per scanner.
 */
final class ChunkCache {
    /** A value: the chunk has no term. */
    static final int NONE = -1;
    /** The answer of {@link #lookup} for a chunk not remembered. */
    static final int ABSENT = Integer.MIN_VALUE;
    private static final int MANY = -2;
    private static final int INITIAL_SLOTS = 1 << 14;

    // Entries are kept in the order first seen, so the common chunks (met in the first documents)
    // sit together at the front and stay in the processor's cache: entry e is entries[4e..4e+3] = {hash, length,
    // value, offset in slab of the bytes after the sixteenth} with its first sixteen bytes at keys[16e..]. value is
    // a term id, NONE for a chunk without terms, or MANY - i for the i-th entry of many[]. The index finds them:
    // open addressing, slot = (tag << ENTRY_BITS) | (e + 1), 0 when free, the tag being high bits of the hash so
    // that most slots of other chunks are passed over without reading their entry.
    private static final int ENTRY = 4;
    private static final int INLINE = 16;
    private static final int ENTRY_BITS = 19;
    private static final int ENTRY_MASK = (1 << ENTRY_BITS) - 1;
    private int[] index = new int[INITIAL_SLOTS];
    private int[] entries = new int[ENTRY * INITIAL_SLOTS / 2];
    private byte[] keys = new byte[INLINE * INITIAL_SLOTS / 2];
    private byte[] slab = new byte[1 << 16];
    private int slabUsed;
    private int[][] many = new int[64][];
    private int manyUsed;
    private int cached;

    private final int maxCached;

    ChunkCache(int maxCached) {
        this.maxCached = maxCached;
    }

    /** The cached value of the chunk {@code raw[start, start + length)} with this hash, or {@link #ABSENT}. */
    int lookup(byte[] raw, int start, int length, int hash) {
        int[] slots = index;
        int mask = slots.length - 1;
        int mixed = mix(hash);
        int slot = mixed & mask;
        int tag = mixed >>> ENTRY_BITS;
        while (true) {
            int v = slots[slot];
            if (v == 0) {
                return ABSENT;
            }
            slot = (slot + 1) & mask;
            if (v >>> ENTRY_BITS != tag) {
                continue;
            }
            int e = (v & ENTRY_MASK) - 1;
            int at = e * ENTRY;
            int[] t = entries;
            if (t[at] != hash || t[at + 1] != length) {
                continue;
            }
            // the bytes, compared in plain loops: chunks are short, and C1 does not make Arrays.equals an intrinsic
            byte[] head = keys;
            int inlineAt = e * INLINE;
            int n = length < INLINE ? length : INLINE;
            int k = 0;
            while (k < n && head[inlineAt + k] == raw[start + k]) {
                k++;
            }
            if (k < n) {
                continue;
            }
            byte[] rest = slab;
            int restAt = t[at + 3] - INLINE;
            while (k < length && rest[restAt + k] == raw[start + k]) {
                k++;
            }
            if (k == length) {
                return t[at + 2];
            }
        }
    }

    /** The term ids of a value that is neither a single term id nor {@link #NONE}. */
    int[] many(int value) {
        return many[MANY - value];
    }

    /** The hash of {@code raw[from, to)}, as the scanner computes it while it finds a chunk's end. */
    static int hashOf(byte[] raw, int from, int to) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + raw[k];
        }
        return hash;
    }

    private void forget() {
        index = new int[INITIAL_SLOTS];
        entries = new int[ENTRY * INITIAL_SLOTS / 2];
        keys = new byte[INLINE * INITIAL_SLOTS / 2];
        slab = new byte[1 << 16];
        slabUsed = 0;
        many = new int[64][];
        manyUsed = 0;
        cached = 0;
    }

    /** Remembers a chunk not in the cache (starting the cache afresh first if it is full). */
    void insert(int hash, byte[] raw, int start, int length, int[] terms) {
        if (cached >= maxCached) {
            forget();
        }
        int value;
        if (terms.length == 0) {
            value = NONE;
        } else if (terms.length == 1) {
            value = terms[0];
        } else {
            if (manyUsed == many.length) {
                many = Arrays.copyOf(many, manyUsed * 2);
            }
            many[manyUsed] = terms;
            value = MANY - manyUsed++;
        }
        put(hash, raw, start, length, value);
    }

    /**
     * Remembers a chunk not in the cache with a value of the caller's own encoding (anything but {@link #ABSENT}),
     * starting the cache afresh first if it is full. A cache holds values of one encoding only: {@link #many} reads
     * those of {@link #insert}.
     */
    void insertValue(int hash, byte[] raw, int start, int length, int value) {
        if (cached >= maxCached) {
            forget();
        }
        put(hash, raw, start, length, value);
    }

    private void put(int hash, byte[] raw, int start, int length, int value) {
        int mixed = mix(hash);
        int mask = index.length - 1;
        int slot = mixed & mask;
        while (index[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        int tag = mixed >>> ENTRY_BITS;
        int rest = Math.max(0, length - INLINE);
        if (rest > 0) {
            if (slabUsed + rest > slab.length) {
                slab = Arrays.copyOf(slab, Math.max(slab.length * 2, slabUsed + rest));
            }
            System.arraycopy(raw, start + INLINE, slab, slabUsed, rest);
        }
        int e = cached;
        if ((e + 1) * ENTRY > entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        int at = e * ENTRY;
        entries[at] = hash;
        entries[at + 1] = length;
        entries[at + 2] = value;
        entries[at + 3] = slabUsed;
        System.arraycopy(raw, start, keys, e * INLINE, Math.min(length, INLINE));
        slabUsed += rest;
        index[slot] = tag << ENTRY_BITS | (e + 1);
        if (++cached * 2 > index.length) {
            grow();
        }
    }

    /** Doubles the index; the entries stay where they are. */
    private void grow() {
        int[] old = index;
        int[] grown = new int[old.length * 2];
        int mask = grown.length - 1;
        for (int v : old) {
            if (v != 0) {
                int mixed = mix(entries[((v & ENTRY_MASK) - 1) * ENTRY]);
                int slot = mixed & mask;
                while (grown[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                grown[slot] = (mixed >>> ENTRY_BITS) << ENTRY_BITS | (v & ENTRY_MASK);
            }
        }
        index = grown;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

}
