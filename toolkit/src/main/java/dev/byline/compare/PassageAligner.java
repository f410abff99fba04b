package dev.byline.compare;

import dev.byline.corpus.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    private PassageAligner() {
    }

    /** Aligns {@code a} with {@code b}. */
    public static PassageAlignment align(Document a, Document b) {
        return align(a, Words.of(a), b, Words.of(b));
    }

    static PassageAlignment align(Document a, List<Word> aw, Document b, List<Word> bw) {
        List<SentenceUnit> as = SentenceUnit.of(a, aw);
        List<SentenceUnit> bs = SentenceUnit.of(b, bw);
        record Candidate(int i, int j, double score, PassageKind kind) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < as.size(); i++) {
            for (int j = 0; j < bs.size(); j++) {
                SentenceUnit x = as.get(i);
                SentenceUnit y = bs.get(j);
                int shared = SentenceUnit.sharedStems(x, y);
                double dice = x.contentStems().isEmpty() && y.contentStems().isEmpty() ? 0
                        : 2.0 * shared / (x.contentStems().size() + y.contentStems().size());
                if (shared == 0 && dice == 0 && Math.min(x.words().size(), y.words().size()) > 3) {
                    continue;
                }
                double seq = SentenceUnit.orderedSimilarity(x.words(), y.words());
                PassageKind kind = seq >= VERBATIM ? PassageKind.VERBATIM
                        : seq >= CLOSE ? PassageKind.CLOSE
                        : dice >= PARAPHRASE && shared >= MIN_SHARED ? PassageKind.PARAPHRASE : null;
                if (kind != null) {
                    candidates.add(new Candidate(i, j, Math.max(seq, dice), kind));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
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
        int[] joinA = joins(as, bs, partnerOfA, partnerOfB);
        int[] joinB = joins(bs, as, partnerOfB, partnerOfA);
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

    private static Passage match(Document a, Document b, SentenceUnit x, SentenceUnit y, double score, PassageKind kind) {
        return new Passage(a, b, x.start(), x.end(), y.start(), y.end(), round(score), kind);
    }

    private static int[] joins(List<SentenceUnit> xs, List<SentenceUnit> ys, int[] partnerOfX, int[] partnerOfY) {
        int[] join = filled(xs.size());
        for (int i = 0; i < xs.size(); i++) {
            if (partnerOfX[i] >= 0 || xs.get(i).contentStems().size() < MIN_SHARED) {
                continue;
            }
            double best = JOIN;
            for (int j = 0; j < ys.size(); j++) {
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

    private static int[] filled(int n) {
        int[] x = new int[n];
        java.util.Arrays.fill(x, -1);
        return x;
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
