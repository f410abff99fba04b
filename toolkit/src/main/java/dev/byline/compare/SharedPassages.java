package dev.byline.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Maximal word runs two texts share verbatim (after folding), found through shared shingles. */
final class SharedPassages {
    private SharedPassages() {
    }

    /** For each word, the index after the last word of its paragraph: one pass, so long paragraphs cost nothing more. */
    private static int[] paragraphEnds(List<Word> a) {
        int[] ends = new int[a.size()];
        int e = a.size();
        for (int i = a.size() - 1; i >= 0; i--) {
            if (i + 1 < a.size() && a.get(i + 1).paragraph() != a.get(i).paragraph()) {
                e = i + 1;
            }
            ends[i] = e;
        }
        return ends;
    }

    /**
     * Runs of consecutive A words covered by shingles that B also has, as {@code [firstWord, endWord)}
     * index pairs into {@code a}. Overlapping shingles chain into one run.
     */
    static List<int[]> runs(List<Word> a, long[] bShinglesSorted, int k) {
        long[] pos = Shingles.byPosition(a, k);
        int[] paragraphEnd = paragraphEnds(a);
        List<int[]> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < pos.length; i++) {
            if (pos[i] != Shingles.NONE && Arrays.binarySearch(bShinglesSorted, pos[i]) >= 0) {
                int to = Math.min(i + k, paragraphEnd[i]);
                if (start >= 0 && i <= end && a.get(i).paragraph() == a.get(start).paragraph()) {
                    end = to;
                } else {
                    if (start >= 0) {
                        out.add(new int[] {start, end});
                    }
                    start = i;
                    end = to;
                }
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, end});
        }
        return out;
    }
}
