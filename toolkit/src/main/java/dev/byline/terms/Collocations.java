package dev.byline.terms;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Collocations: the words found near a node word (or phrase) more often than chance, and the word pairs
 * that go together across a corpus. Counted over the terms {@link TermOptions} keeps (single words),
 * within sentences.
 *
 * <pre>{@code
 * Table near = Collocations.of(corpus, "peace", 5, TermOptions.defaults());    // 5 terms either side
 * Collocations.of(corpus, "peace talks", 5, TermOptions.defaults());         // of a phrase
 * Table pairs = Collocations.bigrams(corpus, TermOptions.defaults(), 2);      // pairs seen at least twice
 * }</pre>
 */
public final class Collocations {
    private Collocations() {
    }

    /**
     * Collocates of {@code node} within {@code window} terms to its left and right in the same sentence:
     * collocate, count, left, right, collocate_total, node_total, log_likelihood, pmi.
     *
     * <p>The node is a word or a phrase, made into terms as the text is ({@link TermOptions}: a possessive
     * {@code ’s} dropped, case folded, stemmed as the options stem) and matched case-insensitively; a phrase
     * matches its terms in a row within a sentence. The window positions are the terms within {@code window}
     * of an occurrence of the node (outside that occurrence), each counted once however many windows it falls
     * in; {@code left} counts those nearer an occurrence that follows them (ties left), {@code right} the others.
     * Let {@code W} be the number of window positions, {@code N} the number of terms in the corpus, {@code f}
     * the collocate's corpus frequency and {@code O} its count in the windows ({@code O <= f}, {@code O <= W}).
     * {@code log_likelihood} is G² of the table {@code [O, W - O; f - O, N - W - (f - O)]} (in the windows or
     * not × this collocate or not; its cells add up to {@code N}), and {@code pmi = log2(O / (W * f / N))}.
     * Strongest (by log-likelihood) first, ties alphabetical.
     *
     * @throws BylineException if the window is less than 1, or the node has no term the options keep (a stop
     *                         word, say: the message tells which option would count it)
     */
    public static Table of(Corpus corpus, String node, int window, TermOptions options) {
        Near near = new Near(node, window, options);
        TermExtractor extractor = near.extractor(options.caseMode() == CaseMode.KEEP_PROPER_NOUNS ? CaseProfile.of(corpus) : null);
        for (Document d : corpus) {
            near.add(d, extractor);
        }
        return near.table();
    }

    /**
     * {@link #of(Corpus, String, int, TermOptions)} of documents read as a stream: the same table, the files
     * read in parallel and only the counts kept. {@link CaseMode#KEEP_PROPER_NOUNS} reads the files twice.
     *
     * <pre>{@code
     * Table near = Collocations.of(DocumentStream.of(LoadOptions.defaults(), Path.of("archive")), "peace", 5, TermOptions.defaults());
     * }</pre>
     */
    public static Table of(DocumentStream documents, String node, int window, TermOptions options) {
        Near total = new Near(node, window, options);
        if (total.countFrequenciesApart(documents)) {
            // Only documents that can hold the node are tokenized for its windows. A term is a word of the node
            // exactly when its token's normal form is (case folded, no stemming), so a document without those
            // normal forms anywhere adds nothing but frequencies, which the bytes gave already.
            PerThread<TermExtractor> extractors = new PerThread<>(() -> total.extractor(null));
            documents.forEachOrdered(d -> {
                Near part = new Near(total);
                if (total.node.mayOccurIn(d, options.parts())) {
                    part.addWindows(d, extractors.get());
                }
                return part;
            }, total::merge);
            return total.table();
        }
        CaseProfile profile = options.caseMode() == CaseMode.KEEP_PROPER_NOUNS ? CaseProfile.of(documents, d -> true) : null;
        PerThread<TermExtractor> extractors = new PerThread<>(() -> total.extractor(profile));
        documents.forEachOrdered(d -> {
            Near part = new Near(total);
            part.add(d, extractors.get());
            return part;
        }, total::merge);
        return total.table();
    }

    /** The counts behind {@link #of}: the terms near each occurrence of the node, and every term's frequency. */
    private static final class Near {
        final TermOptions unigrams;
        final int window;
        final QueryTerms node;
        final Map<String, long[]> near = new HashMap<>();   // collocate -> {left, right}
        final Map<String, Long> frequency = new HashMap<>();
        long corpusSize;                                    // N
        long windowSize;                                    // W
        long nodeCount;
        private int[] starts = new int[64];                 // scratch for one sentence: where the node starts
        private int[] before = new int[64];                 // and each term's distance to an occurrence before it

