package dev.byline.compare;

import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns the sentences of two documents without assuming they come in the same order, and
 * reports what each side has that the other lacks.
 *
 * <pre>{@code
 * PassageAlignment al = PassageAligner.align(corpus.get("ap"), corpus.get("copy"));
 * al.table();             // a_start, a_end, b_start, b_end, score, kind
 * }</pre>
 *
 * <p>How: every pair of sentences is scored two ways, word order (2·LCS / total words, over
 * case- and dot-folded words) and content (Dice over Porter stems of non-stop words). Pairs are
 * taken best-first, each sentence at most once, so moved paragraphs align wherever they are. A
 * second pass lets a still-unmatched sentence join a matched one whose content it is mostly
 * part of, because rewrites merge and split sentences. What is left is only-in-a / only-in-b;
 * consecutive leftover sentences of one paragraph become one passage.
 *
 * <p>Cost: below {@link #FULL_PAIRS} sentence pairs (any real article: 1,000 sentences a side) every pair is
 * considered. Above it the work is capped by a stated rule, so time grows linearly with length: sentence
 * {@code i} of A is compared only with the {@code 2·}{@link #WINDOW}{@code +1} sentences of B around the same
 * relative position ({@code i·|B|/|A|}). Material moved further than that in a book-length text is reported
 * as only-in-a / only-in-b.
 */
public final class PassageAligner {
    /** Word-order similarity at or above which a pair is verbatim. */
    public static final double VERBATIM = 0.9;
    /** Word-order similarity at or above which a pair is a close (lightly edited) copy. */
    public static final double CLOSE = 0.6;
    /** Content Dice at or above which a pair is a paraphrase (with {@link #MIN_SHARED} shared stems). */
    public static final double PARAPHRASE = 0.3;
    /** Shared content stems a paraphrase needs; two shared names are coincidence in news about one event. */
    public static final int MIN_SHARED = 3;
    /** Share of an unmatched sentence's content found in a matched sentence for it to join that match. */
    public static final double JOIN = 0.6;
    /**
     * Consecutive shared words that count as a verbatim run: pairs with such runs are paired first (most run words
     * first), and an unmatched sentence sharing one with a matched sentence joins it as the other half of a split.
     */
    public static final int RUN = 6;
    /** Sentence pairs up to which every pair of two documents is considered. */
    public static final long FULL_PAIRS = 1_000_000;
    /** Above {@link #FULL_PAIRS}: how many sentences of the other side, either way of the same relative position, a sentence meets. */
    public static final int WINDOW = 100;

    private PassageAligner() {
    }

    /** Aligns {@code a} with {@code b}. */
    public static PassageAlignment align(Document a, Document b) {
        return align(a, Words.of(a), b, Words.of(b));
    }

    static PassageAlignment align(Document a, List<Word> aw, Document b, List<Word> bw) {
        Map<String, Integer> foldIds = new HashMap<>();
        List<SentenceUnit> as = SentenceUnit.of(a, aw, foldIds);
        List<SentenceUnit> bs = SentenceUnit.of(b, bw, foldIds);
        List<Candidate> candidates = candidates(as, bs);
        // Pairs sharing long verbatim runs go first, most run words first: a quote kept word for word is stronger
        // evidence than overall content overlap, which a neighbouring paraphrase of the same facts can exceed.
        candidates.sort(Comparator.comparingInt(Candidate::runWords).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                .thenComparingInt(Candidate::i).thenComparingInt(Candidate::j));
        int[] partnerOfA = filled(as.size());
        int[] partnerOfB = filled(bs.size());
        List<Passage> rows = new ArrayList<>();
        for (Candidate c : candidates) {
            if (partnerOfA[c.i] < 0 && partnerOfB[c.j] < 0) {
                partnerOfA[c.i] = c.j;
                partnerOfB[c.j] = c.i;
                rows.add(match(a, b, as.get(c.i), bs.get(c.j), c.score, c.kind));
            }
        }
        // Second pass: merged or split sentences. A leftover joins the matched sentence holding most of its content.
        int[] joinA = joins(as, bs, partnerOfA, partnerOfB, true);
        int[] joinB = joins(bs, as, partnerOfB, partnerOfA, false);
        for (int i = 0; i < as.size(); i++) {
            if (joinA[i] >= 0) {
                SentenceUnit x = as.get(i);
                SentenceUnit y = bs.get(joinA[i]);
                rows.add(match(a, b, x, y, containment(x, y), PassageKind.PARAPHRASE));
            }
        }
        for (int j = 0; j < bs.size(); j++) {
            if (joinB[j] >= 0) {
                SentenceUnit y = bs.get(j);
                SentenceUnit x = as.get(joinB[j]);
                rows.add(match(a, b, x, y, containment(y, x), PassageKind.PARAPHRASE));
            }
        }
        rows.addAll(leftovers(a, b, as, partnerOfA, joinA, true));
        rows.addAll(leftovers(a, b, bs, partnerOfB, joinB, false));
        rows.sort(Comparator.comparingInt((Passage p) -> p.aStart() < 0 ? Integer.MAX_VALUE : p.aStart())
                .thenComparingInt(Passage::bStart));
        return new PassageAlignment(a, b, aw, bw, List.copyOf(rows));
    }

    private record Candidate(int i, int j, double score, PassageKind kind, int runWords) {
    }

    /**
     * Every pair that qualifies as verbatim, close or paraphrase. Pairs are found through an index of content stems,
     * so a long document against a short one costs the pairs that share something, not |A|·|B| set comparisons;
     * a pair can only be a paraphrase with {@link #MIN_SHARED} shared stems, and only verbatim or close (which
     * needs 2·min/(|x|+|y|) ≥ {@link #CLOSE}) otherwise, so the word-order pass runs only where it can succeed.
     */
    private static List<Candidate> candidates(List<SentenceUnit> as, List<SentenceUnit> bs) {
        Map<String, List<Integer>> bByStem = new HashMap<>();
        List<Integer> shortB = new ArrayList<>();
        for (int j = 0; j < bs.size(); j++) {
            for (String stem : bs.get(j).contentStems()) {
                bByStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(j);
            }
            if (bs.get(j).words().size() <= 3) {
                shortB.add(j);
            }
        }
        List<Candidate> out = new ArrayList<>();
        int[] shared = new int[bs.size()];
        boolean[] seen = new boolean[bs.size()];
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < as.size(); i++) {
            SentenceUnit x = as.get(i);
            touched.clear();
            int lo = windowStart(i, as.size(), bs.size());
            int hi = windowEnd(i, as.size(), bs.size());
            for (String stem : x.contentStems()) {
                List<Integer> postings = bByStem.getOrDefault(stem, List.of());
                for (int p = firstAtLeast(postings, lo); p < postings.size() && postings.get(p) < hi; p++) {
                    int j = postings.get(p);
                    if (!seen[j]) {
                        seen[j] = true;
                        touched.add(j);
                    }
                    shared[j]++;
                }
            }
            // Pairs sharing no stem are still tried where a side is three words or fewer, as before.
            List<Integer> tries = new ArrayList<>(touched);
            if (x.words().size() <= 3) {
                for (int j = lo; j < hi; j++) {
                    if (!seen[j]) {
                        tries.add(j);
                    }
                }
            } else {
                for (int q = firstAtLeast(shortB, lo); q < shortB.size() && shortB.get(q) < hi; q++) {
                    int j = shortB.get(q);
                    if (!seen[j]) {
                        tries.add(j);
                    }
                }
            }
            Collections.sort(tries);
            for (int j : tries) {
                Candidate c = candidate(i, x, j, bs.get(j), shared[j]);
                if (c != null) {
                    out.add(c);
                }
            }
            for (int j : touched) {
                seen[j] = false;
                shared[j] = 0;
            }
        }
        return out;
    }

    private static Candidate candidate(int i, SentenceUnit x, int j, SentenceUnit y, int shared) {
        int stems = x.contentStems().size() + y.contentStems().size();
        double dice = stems == 0 ? 0 : 2.0 * shared / stems;
        boolean paraphrase = dice >= PARAPHRASE && shared >= MIN_SHARED;
        int m = x.words().size();
        int n = y.words().size();
        if (!paraphrase && 2.0 * Math.min(m, n) / (m + n) < CLOSE) {
            return null;    // LCS ≤ the shorter side: word order cannot reach CLOSE either
        }
        double seq = m + n == 0 ? 1 : 2.0 * SentenceUnit.lcs(x.folds(), y.folds()) / (m + n);
        PassageKind kind = seq >= VERBATIM ? PassageKind.VERBATIM
                : seq >= CLOSE ? PassageKind.CLOSE
                : paraphrase ? PassageKind.PARAPHRASE : null;
        if (kind == null) {
            return null;
        }
        // the shared runs (the DP pass) only for a pair that is kept
        return new Candidate(i, j, Math.max(seq, dice), kind, SentenceUnit.overlap(x.folds(), y.folds(), RUN).runWords());
    }

    private static Passage match(Document a, Document b, SentenceUnit x, SentenceUnit y, double score, PassageKind kind) {
        return new Passage(a, b, x.start(), x.end(), y.start(), y.end(), round(score), kind);
    }

    private static int[] joins(List<SentenceUnit> xs, List<SentenceUnit> ys, int[] partnerOfX, int[] partnerOfY, boolean xIsA) {
        int[] join = filled(xs.size());
        for (int i = 0; i < xs.size(); i++) {
            if (partnerOfX[i] >= 0) {
                continue;
            }
            // A split sentence's other half shares a long verbatim run with its partner even when most of its
            // content is new (a quote kept, the attribution rewritten); otherwise it joins by content share.
            int bestRun = RUN - 1;
            double best = JOIN;
            int lo = windowStart(i, xs.size(), ys.size());
            int hi = windowEnd(i, xs.size(), ys.size());
            for (int j = lo; j < hi; j++) {
                if (partnerOfY[j] < 0) {
                    continue;
                }
                int run = longestRun(xs.get(i), ys.get(j));
                if (run > bestRun) {
                    bestRun = run;
                    join[i] = j;
                }
            }
            if (join[i] >= 0 || xs.get(i).contentStems().size() < MIN_SHARED) {
                continue;
            }
            for (int j = lo; j < hi; j++) {
                if (partnerOfY[j] < 0) {
                    continue;
                }
                int shared = SentenceUnit.sharedStems(xs.get(i), ys.get(j));
                double c = containment(xs.get(i), ys.get(j));
                if (shared >= MIN_SHARED && c >= best && (c > best || join[i] < 0)) {
                    best = c;
                    join[i] = j;
                }
            }
        }
        return join;
    }

    private static int longestRun(SentenceUnit x, SentenceUnit y) {
        // Only a pair sharing RUN content stems can share a run of RUN words with a content word in it; cheap test first.
        if (x.words().size() < RUN || y.words().size() < RUN || SentenceUnit.sharedStems(x, y) < MIN_SHARED) {
            return 0;
        }
        return SentenceUnit.overlap(x.folds(), y.folds(), RUN).longestRun();
    }

    private static double containment(SentenceUnit x, SentenceUnit y) {
        return x.contentStems().isEmpty() ? 0 : (double) SentenceUnit.sharedStems(x, y) / x.contentStems().size();
    }

    private static List<Passage> leftovers(Document a, Document b, List<SentenceUnit> units, int[] partner, int[] join, boolean sideA) {
        List<Passage> out = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i <= units.size(); i++) {
            boolean free = i < units.size() && partner[i] < 0 && join[i] < 0;
            boolean continues = free && runStart >= 0
                    && units.get(i).sentence().paragraph() == units.get(i - 1).sentence().paragraph();
            if (runStart >= 0 && !continues) {
                int s = units.get(runStart).start();
                int e = units.get(i - 1).end();
                out.add(sideA ? new Passage(a, b, s, e, -1, -1, 1.0, PassageKind.ONLY_IN_A)
                        : new Passage(a, b, -1, -1, s, e, 1.0, PassageKind.ONLY_IN_B));
                runStart = -1;
            }
            if (free && runStart < 0) {
                runStart = i;
            }
        }
        return out;
    }

    /** First sentence of the other side (of {@code ny}) that sentence {@code i} (of {@code nx}) meets. */
    static int windowStart(int i, int nx, int ny) {
        if ((long) nx * ny <= FULL_PAIRS) {
            return 0;
        }
        return (int) Math.max(0, (long) i * ny / nx - WINDOW);
    }

    /** End (exclusive) of the sentences of the other side that sentence {@code i} meets. */
    static int windowEnd(int i, int nx, int ny) {
        if ((long) nx * ny <= FULL_PAIRS) {
            return ny;
        }
        return (int) Math.min(ny, (long) i * ny / nx + WINDOW + 1);
    }

    /** Index of the first element of ascending {@code xs} that is at least {@code min}. */
    private static int firstAtLeast(List<Integer> xs, int min) {
        int lo = 0;
        int hi = xs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs.get(mid) < min) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int[] filled(int n) {
        int[] x = new int[n];
        Arrays.fill(x, -1);
        return x;
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
