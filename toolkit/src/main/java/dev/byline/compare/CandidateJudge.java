package dev.byline.compare;

import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Judges candidate pairs as {@link Similarity#candidateTable} does, pair by pair, with the corpus's document
 * frequencies given: TF-IDF cosine, shingle containment, passages, relation and source. The pairs
 * {@code (i << 32) | j} come sorted, so a document's pairs as the first side are side by side and its words are
 * made once for them; runs of pairs are judged on all cores, and the judgements come back in the pairs' order.
 *
 * <pre>{@code
 * List<ComparisonParts.Judgement> js = new CandidateJudge(df, n).judge(pairs, docs::get, i -> {});
 * }</pre>
 */
final class CandidateJudge {
    /** Pairs judged by one task at least (a run of one first side is never split). */
    private static final int RUN = 64;

    private final Map<String, Integer> df;
    private final int n;

    /**
     * @param df document frequency of each content stem over the corpus
     * @param n  number of documents in the corpus
     */
    CandidateJudge(Map<String, Integer> df, int n) {
        this.df = df;
        this.n = n;
    }

    /**
     * The judgement of each pair, in order. {@code document} gives a document by its place; {@code done} is told
     * the place of each side of a pair once the pair is judged (from any thread), so a caller can let go of a
     * document whose pairs are all judged.
     */
    List<ComparisonParts.Judgement> judge(long[] pairs, IntFunction<Document> document, IntConsumer done) {
        List<int[]> runs = new ArrayList<>();
        for (int from = 0; from < pairs.length; ) {
            int to = Math.min(pairs.length, from + RUN);
            while (to < pairs.length && pairs[to] >>> 32 == pairs[to - 1] >>> 32) {
                to++;
            }
            runs.add(new int[] {from, to});
            from = to;
        }
        return IntStream.range(0, runs.size()).parallel()
                .mapToObj(r -> judgeRun(pairs, runs.get(r)[0], runs.get(r)[1], document, done))
                .flatMap(List::stream)
                .toList();
    }

    private List<ComparisonParts.Judgement> judgeRun(long[] pairs, int from, int to, IntFunction<Document> document,
                                                     IntConsumer done) {
        List<ComparisonParts.Judgement> out = new ArrayList<>(to - from);
        int cached = -1;
        Document a = null;
        List<Word> aw = null;
        long[] as = null;
        Map<String, Double> av = null;
        for (int k = from; k < to; k++) {
            int i = (int) (pairs[k] >>> 32);
            int j = (int) pairs[k];
            if (i != cached) {
                cached = i;
                a = document.apply(i);
                aw = Words.of(a);
                as = Shingles.of(aw, Shingles.DEFAULT_SIZE);
                av = TfIdf.vector(aw, df, n);
            }
            Document b = document.apply(j);
            List<Word> bw = Words.of(b);
            double cosine = TfIdf.cosine(av, TfIdf.vector(bw, df, n));
            PairScore s = Similarity.score(a, aw, as, b, bw, Shingles.of(bw, Shingles.DEFAULT_SIZE), cosine);
            Relation r = RelationRule.decide(s);
            out.add(Similarity.judgement(s, r, r.isDerived() ? SourceInference.infer(s, aw, bw) : null));
            done.accept(i);
            done.accept(j);
        }
        return out;
    }
}
