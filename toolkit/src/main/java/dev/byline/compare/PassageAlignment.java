package dev.byline.compare;

import dev.byline.text.Document;
import dev.byline.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of {@link PassageAligner#align}: passages in A's reading order (then B-only
 * passages in B's order), plus summary figures the relation label uses.
 *
 * <pre>{@code
 * PassageAlignment al = PassageAligner.align(a, b);
 * al.table().where(al.table().stringColumn("kind").isEqualTo("only-in-a"));  // what B dropped
 * al.coverageB();   // share of B's words that come from A
 * }</pre>
 */
public final class PassageAlignment {
    private final Document a;
    private final Document b;
    private final List<Word> aWords;
    private final List<Word> bWords;
    private final List<Passage> passages;

    PassageAlignment(Document a, Document b, List<Word> aWords, List<Word> bWords, List<Passage> passages) {
        this.a = a;
        this.b = b;
        this.aWords = aWords;
        this.bWords = bWords;
        this.passages = passages;
    }

    public Document a() {
        return a;
    }

    public Document b() {
        return b;
    }

    /** Every passage row, in A's order, B-only rows last in B's order. */
    public List<Passage> passages() {
        return passages;
    }

    List<Word> aWords() {
        return aWords;
    }

    List<Word> bWords() {
        return bWords;
    }

    /** Share of A's words that lie in passages matched to B. */
    public double coverageA() {
        return coverage(aWords, true);
    }

    /** Share of B's words that lie in passages matched to A. */
    public double coverageB() {
        return coverage(bWords, false);
    }

    /**
     * How far the matched passages keep their order: Kendall's tau over matched pairs, from -1
     * (reversed) through 0 (shuffled) to 1 (same order). 0 when fewer than two pairs match.
     */
    public double orderAgreement() {
        List<long[]> pairs = new ArrayList<>();
        for (Passage p : passages) {
            if (p.kind().isMatch()) {
                pairs.add(new long[] {p.aStart(), p.bStart()});
            }
        }
        return kendallTau(pairs);
    }

    /**
     * Kendall's tau-a over (x, y) pairs, pairs tied on either side counting neither way, in n·log n (Knight's
     * method: sort by x then y; the discordant pairs are the inversions of y, counted by a merge sort).
     */
    static double kendallTau(List<long[]> pairs) {
        int n = pairs.size();
        pairs.sort(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        long tiedX = 0;
        long tiedXY = 0;
        for (int i = 0, j; i < n; i = j) {
            j = i;
            while (j < n && pairs.get(j)[0] == pairs.get(i)[0]) {
                j++;
            }
            tiedX += (long) (j - i) * (j - i - 1) / 2;
            for (int k = i, l; k < j; k = l) {
                l = k;
                while (l < j && pairs.get(l)[1] == pairs.get(k)[1]) {
                    l++;
                }
                tiedXY += (long) (l - k) * (l - k - 1) / 2;
            }
        }
        long[] ys = new long[n];
        for (int i = 0; i < n; i++) {
            ys[i] = pairs.get(i)[1];
        }
        long discordant = inversions(ys, new long[n], 0, n);
        long tiedY = 0;
        for (int i = 0, j; i < n; i = j) {     // ys is sorted now
            j = i;
            while (j < n && ys[j] == ys[i]) {
                j++;
            }
            tiedY += (long) (j - i) * (j - i - 1) / 2;
        }
        long all = (long) n * (n - 1) / 2;
        long untied = all - tiedX - tiedY + tiedXY;
        long concordant = untied - discordant;
        return untied == 0 ? 0 : (double) (concordant - discordant) / untied;
    }

    /** Sorts {@code a[from, to)} and returns how many pairs were strictly out of order. */
    private static long inversions(long[] a, long[] tmp, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long count = inversions(a, tmp, from, mid) + inversions(a, tmp, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (a[j] < a[i]) {
                count += mid - i;
                tmp[k++] = a[j++];
            } else {
                tmp[k++] = a[i++];
            }
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < to) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, from, a, from, to - from);
        return count;
    }

    /**
     * The words of the passage's A side that it shares with its B side, in order (a longest common
     * subsequence of folded words), as spans of A; empty for one-sided rows. This is what a
     * side-by-side view highlights.
     */
    public List<Span> sharedInA(Passage p) {
        return shared(p, true);
    }

    /** The words of the passage's B side shared with its A side, as spans of B; see {@link #sharedInA}. */
    public List<Span> sharedInB(Passage p) {
        return shared(p, false);
    }

    private List<Span> shared(Passage p, boolean sideA) {
        if (!p.kind().isMatch()) {
            return List.of();
        }
        List<Word> x = within(aWords, p.aStart(), p.aEnd());
        List<Word> y = within(bWords, p.bStart(), p.bEnd());
        int[][] l = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                l[i][j] = x.get(i).fold().equals(y.get(j).fold()) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
            }
        }
        List<Span> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            if (x.get(i).fold().equals(y.get(j).fold())) {
                Word w = sideA ? x.get(i) : y.get(j);
                out.add(Span.of(sideA ? a : b, w.start(), w.end()));
                i++;
                j++;
            } else if (l[i + 1][j] >= l[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return List.copyOf(out);
    }

    private static List<Word> within(List<Word> words, int start, int end) {
        List<Word> out = new ArrayList<>();
        for (int k = firstAtOrAfter(words, start); k < words.size() && words.get(k).end() <= end; k++) {
            out.add(words.get(k));
        }
        return out;
    }

    /** Index of the first word starting at or after {@code offset}: words are in text order, so a binary search. */
    static int firstAtOrAfter(List<Word> words, int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of matched passage rows. */
    public int matchedCount() {
        return (int) passages.stream().filter(p -> p.kind().isMatch()).count();
    }

    /** A new table: a_start, a_end, b_start, b_end, score, kind, a_text, b_text; absent sides are missing values. */
    public Table table() {
        IntColumn as = IntColumn.create("a_start");
        IntColumn ae = IntColumn.create("a_end");
        IntColumn bs = IntColumn.create("b_start");
        IntColumn be = IntColumn.create("b_end");
        DoubleColumn score = DoubleColumn.create("score");
        StringColumn kind = StringColumn.create("kind");
        StringColumn at = StringColumn.create("a_text");
        StringColumn bt = StringColumn.create("b_text");
        for (Passage p : passages) {
            appendOffset(as, p.aStart());
            appendOffset(ae, p.aEnd());
            appendOffset(bs, p.bStart());
            appendOffset(be, p.bEnd());
            score.append(p.score());
            kind.append(p.kind().label());
            at.append(p.aText());
            bt.append(p.bText());
        }
        return Table.create(a.id() + " vs " + b.id(), as, ae, bs, be, score, kind, at, bt);
    }

    private static void appendOffset(IntColumn c, int v) {
        if (v < 0) {
            c.appendMissing();
        } else {
            c.append(v);
        }
    }

    private double coverage(List<Word> words, boolean sideA) {
        if (words.isEmpty()) {
            return 0;
        }
        // Mark the words inside each matched side (binary search to its first word) rather than testing every word
        // against every passage: a long document has thousands of passages, and words × passages was quadratic.
        boolean[] covered = new boolean[words.size()];
        for (Passage p : passages) {
            if (!p.kind().isMatch()) {
                continue;
            }
            int e = sideA ? p.aEnd() : p.bEnd();
            for (int k = firstAtOrAfter(words, sideA ? p.aStart() : p.bStart()); k < words.size() && words.get(k).end() <= e; k++) {
                covered[k] = true;
            }
        }
        int n = 0;
        for (boolean c : covered) {
            if (c) {
                n++;
            }
        }
        return (double) n / words.size();
    }
}
