package dev.byline.compare;

import dev.byline.text.Document;
import dev.byline.text.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A body sentence with its words, the unit passage alignment pairs up. */
record SentenceUnit(Sentence sentence, List<Word> words, Set<String> contentStems, int[] folds) {
    int start() {
        return sentence.start();
    }

    int end() {
        return sentence.end();
    }

    int index() {
        return sentence.index();
    }

    /**
     * The sentences of {@code doc} that hold at least one word. {@code foldIds} numbers fold forms; pass the same map
     * for both sides of an alignment, so word comparisons are int comparisons.
     */
    static List<SentenceUnit> of(Document doc, List<Word> words, Map<String, Integer> foldIds) {
        List<Sentence> sentences = doc.sentences();
        List<List<Word>> bySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Word w : words) {
            bySentence.get(w.sentence()).add(w);
        }
        List<SentenceUnit> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Word> ws = bySentence.get(i);
            if (ws.isEmpty()) {
                continue;
            }
            Set<String> stems = new HashSet<>();
            for (Word w : ws) {
                if (w.content()) {
                    stems.add(w.stem());
                }
            }
            int[] folds = new int[ws.size()];
            for (int k = 0; k < folds.length; k++) {
                folds[k] = foldIds.computeIfAbsent(ws.get(k).fold(), f -> foldIds.size());
            }
            out.add(new SentenceUnit(sentences.get(i), List.copyOf(ws), Set.copyOf(stems), folds));
        }
        return List.copyOf(out);
    }

    /**
     * The length of the longest common subsequence of {@code a} and {@code b} (non-negative ids), as
     * {@link #overlap}{@code .lcs()} gives it, in O(|b| log |a|) when the shorter side has at most 64 words: the
     * bit-vector method of Allison and Dix (1986), in Crochemore et al.'s form, one machine word for the shorter side.
     * Alignment asks it of every candidate pair and needs the runs of {@link #overlap} only for the pairs it keeps.
     */
    static int lcs(int[] a, int[] b) {
        int[] p = a.length <= b.length ? a : b;
        int[] t = p == a ? b : a;
        if (p.length == 0) {
            return 0;
        }
        if (p.length > Long.SIZE) {
            return overlap(a, b, Integer.MAX_VALUE).lcs();
        }
        // the shorter side's distinct words, sorted, each with the bit mask of the positions it stands at
        long[] keyed = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            if (p[i] < 0) {
                return overlap(a, b, Integer.MAX_VALUE).lcs();
            }
            keyed[i] = (long) p[i] << 32 | i;
        }
        java.util.Arrays.sort(keyed);
        int[] words = new int[p.length];
        long[] masks = new long[p.length];
        int d = 0;
        for (long k : keyed) {
            int w = (int) (k >>> 32);
            if (d == 0 || words[d - 1] != w) {
                words[d++] = w;
            }
            masks[d - 1] |= 1L << (int) k;
        }
        long v = -1L;
        for (int w : t) {
            int at = java.util.Arrays.binarySearch(words, 0, d, w);
            if (at >= 0) {
                long u = v & masks[at];
                v = (v + u) | (v - u);
            }
        }
        long low = p.length == Long.SIZE ? -1L : (1L << p.length) - 1;
        return Long.bitCount(~v & low);
    }

    /**
     * How two sentences share words in order: the LCS length, the longest run of consecutive words they share, and
     * the words (of the side with fewer) lying in shared runs of at least {@code minRun} words. One O(|a|·|b|) pass.
     */
    record Overlap(int lcs, int longestRun, int runWords) {
    }

    static Overlap overlap(int[] a, int[] b, int minRun) {
        int n = b.length;
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        int[] runPrev = new int[n + 1];
        int[] runCur = new int[n + 1];
        int[] bestEndingInA = new int[a.length];
        int[] bestEndingInB = new int[n];
        int longest = 0;
        for (int i = 1; i <= a.length; i++) {
            int x = a[i - 1];
            for (int j = 1; j <= n; j++) {
                boolean same = x == b[j - 1];
                cur[j] = same ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
                runCur[j] = same ? runPrev[j - 1] + 1 : 0;
                if (runCur[j] > 0) {
                    bestEndingInA[i - 1] = Math.max(bestEndingInA[i - 1], runCur[j]);
                    bestEndingInB[j - 1] = Math.max(bestEndingInB[j - 1], runCur[j]);
                    longest = Math.max(longest, runCur[j]);
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            t = runPrev;
            runPrev = runCur;
            runCur = t;
        }
        return new Overlap(prev[n], longest, Math.min(covered(bestEndingInA, minRun), covered(bestEndingInB, minRun)));
    }

    /** Positions covered by runs of at least {@code minRun}, given the longest shared run ending at each position. */
    private static int covered(int[] runEndingAt, int minRun) {
        int count = 0;
        int reach = -1;
        for (int k = runEndingAt.length - 1; k >= 0; k--) {
            if (runEndingAt[k] >= minRun) {
                reach = Math.min(reach < 0 ? Integer.MAX_VALUE : reach, k - runEndingAt[k] + 1);
            }
            if (reach >= 0 && k >= reach) {
                count++;
            } else {
                reach = -1;
            }
        }
        return count;
    }

    /** Number of content stems the two sentences share. */
    static int sharedStems(SentenceUnit a, SentenceUnit b) {
        Set<String> small = a.contentStems.size() <= b.contentStems.size() ? a.contentStems : b.contentStems;
        Set<String> large = small == a.contentStems ? b.contentStems : a.contentStems;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
