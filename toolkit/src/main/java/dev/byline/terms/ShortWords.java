package dev.byline.terms;

/**
 * The {@link UnigramScanner}'s memory of plain words of at most eight ASCII letters and digits (nine in ten words of
 * English news text), keyed by the word's bytes packed into a {@code long}: since none of those bytes is zero, the
 * packed value is the word itself, so a look-up compares one {@code long} and reads one cache line, where a
 * {@link ChunkCache} follows its index to an entry and compares the bytes. Holds at most {@code maxCached} words;
 * when full, it starts afresh, as a {@link ChunkCache} does.
 *
 * <pre>{@code
 * long packed = 0; int hash = 0;
 * for (byte b : "talks".getBytes(US_ASCII)) { packed = packed << 8 | b; hash = 31 * hash + b; }
 * long[] t = words.slots;
 * int slot = ShortWords.slotOf(hash, t);   // then probe: t[2 * slot] == packed ? t[2 * slot + 1] : ...
 * }</pre>
 *
 * <p>The scanner probes {@link #slots} itself, written out in its loop: C1, which compiles Byline's commands, does
 * not inline a method of this size, and the call would cost as much as the probe. Not thread-safe: one per scanner.
 */
final class ShortWords {
    /** The longest word kept here, in bytes. */
    static final int MAX_LENGTH = 8;
    /** Slot k: the packed word at {@code 2k} (0 when free) and its value at {@code 2k + 1}; at most half full. */
    long[] slots;
    private int count;
    private final int maxCached;
    /** Slots to start with: 4,096, fewer for a small {@code maxCached} (so that tests fill a table). */
    private final int initialSlots;

    ShortWords(int maxCached) {
        this.maxCached = maxCached;
        this.initialSlots = 2 * Integer.highestOneBit(Math.max(1, Math.min(maxCached, 1 << 11)));
        this.slots = new long[2 * initialSlots];
    }

    /** The first slot to probe for a word with this hash (the scanner's {@code 31 * h + b} over its bytes). */
    static int slotOf(int hash, long[] slots) {
        int m = hash * 0x9E3779B9;
        return (m ^ (m >>> 16)) & ((slots.length >> 1) - 1);
    }

    /**
     * Remembers a word not yet here, given packed with its hash, with its value (anything; the scanner's encoding),
     * starting afresh first if the table is full.
     */
    void put(long packed, int hash, int value) {
        if (count >= maxCached) {
            slots = new long[2 * initialSlots];
            count = 0;
        }
        place(slots, packed, hash, value);
        if (++count * 2 > slots.length >> 1) {
            long[] old = slots;
            long[] grown = new long[old.length * 2];
            for (int k = 0; k < old.length; k += 2) {
                if (old[k] != 0) {
                    place(grown, old[k], hashOf(old[k]), (int) old[k + 1]);
                }
            }
            slots = grown;
        }
    }

    private static void place(long[] t, long packed, int hash, int value) {
        int mask = (t.length >> 1) - 1;
        int slot = slotOf(hash, t);
        while (t[2 * slot] != 0) {
            slot = (slot + 1) & mask;
        }
        t[2 * slot] = packed;
        t[2 * slot + 1] = value;
    }

    /** The scanner's hash of a packed word: its bytes, first to last, skipping the zero bytes of a shorter word. */
    static int hashOf(long packed) {
        int h = 0;
        for (int shift = 8 * (MAX_LENGTH - 1); shift >= 0; shift -= 8) {
            int b = (int) (packed >>> shift) & 0xFF;
            if (b != 0) {
                h = 31 * h + b;
            }
        }
        return h;
    }
}