        Near(String node, int window, TermOptions options) {
            if (window < 1) {
                throw new BylineException("the collocation window must be at least 1, not " + window);
            }
            this.unigrams = options.withNgrams(1, 1);
            this.window = window;
            this.node = QueryTerms.of(node, unigrams);
        }

        /** Empty counts for the node and window of {@code like}. */
        Near(Near like) {
            this.unigrams = like.unigrams;
            this.window = like.window;
            this.node = like.node;
        }

        TermExtractor extractor(CaseProfile profile) {
            return new TermExtractor(unigrams, profile);
        }

        /**
         * For case-folded single words without stemming: every term's frequency and N from the files' bytes, as
         * {@link Terms#frequencyRows} counts them, before any window is looked at. False (nothing counted) for other
         * options, or if that pass met two documents with one id (it kept whichever came first; the windows pass
         * keeps the first in path order).
         */
        boolean countFrequenciesApart(DocumentStream documents) {
            if (unigrams.caseMode() != CaseMode.FOLD || unigrams.stemming() != Stemming.NONE || !UnigramScanner.handles(unigrams)) {
                return false;
            }
            List<TermFrequency> rows = Terms.frequencyRows(documents, unigrams);
            if (documents.skippedDuplicates()) {
                return false;
            }
            for (TermFrequency row : rows) {
                frequency.put(row.term(), row.count());
                corpusSize += row.count();
            }
            return true;
        }

        void add(Document d, TermExtractor extractor) {
            count(d, extractor, true);
        }

        /** The node's windows in {@code d}, without the frequencies (counted apart). */
        void addWindows(Document d, TermExtractor extractor) {
            count(d, extractor, false);
        }

        private void count(Document d, TermExtractor extractor, boolean frequencies) {
            extractor.sentences(d, (sentence, terms, tokenIndex, n) -> {
                if (frequencies) {
                    for (int i = 0; i < n; i++) {
                        frequency.merge(terms[i], 1L, Long::sum);
                    }
                    corpusSize += n;
                }
                windows(terms, n);
            });
        }

        /**
         * Counts the window positions of one sentence's terms, each once: a term is in a window if an occurrence of
         * the node ends at most {@code window} terms before it or starts at most {@code window} terms after it.
         */
        private void windows(String[] terms, int n) {
            int size = node.size();
            if (starts.length < n) {
                starts = new int[Math.max(n, starts.length * 2)];
                before = new int[starts.length];
            }
            int occurrences = 0;                            // where the node starts, in order (a phrase may overlap itself)
            for (int j = 0; j + size <= n; j++) {
                if (node.matchesAt(terms, j)) {
                    starts[occurrences++] = j;
                }
            }
            if (occurrences == 0) {
                return;
            }
            nodeCount += occurrences;
            // left to right: how far each term is after the last term of the nearest occurrence ending before it
            int lastEnd = Integer.MIN_VALUE / 2;
            for (int j = 0, o = 0; j < n; j++) {
                for (; o < occurrences && starts[o] + size - 1 < j; o++) {
                    lastEnd = starts[o] + size - 1;
                }
                before[j] = j - lastEnd;
            }
            // right to left: how far each term is before the nearest occurrence starting after it
            int nextStart = Integer.MAX_VALUE / 2;
            for (int j = n - 1, o = occurrences - 1; j >= 0; j--) {
                for (; o >= 0 && starts[o] > j; o--) {
                    nextStart = starts[o];
                }
                int after = nextStart - j;
                if (Math.min(before[j], after) <= window) {
                    near.computeIfAbsent(terms[j], k -> new long[2])[after <= before[j] ? 0 : 1]++;
                    windowSize++;
                }
            }
        }

        void merge(Near other) {
            other.near.forEach((term, lr) -> {
                long[] mine = near.computeIfAbsent(term, k -> new long[2]);
                mine[0] += lr[0];
                mine[1] += lr[1];
            });
            other.frequency.forEach((term, f) -> frequency.merge(term, f, Long::sum));
            corpusSize += other.corpusSize;
            windowSize += other.windowSize;
            nodeCount += other.nodeCount;
        }

