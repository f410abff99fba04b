package dev.byline.terms;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The {@link UnigramScanner}'s plain words (PlainWords: {@code "(talks"}, {@code "said,”"}, {@code "Estonia’s"}), looked up
 * without their marks and counted: those of up to eight bytes in a {@link ShortWords}, up to sixteen in a
 * {@link MidWords}, longer ones in a {@link ChunkCache}; a word met first is read by {@link ChunkTerms#wordValue},
 * whose value (term id and whether a following period is the word's) is remembered. The scanner batches the words
 * of a paragraph here ({@link #keys}, {@link #starts}, {@link #lengths}, {@link #batched}) and {@link #flush}es them:
 * first every look-up, then every count, so that the processor has several cache misses in flight at once.
 *
 * <p>Not thread-safe: one per scanner.
 */
final class PlainWordCounts {
    /** Eight bytes of a byte array read as one little-endian {@code long} (C1 compiles the access to a load). */
    private static final VarHandle EIGHT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The most words batched before a {@link #flush}. */
    static final int BATCH = 256;
    private final TermTally tally;
    private final ChunkTerms terms;
    /** 0x20 when case is folded (see {@link UnigramScanner}): the words' bytes are keyed lower-cased. */
    private final int fold;
    private final ShortWords shortWords;
    private final MidWords midWords;
    private final ChunkCache words;
    // the plain words of the paragraph being scanned, written by the scanner: each one's packed bytes (lower-cased when
    // case is folded, little-endian: exact up to ShortWords.MAX_LENGTH of them), start and length; then its value
    final long[] keys = new long[BATCH];
    final int[] starts = new int[BATCH];
    final int[] lengths = new int[BATCH];
    private final int[] values = new int[BATCH];
    int batched;

    /** Word caches holding at most {@code maxCached} short words (half as many mid words, an eighth as many longer ones). */
    PlainWordCounts(int maxCached, int fold, ChunkTerms terms, TermTally tally) {
        this.fold = fold;
        this.terms = terms;
        this.tally = tally;
        // a news archive in English has more distinct plain words than other chunks (42,700 words of up to eight bytes,
        // lower-cased, 43,000 longer ones and 57,000 other chunks a thread over 37,000 generated articles), nine in ten
        // word occurrences eight bytes or shorter
        this.shortWords = new ShortWords(maxCached);
        this.midWords = new MidWords(Math.max(1, maxCached / 2));
        this.words = new ChunkCache(Math.max(1, maxCached / 8));
    }

    /** The value of the word {@code raw[start, start + length)} of a plain chunk, with its packed bytes as scan makes them. */
    int value(byte[] raw, int start, int length, long packed) {
        if (length <= ShortWords.MAX_LENGTH) {
            long[] t = shortWords.slots;
            int mask = (t.length >> 1) - 1;
            int slot = ShortWords.slotOf(packed, t);
            while (true) {
                long key = t[slot << 1];
                if (key == packed) {
                    return (int) t[(slot << 1) + 1];
                }
                if (key == 0) {
                    int value = terms.wordValue(raw, start, start + length);
                    shortWords.put(packed, value);
                    return value;
                }
                slot = (slot + 1) & mask;
            }
        }
        if (length <= MidWords.MAX_LENGTH) {
            // the last eight bytes, and the ones before them, packed as scan packs a short word
            int tailAt = start + length - ShortWords.MAX_LENGTH;
            long foldBytes = fold == 0 ? 0 : 0x2020202020202020L;
            long tail = (long) EIGHT.get(raw, tailAt) | foldBytes;
            long head = ((long) EIGHT.get(raw, start) | foldBytes) & -1L >>> ((ShortWords.MAX_LENGTH - (tailAt - start)) << 3);
            int value = midWords.get(head, tail);
            if (value == ChunkCache.ABSENT) {
                value = terms.wordValue(raw, start, start + length);
                midWords.put(head, tail, value);
            }
            return value;
        }
        int hash = ChunkCache.hashOf(raw, start, start + length);
        int value = words.lookup(raw, start, length, hash);
        if (value == ChunkCache.ABSENT) {
            value = terms.wordValue(raw, start, start + length);
            words.insertValue(hash, raw, start, length, value);
        }
        return value;
    }

    /**
     * Looks up and counts the plain words the scanner has batched (all of {@code raw}): first every look-up, then
     * every count, each in a loop of its own whose memory reads do not wait for one another, so that the processor
     * has several cache misses in flight instead of one at a time (the tables are megabytes, and most of a word's
     * cost was waiting for them: 8% less CPU for the scan).
     */
    void flush(byte[] raw) {
        int n = batched;
        if (n == 0) {
            return;
        }
        batched = 0;
        long[] keys = this.keys;
        int[] lengths = this.lengths;
        int[] values = this.values;
        long[] t = shortWords.slots;
        int mask = (t.length >> 1) - 1;
        for (int k = 0; k < n; k++) {
            if (lengths[k] > ShortWords.MAX_LENGTH) {
                values[k] = value(raw, starts[k], lengths[k], keys[k]);
                continue;
            }
            // ShortWords' probe, written out (C1 would not inline it)
            long packed = keys[k];
            int slot = (int) (packed * ShortWords.MIX >>> 32) & mask;
            while (true) {
                long key = t[slot << 1];
                if (key == packed) {
                    values[k] = (int) t[(slot << 1) + 1];
                    break;
                }
                if (key == 0) {
                    int start = starts[k];
                    int value = terms.wordValue(raw, start, start + lengths[k]);
                    shortWords.put(packed, value);
                    values[k] = value;
                    t = shortWords.slots;
                    mask = (t.length >> 1) - 1;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        TermTally tally = this.tally;
        if (tally.perDocument) {
            for (int k = 0; k < n; k++) {
                if (values[k] >= 0) {
                    tally.count(values[k] >> 1);
                }
            }
            return;
        }
        // tally.count, written out
        long[] stats = tally.stats;
        int document = tally.documents;
        long documentBits = document & 0xFFFFFFFFL;
        for (int k = 0; k < n; k++) {
            int id = values[k] >> 1;
            if (id < 0) {
                continue;
            }
            int at = id << 1;
            stats[at]++;
            long seen = stats[at + 1];
            if ((int) seen != document) {
                stats[at + 1] = ((seen >>> 32) + 1) << 32 | documentBits;
            }
        }
    }
}
