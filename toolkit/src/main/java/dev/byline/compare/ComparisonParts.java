package dev.byline.compare;

import dev.byline.text.Document;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compare package's per-document and per-pair pieces, for work that compares a corpus split
 * across machines (the Spark near-duplicates job), so that it gives {@link Similarity#table}'s answers
 * without a second word model: {@link Words} (fold, Porter stems, content words), {@link Shingles},
 * {@link MinHashLsh}'s signatures and band keys, the TF-IDF weighting of {@link TfIdf}, and the pair
 * scoring, relation rule and source inference of {@link Similarity#table}, each computable where the
 * documents are.
 *
 * <pre>{@code
 * ComparisonParts.Features f = ComparisonParts.features(doc);       // in a task, per document
 * ComparisonParts.Judgement j = ComparisonParts.judge(a, b, cosine); // in a task, per candidate pair
 * }</pre>
 */
public final class ComparisonParts {
    /** {@link MinHashLsh#defaults()}: 40 bands of 3 rows, seed 1 (checked against it by the tests). */
    public static final int BANDS = 40;
    public static final int ROWS = 3;
    public static final long SEED = 1;
    private static final MinHashLsh LSH = new MinHashLsh(BANDS, ROWS, SEED, MinHashLsh.DEFAULT_MIN_ESTIMATE);

    private ComparisonParts() {
    }

    /**
     * What the candidate search and the cosine need of one document.
     *
     * @param signature  MinHash signature of its content stems (all {@code Long.MAX_VALUE} if it has none)
     * @param stemCounts occurrences of each content-word stem
     */
    public record Features(long[] signature, Map<String, Integer> stemCounts) implements Serializable {
        /** False for a document with no content words: it can be no one's candidate (as in the toolkit). */
        public boolean hasSignature() {
            return signature.length > 0 && signature[0] != Long.MAX_VALUE;
        }
    }

    /**
     * One candidate pair judged as {@link Similarity#table} judges it.
     *
     * @param cosine     TF-IDF cosine (given, rounded to 3 places)
     * @param aInB       5-word shingle containment of a in b
     * @param bInA       of b in a
     * @param shared     shared verbatim passages
     * @param relation   the relation label
     * @param source     the likely source's id, for copies and rewrites ("" otherwise)
     * @param credited   "yes"/"no" for copies and rewrites ("" otherwise)
     * @param evidence   the measurements behind the label, in words
     */
    public record Judgement(double cosine, double aInB, double bInA, int shared, String relation, String source,
                            String credited, String evidence) implements Serializable {
    }

    /** The document's MinHash signature and content-stem counts. */
    public static Features features(Document document) {
        List<Word> words = Words.of(document);
        Map<String, Integer> counts = new HashMap<>();
        for (Word w : words) {
            if (w.content()) {
                counts.merge(w.stem(), 1, Integer::sum);
            }
        }
        return new Features(LSH.signature(MinHashLsh.elements(words)), counts);
    }

    /** The bucket of {@code band} for a signature: equal keys mean the band's rows all agree (as in the toolkit). */
    public static long bandKey(long[] signature, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
            key = Shingles.mix(key * 31 + signature[band * ROWS + r]);
        }
        return key;
    }

    /** Whether a band collision is kept as a candidate: the toolkit's minimum estimated Jaccard. */
    public static boolean keeps(long[] a, long[] b) {
        return MinHashLsh.estimate(a, b) >= MinHashLsh.DEFAULT_MIN_ESTIMATE;
    }

    /** Share of agreeing signature rows, rounded as the toolkit's candidate table rounds it. */
    public static double estimatedJaccard(long[] a, long[] b) {
        return Similarity.round(MinHashLsh.estimate(a, b));
    }

    /** A content stem's TF-IDF weight before normalising: sublinear tf times smoothed idf, as {@link TfIdf}. */
    public static double weight(int count, long documents, long documentFrequency) {
        return (1 + Math.log(count)) * (Math.log((1.0 + documents) / (1.0 + documentFrequency)) + 1);
    }

    /** The cosine of two L2-normalised TF-IDF vectors (their dot product), as {@link TfIdf} computes it. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return TfIdf.cosine(a, b);
    }

    /** Scores, labels and (for derived pairs) sources a pair, with the corpus-wide cosine given. */
    public static Judgement judge(Document a, Document b, double cosine) {
        return new PairJudge().judge(a, b, cosine);
    }

    /**
     * Judges pairs one after another, keeping the word lists and shingles of the documents seen
     * last, since a document is usually in several candidate pairs. Not thread-safe: one per task.
     */
    public static final class PairJudge {
        private static final int KEEP = 64;
        private final Map<Document, Prepared> recent = new java.util.LinkedHashMap<>(KEEP * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Document, Prepared> eldest) {
                return size() > KEEP;
            }
        };

        private record Prepared(List<Word> words, long[] shingles) {
        }

        /** As {@link ComparisonParts#judge}; pass the same Document object again to reuse its words. */
        public Judgement judge(Document a, Document b, double cosine) {
            Prepared pa = prepared(a);
            Prepared pb = prepared(b);
            PairScore s = Similarity.score(a, pa.words(), pa.shingles(), b, pb.words(), pb.shingles(), cosine);
            Relation r = RelationRule.decide(s);
            return Similarity.judgement(s, r, r.isDerived() ? SourceInference.infer(s, pa.words(), pb.words()) : null);
        }

        private Prepared prepared(Document d) {
            return recent.computeIfAbsent(d, x -> {
                List<Word> words = Words.of(x);
                return new Prepared(words, Shingles.of(words, Shingles.DEFAULT_SIZE));
            });
        }
    }
}