        Table table() {
            record Row(String term, long left, long right, long total, double ll, double pmi) {
            }
            List<Row> rows = new ArrayList<>();
            near.forEach((term, lr) -> {
                long o = lr[0] + lr[1];
                long f = frequency.get(term);
                // each position is counted once, so no cell is negative: O <= f, O <= W, f - O <= N - W
                double ll = LogLikelihood.g2x2(o, windowSize - o, f - o, corpusSize - windowSize - (f - o));
                double pmi = Math.log(o / (windowSize * (double) f / corpusSize)) / Math.log(2);
                rows.add(new Row(term, lr[0], lr[1], f, ll, pmi));
            });
            rows.sort(Comparator.comparingDouble(Row::ll).reversed().thenComparing(Row::term));
            StringColumn collocate = StringColumn.create("collocate");
            LongColumn count = LongColumn.create("count");
            LongColumn left = LongColumn.create("left");
            LongColumn right = LongColumn.create("right");
            LongColumn collocateTotal = LongColumn.create("collocate_total");
            LongColumn nodeTotal = LongColumn.create("node_total");
            DoubleColumn ll = DoubleColumn.create("log_likelihood");
            DoubleColumn pmi = DoubleColumn.create("pmi");
            for (Row r : rows) {
                collocate.append(r.term());
                count.append(r.left() + r.right());
                left.append(r.left());
                right.append(r.right());
                collocateTotal.append(r.total());
                nodeTotal.append(nodeCount);
                ll.append(r.ll());
                pmi.append(r.pmi());
            }
            return Table.create("collocates", collocate, count, left, right, collocateTotal, nodeTotal, ll, pmi);
        }
    }

    /**
     * Adjacent word pairs (within a sentence, after stop words and punctuation are dropped) seen at least
     * {@code minCount} times: w1, w2, count, w1_count, w2_count, log_likelihood, pmi. With {@code N}
     * pairs in all, {@code c1} pairs starting with w1 and {@code c2} pairs ending with w2,
     * {@code log_likelihood} is Dunning's G² of {@code [count, c1 - count; c2 - count, N - c1 - c2 + count]}
     * (the statistic Smile's {@code smile.nlp.collocation.Bigram} ranks by) and
     * {@code pmi = log2(count * N / (c1 * c2))}. Strongest first, ties alphabetical.
     */
    public static Table bigrams(Corpus corpus, TermOptions options, int minCount) {
        TermOptions unigrams = options.withNgrams(1, 1);
        CaseProfile profile = unigrams.caseMode() == CaseMode.KEEP_PROPER_NOUNS ? CaseProfile.of(corpus) : null;
        TermExtractor extractor = new TermExtractor(unigrams, profile);
        Map<String, Map<String, long[]>> pairs = new HashMap<>();
        Map<String, Long> first = new HashMap<>();
        Map<String, Long> second = new HashMap<>();
        long[] total = new long[1];
        for (Document d : corpus) {
            extractor.sentences(d, (sentence, terms, tokenIndex, n) -> {
                for (int i = 0; i + 1 < n; i++) {
                    pairs.computeIfAbsent(terms[i], k -> new HashMap<>()).computeIfAbsent(terms[i + 1], k -> new long[1])[0]++;
                    first.merge(terms[i], 1L, Long::sum);
                    second.merge(terms[i + 1], 1L, Long::sum);
                    total[0]++;
                }
            });
        }
        record Row(String w1, String w2, long c, long c1, long c2, double ll, double pmi) {
        }
        List<Row> rows = new ArrayList<>();
        long n = total[0];
        pairs.forEach((w1, seconds) -> seconds.forEach((w2, c) -> {
            if (c[0] >= minCount) {
                long c1 = first.get(w1);
                long c2 = second.get(w2);
                double ll = LogLikelihood.g2x2(c[0], c1 - c[0], c2 - c[0], n - c1 - c2 + c[0]);
                double pmi = Math.log((double) c[0] * n / ((double) c1 * c2)) / Math.log(2);
                rows.add(new Row(w1, w2, c[0], c1, c2, ll, pmi));
            }
        }));
        rows.sort(Comparator.comparingDouble(Row::ll).reversed().thenComparing(Row::w1).thenComparing(Row::w2));
        StringColumn w1 = StringColumn.create("w1");
        StringColumn w2 = StringColumn.create("w2");
        LongColumn count = LongColumn.create("count");
        LongColumn c1 = LongColumn.create("w1_count");
        LongColumn c2 = LongColumn.create("w2_count");
        DoubleColumn ll = DoubleColumn.create("log_likelihood");
        DoubleColumn pmi = DoubleColumn.create("pmi");
        for (Row r : rows) {
            w1.append(r.w1());
            w2.append(r.w2());
            count.append(r.c());
            c1.append(r.c1());
            c2.append(r.c2());
            ll.append(r.ll());
            pmi.append(r.pmi());
        }
        return Table.create("bigrams", w1, w2, count, c1, c2, ll, pmi);
    }
}
