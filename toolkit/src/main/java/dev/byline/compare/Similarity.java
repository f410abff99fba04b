package dev.byline.compare;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Document similarity over a corpus: one row per pair, with a relation label and, for derived
 * pairs, the likely source and whether it is credited.
 *
 * <pre>{@code
 * Table t = Similarity.table(Corpus.load(Path.of("corpus")));
 * t.where(t.stringColumn("relation").isEqualTo("rewrite"));
 * }</pre>
 *
 * <p>Small corpora ({@value #ALL_PAIRS_LIMIT} documents or fewer) compare every pair. Larger
 * ones compare only the candidate pairs {@link MinHashLsh} proposes, so the cost grows with the
 * number of near pairs rather than with the square of the corpus.
 */
public final class Similarity {
    /** Up to this many documents every pair is scored; above it, MinHash-LSH candidates only. */
    public static final int ALL_PAIRS_LIMIT = 300;

    private Similarity() {
    }

    /**
     * A new table, one row per compared pair (a before b in corpus order): doc_a, doc_b, cosine,
     * containment_a_in_b, containment_b_in_a, shared_passages, relation, source, credited,
     * evidence. {@code source} is filled where the evidence gives a direction: for copies,
     * rewrites and spun copies, and for siblings whose common parent is in the corpus;
     * {@code credited} (yes / no / unknown, see {@link Credit}) for pairs with a source.
     */
    public static Table table(Corpus corpus) {
        return corpus.size() <= ALL_PAIRS_LIMIT ? allPairsTable(corpus) : candidateTable(corpus, MinHashLsh.defaults());
    }

    /**
     * The similarity table over the candidate pairs of {@code lsh} only, whatever the corpus size.
     * Each pair is judged on its own, as byline-spark judges it; pass the result to
     * {@link Siblings#resolve} to relabel two derivations of one common source as siblings.
     * Documents are read twice (signatures and document frequencies, then the candidate pairs) and
     * their words are not kept between the passes, so memory stays near the signatures' size.
     */
    public static Table candidateTable(Corpus corpus, MinHashLsh lsh) {
        List<Document> docs = corpus.list();
        int n = docs.size();
        long[][] sigs = new long[n][];
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            List<Word> w = Words.of(docs.get(i));
            sigs[i] = lsh.signature(MinHashLsh.elements(w));
            TfIdf.countDocumentFrequency(w, df);
        }
        Table t = emptyTable();
        int cached = -1;
        List<Word> aw = null;
        long[] as = null;
        java.util.Map<String, Double> av = null;
        for (int[] p : lsh.candidatePairs(sigs)) {
            if (p[0] != cached) {
                cached = p[0];
                aw = Words.of(docs.get(p[0]));
                as = Shingles.of(aw, Shingles.DEFAULT_SIZE);
                av = TfIdf.vector(aw, df, n);
            }
            List<Word> bw = Words.of(docs.get(p[1]));
            double cosine = TfIdf.cosine(av, TfIdf.vector(bw, df, n));
            PairScore s = score(docs.get(p[0]), aw, as, docs.get(p[1]), bw, Shingles.of(bw, Shingles.DEFAULT_SIZE), cosine);
            Relation r = RelationRule.decide(s);
            append(t, s, r, r.isDerived() ? SourceInference.infer(s, aw, bw) : null);
        }
        // Pair by pair, as byline-spark's near-duplicates job judges them (same rows); the corpus-wide
        // sibling pass is the caller's: Siblings.resolve(table).
        return t;
    }

    private static Table allPairsTable(Corpus corpus) {
        List<Document> docs = corpus.list();
        List<List<Word>> words = new ArrayList<>();
        for (Document d : docs) {
            words.add(Words.of(d));
        }
        TfIdf tfidf = TfIdf.of(words);
        List<int[]> pairs = allPairs(docs.size());
        long[][] shingles = new long[docs.size()][];
        Table t = emptyTable();
        for (int[] p : pairs) {
            int i = p[0];
            int j = p[1];
            for (int d : p) {
                if (shingles[d] == null) {
                    shingles[d] = Shingles.of(words.get(d), Shingles.DEFAULT_SIZE);
                }
            }
            PairScore s = score(docs.get(i), words.get(i), shingles[i], docs.get(j), words.get(j), shingles[j], tfidf.cosine(i, j));
            Relation r = RelationRule.decide(s);
            SourceGuess g = r.isDerived() ? SourceInference.infer(s, words.get(i), words.get(j)) : null;
            append(t, s, r, g);
        }
        return Siblings.resolve(t);
    }

    /** The measurements for one pair, with the cosine computed over just these two documents. */
    public static PairScore score(Document a, Document b) {
        List<Word> aw = Words.of(a);
        List<Word> bw = Words.of(b);
        double cosine = TfIdf.of(List.of(aw, bw)).cosine(0, 1);
        return score(a, aw, Shingles.of(aw, Shingles.DEFAULT_SIZE), b, bw, Shingles.of(bw, Shingles.DEFAULT_SIZE), cosine);
    }

    /** The relation label for a pair, by the rules in {@link RelationRule}. */
    public static Relation relation(Document a, Document b) {
        return RelationRule.decide(score(a, b));
    }

    /** For a derived pair, which side is likely the source and whether it is credited. */
    public static SourceGuess source(Document a, Document b) {
        PairScore s = score(a, b);
        return SourceInference.infer(s, Words.of(a), Words.of(b));
    }

    static PairScore score(Document a, List<Word> aw, long[] as, Document b, List<Word> bw, long[] bs, double cosine) {
        int shared = SharedPassages.runs(aw, bs, Shingles.DEFAULT_SIZE).size();
        double cab = round(Shingles.containment(as, bs));
        double cba = round(Shingles.containment(bs, as));
        // Sentence alignment is the costly part; below this cosine no rule that reads it can hold.
        if (cosine < RelationRule.ALIGNMENT_MIN_COSINE && Math.max(cab, cba) < RelationRule.COPY_CONTAINMENT) {
            return new PairScore(a, b, round(cosine), cab, cba, shared, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        PassageAlignment al = PassageAligner.align(a, aw, b, bw);
        SpunSwaps swaps = SpunSwaps.of(al);
        OwnWordsCoverage own = OwnWordsCoverage.of(al);
        return new PairScore(a, b, round(cosine), cab, cba,
                shared, round(al.coverageA()), round(al.coverageB()), round(al.orderAgreement()), al.matchedCount(),
                round(swaps.swapRate()), round(swaps.inPlaceShare()), swaps.thesaurusSwaps(), round(swaps.thesaurusRate()),
                round(own.max()), own.matched());
    }

    private static List<int[]> allPairs(int n) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out.add(new int[] {i, j});
            }
        }
        return out;
    }

    private static Table emptyTable() {
        return Table.create("similarity",
                StringColumn.create("doc_a"), StringColumn.create("doc_b"), DoubleColumn.create("cosine"),
                DoubleColumn.create("containment_a_in_b"), DoubleColumn.create("containment_b_in_a"),
                IntColumn.create("shared_passages"), StringColumn.create("relation"), StringColumn.create("source"),
                StringColumn.create("credited"), StringColumn.create("evidence"));
    }

    private static void append(Table t, PairScore s, Relation r, SourceGuess g) {
        t.stringColumn("doc_a").append(s.a().id());
        t.stringColumn("doc_b").append(s.b().id());
        t.doubleColumn("cosine").append(s.cosine());
        t.doubleColumn("containment_a_in_b").append(s.containmentAInB());
        t.doubleColumn("containment_b_in_a").append(s.containmentBInA());
        t.intColumn("shared_passages").append(s.sharedPassages());
        t.stringColumn("relation").append(SourceInference.refine(r, g).label());
        t.stringColumn("source").append(g == null ? "" : g.source().map(Document::id).orElse(""));
        t.stringColumn("credited").append(g == null || g.source().isEmpty() ? "" : g.credit().label());
        t.stringColumn("evidence").append(g == null ? RelationRule.explain(s, r) : RelationRule.explain(s, r) + "; " + g.evidence());
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
