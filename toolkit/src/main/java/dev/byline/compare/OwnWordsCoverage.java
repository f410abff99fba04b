package dev.byline.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * How much of a pair's alignment is the writers' own words: the coverage a rewrite is judged on, with two kinds of
 * shared text left out that independent articles share too.
 * <ul>
 * <li><b>Loose paraphrase.</b> Sentences about one fact share some content words whoever wrote them; a passage
 *     counts only at {@value #DERIVED} or more.</li>
 * <li><b>Quotations.</b> Two outlets reporting one event quote the same tweet and the same statement word for word;
 *     a passage whose words are mostly inside quotation marks on both sides is no sign that one text was rewritten
 *     from the other. (A real rewrite shares quotes too, but also its narrative.)</li>
 * <li><b>Shared page furniture.</b> A run of verbatim passages that closes both texts (or opens both) and joins
 *     nothing else aligned — the matched passage before it in each text is not matched to the other's — is an
 *     outlet's template: a "Related:" list of headlines, a standing editor's note, a sign-up blurb. Two articles
 *     of one outlet share it whatever they report.</li>
 * </ul>
 * Words in quotes and in furniture leave the count on both sides (numerator and denominator); words in loose
 * paraphrases stay in the denominator.
 *
 * <pre>{@code
 * OwnWordsCoverage c = OwnWordsCoverage.of(alignment);
 * c.max();       // the larger share of own words aligned, what RelationRule's rewrite test reads
 * c.matched();   // aligned passages that are neither quotation nor furniture
 * }</pre>
 *
 * @param coverageA share of A's own words (outside quotes and furniture) in passages aligned to B, by the same rules
 * @param coverageB the same for B
 * @param matched   aligned passages that count
 */
record OwnWordsCoverage(double coverageA, double coverageB, int matched) {
    /**
     * The passage score (content-stem Dice, 1 for verbatim) a paraphrase needs to count: at least half its content
     * shared. Below it, two sentences are about the same thing rather than one from the other: the independent
     * reports among the real pairs aligned at most 0.44 and 0.49 outside quotes, while the corpus rewrite's
     * passages have a median of 0.56, 19 of 26 at 0.5 or more.
     */
    static final double DERIVED = 0.5;
    /** Share of a passage side's words inside quotation marks above which it is a quotation. */
    static final double QUOTED = 0.5;

    /** The larger of the two coverages. */
    double max() {
        return Math.max(coverageA, coverageB);
    }

    static OwnWordsCoverage of(PassageAlignment al) {
        String ra = al.a().raw();
        String rb = al.b().raw();
        BitSet qa = quoted(ra);
        BitSet qb = quoted(rb);
        List<Passage> matches = new ArrayList<>();
        for (Passage p : al.passages()) {
            if (p.kind().isMatch()) {
                matches.add(p);
            }
        }
        BitSet furniture = furniture(matches, al.aWords(), al.bWords());
        List<Passage> counted = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Passage p = matches.get(i);
            if (furniture.get(i) || p.score() < DERIVED
                    || (share(qa, al.aWords(), p.aStart(), p.aEnd()) > QUOTED && share(qb, al.bWords(), p.bStart(), p.bEnd()) > QUOTED)) {
                continue;
            }
            counted.add(p);
        }
        List<int[]> furnA = new ArrayList<>();
        List<int[]> furnB = new ArrayList<>();
        for (int i = furniture.nextSetBit(0); i >= 0; i = furniture.nextSetBit(i + 1)) {
            furnA.add(new int[] {matches.get(i).aStart(), matches.get(i).aEnd()});
            furnB.add(new int[] {matches.get(i).bStart(), matches.get(i).bEnd()});
        }
        return new OwnWordsCoverage(coverage(al.aWords(), qa, furnA, counted, true), coverage(al.bWords(), qb, furnB, counted, false),
                counted.size());
    }

    /**
     * The matched passages (indices into {@code matches}, in A's order) that are shared furniture: the run of
     * adjacent verbatim passages that ends both texts, or starts both, with words in both texts between it and
     * anything else aligned (or the texts' other end) — an island of identical text where the articles differ. A
     * copy has no such island: its verbatim stretch runs on from the passages before it in at least one text.
     */
    private static BitSet furniture(List<Passage> matches, List<Word> aw, List<Word> bw) {
        BitSet out = new BitSet();
        if (matches.isEmpty() || aw.isEmpty() || bw.isEmpty()) {
            return out;
        }
        int last = matches.size() - 1;
        Passage tail = matches.get(last);
        if (isVerbatim(tail) && wordsBetween(aw, tail.aEnd(), aw.get(aw.size() - 1).end()) == 0
                && wordsBetween(bw, tail.bEnd(), bw.get(bw.size() - 1).end()) == 0) {
            int from = last;
            while (from > 0 && isVerbatim(matches.get(from - 1)) && adjacent(matches.get(from - 1), matches.get(from), aw, bw)) {
                from--;
            }
            int aBefore = from == 0 ? aw.get(0).start() : matches.get(from - 1).aEnd();
            int bBefore = from == 0 ? bw.get(0).start() : matches.get(from - 1).bEnd();
            if (wordsBetween(aw, aBefore, matches.get(from).aStart()) > 0 && wordsBetween(bw, bBefore, matches.get(from).bStart()) > 0) {
                out.set(from, last + 1);
            }
        }
        Passage head = matches.get(0);
        if (!out.get(0) && isVerbatim(head) && wordsBetween(aw, aw.get(0).start(), head.aStart()) == 0
                && wordsBetween(bw, bw.get(0).start(), head.bStart()) == 0) {
            int to = 0;
            while (to < last && isVerbatim(matches.get(to + 1)) && adjacent(matches.get(to), matches.get(to + 1), aw, bw)) {
                to++;
            }
            int aAfter = to == last ? aw.get(aw.size() - 1).end() + 1 : matches.get(to + 1).aStart();
            int bAfter = to == last ? bw.get(bw.size() - 1).end() + 1 : matches.get(to + 1).bStart();
            if (!out.get(to) && wordsBetween(aw, matches.get(to).aEnd(), aAfter) > 0 && wordsBetween(bw, matches.get(to).bEnd(), bAfter) > 0) {
                out.set(0, to + 1);
            }
        }
        return out;
    }

    private static boolean isVerbatim(Passage p) {
        return p.kind() == PassageKind.VERBATIM;
    }

    /** Whether {@code next} follows {@code p} with no word between, in both texts. */
    private static boolean adjacent(Passage p, Passage next, List<Word> aw, List<Word> bw) {
        return wordsBetween(aw, p.aEnd(), next.aStart()) == 0 && wordsBetween(bw, p.bEnd(), next.bStart()) == 0;
    }

    private static int wordsBetween(List<Word> words, int from, int to) {
        if (to <= from) {
            return 0;
        }
        return PassageAlignment.firstAtOrAfter(words, to) - PassageAlignment.firstAtOrAfter(words, from);
    }

    private static double coverage(List<Word> words, BitSet quoted, List<int[]> furniture, List<Passage> counted, boolean sideA) {
        BitSet in = new BitSet(words.size());
        for (Passage p : counted) {
            mark(words, sideA ? p.aStart() : p.bStart(), sideA ? p.aEnd() : p.bEnd(), in);
        }
        BitSet out = new BitSet(words.size());
        for (int[] f : furniture) {
            mark(words, f[0], f[1], out);
        }
        int own = 0;
        int covered = 0;
        for (int k = 0; k < words.size(); k++) {
            if (out.get(k) || quoted.get(words.get(k).start())) {
                continue;
            }
            own++;
            if (in.get(k)) {
                covered++;
            }
        }
        return own == 0 ? 0 : (double) covered / own;
    }

    private static void mark(List<Word> words, int start, int end, BitSet set) {
        for (int k = PassageAlignment.firstAtOrAfter(words, start); k < words.size() && words.get(k).end() <= end; k++) {
            set.set(k);
        }
    }

    private static double share(BitSet quoted, List<Word> words, int start, int end) {
        int n = 0;
        int q = 0;
        for (int k = PassageAlignment.firstAtOrAfter(words, start); k < words.size() && words.get(k).end() <= end; k++) {
            n++;
            if (quoted.get(words.get(k).start())) {
                q++;
            }
        }
        return n == 0 ? 0 : (double) q / n;
    }

    /**
     * The characters inside quotation marks: between “ and ”, and between straight double quotes paired within a
     * paragraph. A paragraph break closes an open quote (a quote running on opens again in the next paragraph).
     */
    static BitSet quoted(String raw) {
        BitSet out = new BitSet(raw.length());
        boolean curly = false;
        boolean straight = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                curly = false;
                straight = false;
            } else if (c == '\u201C') {
                curly = true;
            } else if (c == '\u201D') {
                curly = false;
            } else if (c == '"') {
                straight = !straight;
            } else if (curly || straight) {
                out.set(i);
            }
        }
        return out;
    }
}
