package dev.byline.compare;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
        List<int[]> pairs = lsh.candidatePairs(sigs);
        long[] packed = new long[pairs.size()];
        for (int k = 0; k < packed.length; k++) {
            packed[k] = (long) pairs.get(k)[0] << 32 | pairs.get(k)[1];
        }
        List<ComparisonParts.Judgement> judged = new CandidateJudge(df, n).judge(packed, docs::get, d -> { });
        // Pair by pair, as byline-spark's near-duplicates job judges them (same rows); the corpus-wide
        // sibling pass is the caller's: Siblings.resolve(table).
        Table t = emptyTable();
        for (int k = 0; k < packed.length; k++) {
            append(t, docs.get(pairs.get(k)[0]).id(), docs.get(pairs.get(k)[1]).id(), judged.get(k));
        }
        return t;
    }

    /**
     * {@link #table(Corpus)} of documents too many to hold: the same rows as for the corpus {@code documents} load,
     * less the documents {@code keep} refuses. Above {@value #ALL_PAIRS_LIMIT} documents they are read twice: once
     * for their MinHash signatures and document frequencies, then again keeping only those in a candidate pair,
     * each let go once its pairs are judged; so memory follows the signatures and the candidates, not the corpus.
     * A corpus of no more than {@value #ALL_PAIRS_LIMIT} documents is held and compared pair by pair.
     *
     * <pre>{@code
     * Table t = Similarity.table(DocumentStream.of(LoadOptions.defaults(), Path.of("archive")), d -> true);
     * }</pre>
     */
    public static Table table(DocumentStream documents, Predicate<? super Document> keep) {
        return StreamedSimilarity.table(documents, keep, MinHashLsh.defaults(), true);
    }

    /** {@link #candidateTable(Corpus, MinHashLsh)} of documents too many to hold, read as {@link #table(DocumentStream, Predicate)} reads them. */
    public static Table candidateTable(DocumentStream documents, MinHashLsh lsh, Predicate<? super Document> keep) {
        return StreamedSimilarity.table(documents, keep, lsh, false);
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

    static Table emptyTable() {
        return Table.create("similarity",
                StringColumn.create("doc_a"), StringColumn.create("doc_b"), DoubleColumn.create("cosine"),
                DoubleColumn.create("containment_a_in_b"), DoubleColumn.create("containment_b_in_a"),
                IntColumn.create("shared_passages"), StringColumn.create("relation"), StringColumn.create("source"),
                StringColumn.create("credited"), StringColumn.create("evidence"));
    }

    private static void append(Table t, PairScore s, Relation r, SourceGuess g) {
        append(t, s.a().id(), s.b().id(), judgement(s, r, g));
    }

    /** One row of the table: the pair's ids and its judgement. */
    static void append(Table t, String a, String b, ComparisonParts.Judgement j) {
        t.stringColumn("doc_a").append(a);
        t.stringColumn("doc_b").append(b);
        t.doubleColumn("cosine").append(j.cosine());
        t.doubleColumn("containment_a_in_b").append(j.aInB());
        t.doubleColumn("containment_b_in_a").append(j.bInA());
        t.intColumn("shared_passages").append(j.shared());
        t.stringColumn("relation").append(j.relation());
        t.stringColumn("source").append(j.source());
        t.stringColumn("credited").append(j.credited());
        t.stringColumn("evidence").append(j.evidence());
    }

    /** What the table says of a scored pair, labelled {@code r} and (if derived) sourced {@code g}: strings and numbers only. */
    static ComparisonParts.Judgement judgement(PairScore s, Relation r, SourceGuess g) {
        String explain = RelationRule.explain(s, r);
        return new ComparisonParts.Judgement(s.cosine(), s.containmentAInB(), s.containmentBInA(), s.sharedPassages(),
                SourceInference.refine(r, g).label(), g == null ? "" : g.source().map(Document::id).orElse(""),
                g == null || g.source().isEmpty() ? "" : g.credit().label(),
                g == null ? explain : explain + "; " + g.evidence());
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
