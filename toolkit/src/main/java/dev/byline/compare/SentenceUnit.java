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
