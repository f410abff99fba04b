package dev.byline.compare;

import java.util.Arrays;
import java.util.List;

/**
 * Word k-shingles as sorted, de-duplicated 64-bit hashes. Containment of A in B is the share of
 * A's shingles that B also has; it is asymmetric, which is what tells a copy from its source.
 */
final class Shingles {
    /** Five words: long enough that shared shingles are rarely chance (measured: see README), short enough to survive light edits. */
    static final int DEFAULT_SIZE = 5;

    private Shingles() {
    }

    /**
     * Hashes of every run of {@code k} consecutive words of one paragraph (over the fold form),
     * sorted and unique. Runs never cross a paragraph break, so that moving paragraphs about does
     * not change a text's shingles; a paragraph shorter than {@code k} words is one shingle.
     */
    static long[] of(List<Word> words, int k) {
        long[] h = byPosition(words, k);
        int n = 0;
        for (long x : h) {
            if (x != NONE) {
                h[n++] = x;
            }
        }
        h = Arrays.copyOf(h, n);
        Arrays.sort(h);
        return unique(h);
    }

    /** Marks a position where no shingle starts. */
    static final long NONE = Long.MIN_VALUE;

    /** The hash of the shingle starting at each word, or {@link #NONE} where none starts. */
    static long[] byPosition(List<Word> words, int k) {
        long[] h = new long[words.size()];
        int i = 0;
        while (i < words.size()) {
            int p = words.get(i).paragraph();
            int end = i;
            while (end < words.size() && words.get(end).paragraph() == p) {
                end++;
            }
            if (end - i < k) {
                h[i] = hash(words, i, end);
                for (int x = i + 1; x < end; x++) {
                    h[x] = NONE;
                }
            } else {
                for (int x = i; x < end; x++) {
                    h[x] = x + k <= end ? hash(words, x, x + k) : NONE;
                }
            }
            i = end;
        }
        return h;
    }

    static long hash(List<Word> words, int from, int to) {
        // the avalanche below never yields NONE in practice; it would only lose one shingle
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            String s = words.get(i).fold();
            for (int c = 0; c < s.length(); c++) {
                h ^= s.charAt(c);
                h *= 0x100000001b3L;
            }
            h ^= 0x1f;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** A final avalanche (SplitMix64) so that the low bits MinHash uses are well spread. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** |a ∩ b| for two sorted unique arrays. */
    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** Share of {@code a}'s shingles found in {@code b}; 0 for an empty {@code a}. */
    static double containment(long[] a, long[] b) {
        return a.length == 0 ? 0 : (double) intersection(a, b) / a.length;
    }

    private static long[] unique(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
