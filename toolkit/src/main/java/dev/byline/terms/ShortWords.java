package dev.byline.terms;

/**
 * The {@link UnigramScanner}'s memory of plain words of at most eight ASCII letters and digits (nine in ten words of
 * English news text), keyed by the word's bytes packed into a {@code long}: since none of those bytes is zero, the
 * packed value is the word itself, so a look-up compares one {@code long} and reads one cache line, where a
 * {@link ChunkCache} follows its index to an entry and compares the bytes. Holds at most {@code maxCached} words;
 * when full, it starts afresh, as a {@link ChunkCache} does.
 *
 * <pre>{@code
 * long packed = 0;
 * byte[] word = "talks".getBytes(US_ASCII);
 * for (int k = 0; k < word.length; k++) { packed |= (long) word[k] << 8 * k; }   // little-endian, as one load gives it
 * long[] t = words.slots;
 * int slot = ShortWords.slotOf(packed, t);   // then probe: t[2 * slot] == packed ? t[2 * slot + 1] : ...
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

    /** The multiplier that spreads a packed word over the slots: the slot is the product's bits 32 and up. */
    static final long MIX = 0x9E3779B97F4A7C15L;

    /** The first slot to probe for a packed word. */
    static int slotOf(long packed, long[] slots) {
        return (int) (packed * MIX >>> 32) & ((slots.length >> 1) - 1);
    }

    /**
     * How many of the eight bytes of {@code x} (little-endian: the first byte lowest) are, from the first on, ASCII
     * letters or digits: 0 to 8. A few operations on the long instead of a loop over the bytes: each byte's top bit
     * after an add tells whether it is at least a bound (no carry crosses a byte, as the bytes' own top bits are
     * cleared first). Written for C1, which compiles Byline's commands: no call, no branch.
     */
    static int letterOrDigitBytes(long x) {
        long low = x & 0x7F7F7F7F7F7F7F7FL;
        long folded = low | 0x2020202020202020L;   // A-Z to a-z; no other byte lands in a-z
        long letter = (folded + 0x1F1F1F1F1F1F1F1FL) & ~(folded + 0x0505050505050505L);   // >= 'a' and not > 'z'
        long digit = (low + 0x5050505050505050L) & ~(low + 0x4646464646464646L);          // >= '0' and not > '9'
        long other = ~((letter | digit) & ~x) & 0x8080808080808080L;                       // & ~x: not outside ASCII
        // the bytes before the first flagged one: the top bits below its own, summed by a multiply (C1 does not make
        // Long.numberOfTrailingZeros an intrinsic); with none flagged, all eight
        long before = ((other & -other) - 1) >>> 7 & 0x0101010101010101L;
        return (int) (before * 0x0101010101010101L >>> 56);
    }

    /**
     * Remembers a word not yet here, given packed, with its value (anything; the scanner's encoding), starting afresh
     * first if the table is full.
     */
    void put(long packed, int value) {
        if (count >= maxCached) {
            slots = new long[2 * initialSlots];
            count = 0;
        }
        place(slots, packed, value);
        if (++count * 2 > slots.length >> 1) {
            long[] old = slots;
            long[] grown = new long[old.length * 2];
            for (int k = 0; k < old.length; k += 2) {
                if (old[k] != 0) {
                    place(grown, old[k], (int) old[k + 1]);
                }
            }
            slots = grown;
        }
    }

    private static void place(long[] t, long packed, int value) {
        int mask = (t.length >> 1) - 1;
        int slot = slotOf(packed, t);
        while (t[2 * slot] != 0) {
            slot = (slot + 1) & mask;
        }
        t[2 * slot] = packed;
        t[2 * slot + 1] = value;
    }
}
