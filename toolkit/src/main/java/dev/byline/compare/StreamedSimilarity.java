package dev.byline.compare;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import tech.tablesaw.api.Table;

/**
 * {@link Similarity}'s tables over a {@link DocumentStream}, in two passes, holding neither the corpus nor its words.
 * The first pass keeps per document its id and MinHash signature (a flat {@code long[]}) and adds its content stems
 * to the document frequencies; banding gives the candidate pairs. The second pass keeps only the documents of some
 * pair, and each is dropped as soon as its last pair is judged. At 100,000 generated articles about two in five are
 * in a pair.
 *
 * <pre>{@code
 * Table t = StreamedSimilarity.table(documents, d -> true, MinHashLsh.defaults(), true);
 * }</pre>
 */
final class StreamedSimilarity {
    private StreamedSimilarity() {
    }

    /**
     * The table of the kept documents: {@link Similarity#table(Corpus)} if {@code allPairsWhenSmall}, else
     * {@link Similarity#candidateTable(Corpus, MinHashLsh)}. A corpus of no more than
     * {@link Similarity#ALL_PAIRS_LIMIT} documents is loaded by a second pass and compared as a {@link Corpus}.
     */
    static Table table(DocumentStream documents, Predicate<? super Document> keep, MinHashLsh lsh,
                       boolean allPairsWhenSmall) {
        Map<String, int[]> frequencies = new HashMap<>();
        MinHashLsh.Signatures signed = lsh.sign(documents, keep, stems -> {
            for (String s : stems) {
                frequencies.computeIfAbsent(s, k -> new int[1])[0]++;
            }
        });
        int n = signed.size();
        if (n <= Similarity.ALL_PAIRS_LIMIT) {
            List<Document> small = new ArrayList<>(n);
            documents.forEachOrdered(d -> keep.test(d) ? d : null, d -> {
                if (d != null) {
                    small.add(d);
                }
            });
            Corpus corpus = Corpus.of(small);
            return allPairsWhenSmall ? Similarity.table(corpus) : Similarity.candidateTable(corpus, lsh);
        }
        long[] pairs = lsh.pairs(signed);
        // the signatures (bands × rows longs a document, 96 MB at 100,000) are done with: keep the ids and read order
        signed = new MinHashLsh.Signatures(signed.ids(), signed.readIndex(), new long[0]);
        // how many pairs each document (by its place in id order) is in: kept while above zero
        AtomicIntegerArray pending = new AtomicIntegerArray(n);
        for (long p : pairs) {
            pending.incrementAndGet((int) (p >>> 32));
            pending.incrementAndGet((int) p);
        }
        AtomicReferenceArray<Document> held = hold(documents, keep, signed, pending);
        Map<String, Integer> df = new HashMap<>(frequencies.size() * 4 / 3 + 1);
        frequencies.forEach((stem, count) -> df.put(stem, count[0]));
        frequencies.clear();
        // each pair judges a copy (withMetadata of nothing: same id, path, text, metadata and format), whose views die
        // with it: the held document would otherwise keep its tokens and sentences (softly, so until the heap is
        // full), and at 100,000 articles the collector then spent a third of the run on them
        List<ComparisonParts.Judgement> judged = new CandidateJudge(df, n).judge(pairs, d -> held.get(d).withMetadata(Map.of()), d -> {
            if (pending.decrementAndGet(d) == 0) {
                held.set(d, null);
            }
        });
        Table t = Similarity.emptyTable();
        String[] ids = signed.ids();
        for (int k = 0; k < pairs.length; k++) {
            Similarity.append(t, ids[(int) (pairs[k] >>> 32)], ids[(int) pairs[k]], judged.get(k));
        }
        return t;
    }

    /** The second pass: the documents in some pair ({@code pending} above zero), by their place in id order. */
    private static AtomicReferenceArray<Document> hold(DocumentStream documents, Predicate<? super Document> keep,
                                                       MinHashLsh.Signatures signed, AtomicIntegerArray pending) {
        int n = signed.size();
        int[] rankOfRead = new int[n];
        for (int r = 0; r < n; r++) {
            rankOfRead[signed.readIndex()[r]] = r;
        }
        AtomicReferenceArray<Document> held = new AtomicReferenceArray<>(n);
        int[] read = {0};
        documents.forEachOrdered(d -> keep.test(d) ? d : null, d -> {
            if (d == null) {
                return;
            }
            int at = read[0]++;
            int rank = at < n ? rankOfRead[at] : -1;
            if (rank < 0 || !signed.ids()[rank].equals(d.id())) {
                throw new BylineException("the documents changed while they were compared: "
                        + d.id() + " was not read at this place the first time");
            }
            if (pending.get(rank) > 0) {
                held.set(rank, d.withMetadata(Map.of()));   // a copy without any view reading made
            }
        });
        if (read[0] != n) {
            throw new BylineException("the documents changed while they were compared: "
                    + n + " documents were read the first time, " + read[0] + " the second");
        }
        return held;
    }
}
