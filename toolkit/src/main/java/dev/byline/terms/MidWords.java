package dev.byline.terms;

/**
 * The {@link UnigramScanner}'s memory of plain words of nine to sixteen ASCII letters and digits (most of the words
 * {@link ShortWords} cannot hold: "government", "negotiations"), keyed by the word's bytes packed into two
 * {@code long}s as {@link ShortWords} packs a word: the bytes before the last eight, and the last eight. None of the bytes is zero, so the pair is the
 * word itself (its length too), and a look-up compares two {@code long}s in one slot of 24 bytes, where a
 * {@link ChunkCache} follows its index to an entry and then to the bytes: one cache line to wait for instead of three.
 * Holds at most {@code maxCached} words; when full, it starts afresh, as the other caches do. Not thread-safe: one
 * per scanner.
 */
final class MidWords {
    /** The shortest and the longest word kept here, in bytes. */
    static final int MIN_LENGTH = ShortWords.MAX_LENGTH + 1;
    static final int MAX_LENGTH = 2 * ShortWords.MAX_LENGTH;
    /** Slot k: the word's first bytes at {@code 3k} (0 when free), its last eight at {@code 3k + 1}, its value at {@code 3k + 2}; at most half full. */
    private long[] slots;
    private int count;
    private final int maxCached;
    private final int initialSlots;

    MidWords(int maxCached) {
        this.maxCached = maxCached;
        this.initialSlots = 2 * Integer.highestOneBit(Math.max(1, Math.min(maxCached, 1 << 11)));
        this.slots = new long[3 * initialSlots];
    }

    /**
     * The value of the word whose first bytes pack to {@code head} and last eight to {@code tail}, or
     * {@link ChunkCache#ABSENT}.
     */
    int get(long head, long tail) {
        long[] t = slots;
        int mask = t.length / 3 - 1;
        int slot = slotOf(head, tail, mask);
        while (true) {
            int at = 3 * slot;
            long h = t[at];
            if (h == head && t[at + 1] == tail) {
                return (int) t[at + 2];
            }
            if (h == 0) {
                return ChunkCache.ABSENT;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Remembers a word not yet here, as {@link #get} takes it, with its value, starting afresh first if the table is full. */
    void put(long head, long tail, int value) {
        if (count >= maxCached) {
            slots = new long[3 * initialSlots];
            count = 0;
        }
        place(slots, head, tail, value);
        if (++count * 2 > slots.length / 3) {
            long[] old = slots;
            long[] grown = new long[old.length * 2];
            for (int at = 0; at < old.length; at += 3) {
                if (old[at] != 0) {
                    place(grown, old[at], old[at + 1], (int) old[at + 2]);
                }
            }
            slots = grown;
        }
    }

    private static int slotOf(long head, long tail, int mask) {
        return (int) ((head * 31 + tail) * ShortWords.MIX >>> 32) & mask;
    }

    private static void place(long[] t, long head, long tail, int value) {
        int mask = t.length / 3 - 1;
        int slot = slotOf(head, tail, mask);
        while (t[3 * slot] != 0) {
            slot = (slot + 1) & mask;
        }
        t[3 * slot] = head;
        t[3 * slot + 1] = tail;
        t[3 * slot + 2] = value;
    }
}
