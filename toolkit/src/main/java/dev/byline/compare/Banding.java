package dev.byline.compare;

import java.util.Arrays;

/**
 * LSH banding over MinHash signatures held in one flat {@code long[]} (document {@code d}'s signature at
 * {@code [d * width, (d + 1) * width)}), by sorting rather than hashing: per band, each document's band key
 * and index are packed into one {@code long} and the array is sorted, so documents sharing a bucket lie side by
 * side. No boxed keys, lists or pair sets: at 100,000 documents the boxed buckets and the {@code Set<Long>} of
 * pairs were most of the collector's work.
 *
 * <pre>{@code
 * long[] pairs = Banding.pairs(flat, n, 120, 40, 3, 0.2);   // (i << 32) | j, i < j, ascending
 * }</pre>
 */
final class Banding {
    private Banding() {
    }

    /**
     * The pairs {@code (i << 32) | j}, {@code i < j}, ascending and each once, of documents whose 64-bit keys of
     * some band are equal ({@link #bandKey}) and whose signatures then agree on at least {@code minEstimate} of
     * their rows. A document whose signature is empty (first value {@code Long.MAX_VALUE}) is in no bucket.
     */
    static long[] pairs(long[] sigs, int n, int width, int bands, int rows, double minEstimate) {
        // the index takes the low bits of the packed value, the band key's high bits the rest: two documents in
        // one run of equal high bits are a pair only if their full keys are equal, so the answer is exact
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[n];
        long[] packed = new long[n];
        LongList found = new LongList();
        for (int band = 0; band < bands; band++) {
            int m = 0;
            for (int d = 0; d < n; d++) {
                if (sigs[d * width] == Long.MAX_VALUE) {
                    continue;
                }
                keys[d] = bandKey(sigs, d * width, band, rows);
                packed[m++] = keys[d] & ~indexMask | d;
            }
            Arrays.sort(packed, 0, m);
            for (int from = 0; from < m; ) {
                int to = from + 1;
                while (to < m && (packed[to] & ~indexMask) == (packed[from] & ~indexMask)) {
                    to++;
                }
                for (int x = from; x < to; x++) {
                    int i = (int) (packed[x] & indexMask);
                    for (int y = x + 1; y < to; y++) {
                        int j = (int) (packed[y] & indexMask);
                        // i < j: equal high bits sort by index
                        if (keys[i] == keys[j] && estimate(sigs, i * width, j * width, width) >= minEstimate) {
                            found.add((long) i << 32 | j);
                        }
                    }
                }
                from = to;
            }
        }
        return found.sortedDistinct();
    }

    /** The bucket of a signature's band: {@code MinHashLsh}'s and {@code ComparisonParts.bandKey}'s key. */
    static long bandKey(long[] sigs, int offset, int band, int rows) {
        long key = band;
        for (int r = 0; r < rows; r++) {
            key = Shingles.mix(key * 31 + sigs[offset + band * rows + r]);
        }
        return key;
    }

    /** The share of rows on which two signatures agree. */
    static double estimate(long[] sigs, int a, int b, int width) {
        int same = 0;
        for (int r = 0; r < width; r++) {
            if (sigs[a + r] == sigs[b + r]) {
                same++;
            }
        }
        return width == 0 ? 0 : (double) same / width;
    }

    /** A growable list of primitive longs. */
    static final class LongList {
        private long[] values;
        private int size;

        LongList() {
            this(1024);
        }

        /** A list with room for {@code capacity} values before it grows (growing copies it, briefly holding it twice). */
        LongList(int capacity) {
            values = new long[Math.max(16, capacity)];
        }

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        long[] values() {
            return values;
        }

        long[] sortedDistinct() {
            Arrays.sort(values, 0, size);
            int m = 0;
            for (int k = 0; k < size; k++) {
                if (m == 0 || values[k] != values[m - 1]) {
                    values[m++] = values[k];
                }
            }
            return Arrays.copyOf(values, m);
        }
    }
}
