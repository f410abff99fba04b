package dev.byline.terms;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Term counts, frequency tables, TF-IDF and distinctive terms, as new Tablesaw tables.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.load("corpus");
 * Table counts = Terms.count(corpus);                         // doc, term, count
 * Table top = Terms.frequencies(corpus).first(20);            // term, count, docs, per_10k, rank
 * Table bigrams = Terms.frequencies(corpus, TermOptions.defaults().withNgrams(2, 2));
 * Table tfidf = Terms.tfidf(corpus);                          // doc, term, count, tf_idf
 * Table key = Terms.distinctive(corpus, 10);                  // the 10 highest TF-IDF terms of each document
 * }</pre>
 *
 * <p>What a term is (case, stop words, stemming, numbers, n-grams) is set by {@link TermOptions}.
 */
public final class Terms {
    private Terms() {
    }

    /**
     * Checks that a word or phrase asked of {@link Collocations} or {@link Trends} can match a term of the text under
     * {@code options}, before any file is read: it must have a word, and none of its words may be one the options
     * drop (a stop word, a word shorter than the minimum length, a number when numbers are not counted).
     *
     * <pre>{@code
     * Terms.checkQuery("the", TermOptions.defaults());   // throws: "the" is a stop word ... add --keep-stopwords
     * }</pre>
     *
     * @throws dev.byline.BylineException saying why the query could never match, and how to count it
     */
    public static void checkQuery(String query, TermOptions options) {
        QueryTerms.of(query, options);
    }

    /** {@link #count(Corpus, TermOptions)} with {@link TermOptions#defaults()}. */
    public static Table count(Corpus corpus) {
        return count(corpus, TermOptions.defaults());
    }

    /**
     * One row per document and term: doc, term, count. Rows in document order, then most frequent
     * first, ties alphabetical.
     */
    public static Table count(Corpus corpus, TermOptions options) {
        return countTable(perDocument(corpus, options, Ranked.maker(Integer.MAX_VALUE)));
    }

    /**
     * {@link #count(Corpus, TermOptions)} of documents read as a stream: the same rows in the same order,
     * the files read in parallel and only each document's counts kept. {@link CaseMode#KEEP_PROPER_NOUNS}
     * reads the files twice.
     *
     * <pre>{@code
     * Table counts = Terms.count(DocumentStream.of(LoadOptions.defaults(), Path.of("archive")), TermOptions.defaults());
     * }</pre>
     */
    public static Table count(DocumentStream documents, TermOptions options) {
        return countTable(perDocument(documents, options, Ranked.maker(Integer.MAX_VALUE), Ranked::id));
    }

    /**
     * Each document's {@code top} most frequent terms (ties alphabetical): the rows of
     * {@link #count(Corpus, TermOptions)} that a per-document top list shows, in the same order.
     */
    public static Table count(Corpus corpus, TermOptions options, int top) {
        return countTable(perDocument(corpus, options, Ranked.maker(checkTop(top))));
    }

    /**
     * {@link #count(Corpus, TermOptions, int)} of documents read as a stream: only each document's {@code top}
     * rows are kept while the files are read, so memory grows with the documents, not with their vocabulary.
     */
    public static Table count(DocumentStream documents, TermOptions options, int top) {
        return countTable(perDocument(documents, options, Ranked.maker(checkTop(top)), Ranked::id));
    }

    private static int checkTop(int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, not " + top);
        }
        return top;
    }

    /** What {@code keep} makes of each document's counts, in corpus (id) order. */
    private static <T> List<T> perDocument(Corpus corpus, TermOptions options,
                                           BiFunction<String, Map<String, TermCounter.Count>, T> keep) {
        List<Map<String, TermCounter.Count>> perDoc = countEach(corpus, options);
        List<T> rows = new ArrayList<>();
        for (int d = 0; d < corpus.size(); d++) {
            rows.add(keep.apply(corpus.list().get(d).id(), perDoc.get(d)));
        }
        return rows;
    }

    /** What {@code keep} makes of each document's counts, in id order as a corpus has them, read in parallel keeping no text. */
    private static <T> List<T> perDocument(DocumentStream documents, TermOptions options,
                                           BiFunction<String, Map<String, TermCounter.Count>, T> keep, Function<T, String> id) {
        CaseProfile profile = options.caseMode() == CaseMode.KEEP_PROPER_NOUNS
                ? CaseProfile.of(documents, d -> true) : null;
        PerThread<TermCounter> counters = new PerThread<>(() -> new TermCounter(options, profile));
        List<T> rows = new ArrayList<>();
        if (UnigramScanner.handles(options)) {
            // plain-text files counted from their bytes, never decoded
            documents.forEachOrderedBody((doc, utf8, paragraphs, n) -> keep.apply(doc, counters.get().count(utf8, paragraphs, n)),
                    d -> keep.apply(d.id(), counters.get().count(d)), rows::add, options.parts());
        } else {
            documents.forEachOrdered(d -> keep.apply(d.id(), counters.get().count(d)), rows::add);
        }
        rows.sort(Comparator.comparing(id));
        return rows;
    }

    /**
     * A document's counts as {@link #count} shows them, compactly (held for every document of a stream): terms
     * most frequent first, ties alphabetical, each term string shared by all documents through {@code vocabulary}.
     */
    private record Ranked(String id, String[] terms, int[] counts) {
        /** The counts of a document, its first {@code top} terms kept. */
        static BiFunction<String, Map<String, TermCounter.Count>, Ranked> maker(int top) {
            Map<String, String> vocabulary = new ConcurrentHashMap<>();
            return (id, counts) -> {
                List<Map.Entry<String, TermCounter.Count>> rows = top < counts.size() / 8 ? first(counts, top) : sorted(counts);
                String[] terms = new String[Math.min(top, rows.size())];
                int[] values = new int[terms.length];
                for (int i = 0; i < terms.length; i++) {
                    terms[i] = vocabulary.computeIfAbsent(rows.get(i).getKey(), t -> t);
                    values[i] = rows.get(i).getValue().value;
                }
                return new Ranked(id, terms, values);
            };
        }
    }

    /** doc, term, count: the documents in the order given, each one's terms most frequent first. */
    private static Table countTable(List<Ranked> documents) {
        StringColumn doc = StringColumn.create("doc");
        StringColumn term = StringColumn.create("term");
        IntColumn count = IntColumn.create("count");
        for (Ranked d : documents) {
            for (int i = 0; i < d.terms().length; i++) {
                doc.append(d.id());
                term.append(d.terms()[i]);
                count.append(d.counts()[i]);
            }
        }
        return Table.create("terms", doc, term, count);
    }

    /** {@link #frequencies(Corpus, TermOptions)} with {@link TermOptions#defaults()}. */
    public static Table frequencies(Corpus corpus) {
        return frequencies(corpus, TermOptions.defaults());
    }

    /**
     * The frequency table of a corpus (or of a subset: {@code corpus.select(ids)}): term, count, docs
     * (documents containing it), per_10k (occurrences per 10,000 terms of the same n-gram size), rank
     * (1 = most frequent; equal counts share a rank, as in 1, 2, 2, 4). Most frequent first, ties alphabetical.
     */
    public static Table frequencies(Corpus corpus, TermOptions options) {
        FrequencyAccumulator total = new FrequencyAccumulator();
        for (Map<String, TermCounter.Count> counts : countEach(corpus, options)) {
            total.add(counts);
        }
        return total.table("frequencies");
    }

    /**
     * The frequency table of documents read as a stream: the same table as
     * {@link #frequencies(Corpus, TermOptions)}, computed on all processors while holding only the
     * vocabulary, never the corpus's text or tokens. {@link CaseMode#KEEP_PROPER_NOUNS} reads the files twice
     * for n-grams, once for single words (see {@code ProperNounCounter}).
     */
    public static Table frequencies(DocumentStream documents, TermOptions options) {
        return FrequencyAccumulator.table("frequencies", frequencyRows(documents, options));
    }

    /**
     * The rows of {@link #frequencies(DocumentStream, TermOptions)}, in its order, without building a table:
     * for a caller that prints or streams them (the command line's {@code byline terms}).
     */
    public static List<TermFrequency> frequencyRows(DocumentStream documents, TermOptions options) {
        return frequencyRows(documents, options, Integer.MAX_VALUE);
    }

    /**
     * The first {@code top} of {@link #frequencyRows(DocumentStream, TermOptions)}, ranks and per_10k as in the whole
     * table, without sorting the rest: the terms seen once are most of a corpus's n-grams, and need no order when
     * only the most frequent are shown.
     */
    public static List<TermFrequency> frequencyRows(DocumentStream documents, TermOptions options, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, not " + top);
        }
        boolean properNouns = options.caseMode() == CaseMode.KEEP_PROPER_NOUNS;
        CaseProfile profile = null;
        List<TermFrequency> counted;
        if (ProperNounCounter.handles(options)) {
            // single words with proper nouns: counted in the pass that builds the case profile
            PerThread<ProperNounCounter> mine = new PerThread<>(() -> new ProperNounCounter(options));
            documents.stream().parallel().forEach(d -> mine.get().add(d));
            counted = ProperNounCounter.rowsOf(mine.all(), top);
        } else if (UnigramScanner.handles(options)) {
            PerThread<UnigramScanner> mine = new PerThread<>(() -> new UnigramScanner(options));
            documents.forEachBody(new DocumentStream.BodySink() {
                @Override
                public void body(byte[] utf8, int[] paragraphs, int count) {
                    mine.get().addBody(utf8, paragraphs, count);
                }

                @Override
                public void document(Document document) {
                    mine.get().add(document);
                }
            }, options.parts());
            counted = UnigramScanner.rowsOf(mine.all(), top);
        } else {
            profile = properNouns ? CaseProfile.of(documents, d -> true) : null;
            CaseProfile known = profile;
            PerThread<NgramCounter> mine = new PerThread<>(() -> new NgramCounter(options, known));
            documents.stream().parallel().forEach(d -> mine.get().add(d));
            counted = NgramCounter.rowsOf(mine.all(), top);
        }
        if (!documents.skippedDuplicates()) {
            return counted;
        }
        // Two documents had one id, and the parallel pass kept whichever came first: count again, keeping the
        // first in path order as Corpus.load does (rare, so the slower ordered pass costs nothing usually).
        CaseProfile ordered = profile != null || !properNouns ? profile : CaseProfile.of(documents, d -> true);
        PerThread<TermCounter> counters = new PerThread<>(() -> new TermCounter(options, ordered));
        FrequencyAccumulator total = new FrequencyAccumulator();
        documents.forEachOrdered(d -> counters.get().count(d), total::add);
        return total.rows(top);
    }

    /** {@link #tfidf(Corpus, TermOptions)} with {@link TermOptions#defaults()}. */
    public static Table tfidf(Corpus corpus) {
        return tfidf(corpus, TermOptions.defaults());
    }

    /**
     * TF-IDF weights, one row per document and term: doc, term, count, tf_idf. The weighting is
     * scikit-learn's {@code TfidfVectorizer} default, so results can be compared with it:
     * {@code tf} is the raw count in the document, {@code idf = ln((1 + n) / (1 + df)) + 1} with
     * {@code n} documents and {@code df} documents containing the term (smooth idf), and each
     * document's vector of {@code tf * idf} is divided by its Euclidean (L2) norm.
     * Rows in document order, then highest weight first, ties alphabetical.
     */
    public static Table tfidf(Corpus corpus, TermOptions options) {
        return TfIdfWeights.tfidfTable(perDocument(corpus, options, TfIdfWeights.DocCounts::new));
    }

    /**
     * {@link #tfidf(Corpus, TermOptions)} of documents read as a stream: the same rows in the same order, from
     * each document's counts (kept, as the table needs them) without its text.
     */
    public static Table tfidf(DocumentStream documents, TermOptions options) {
        return TfIdfWeights.tfidfTable(perDocument(documents, options, TfIdfWeights.DocCounts::new, TfIdfWeights.DocCounts::id));
    }

    /**
     * The rows of {@link #tfidf(DocumentStream, TermOptions)} ({@code top} 0) or of
     * {@link #distinctive(DocumentStream, TermOptions, int)} (each document's {@code top} heaviest terms), in
     * their order, without building a table: for a caller that prints them (the command line's
     * {@code byline terms --tfidf}).
     */
    public static List<TermWeight> tfidfRows(DocumentStream documents, TermOptions options, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top must be 0 (every term) or more, not " + top);
        }
        return TfIdfWeights.tfidfRows(perDocument(documents, options, TfIdfWeights.DocCounts::new, TfIdfWeights.DocCounts::id), top == 0 ? Integer.MAX_VALUE : top);
    }

    /** {@link #distinctive(Corpus, TermOptions, int)} with {@link TermOptions#defaults()}. */
    public static Table distinctive(Corpus corpus, int k) {
        return distinctive(corpus, TermOptions.defaults(), k);
    }

    /**
     * Each document's {@code k} most distinctive terms: the highest TF-IDF weights of
     * {@link #tfidf(Corpus, TermOptions)}. Columns doc, rank, term, count, tf_idf.
     */
    public static Table distinctive(Corpus corpus, TermOptions options, int k) {
        checkK(k);
        return TfIdfWeights.tfidfTable(perDocument(corpus, options, TfIdfWeights.DocCounts::new), k, true);
    }

    /** {@link #distinctive(Corpus, TermOptions, int)} of documents read as a stream: the same rows in the same order. */
    public static Table distinctive(DocumentStream documents, TermOptions options, int k) {
        checkK(k);
        return TfIdfWeights.tfidfTable(perDocument(documents, options, TfIdfWeights.DocCounts::new, TfIdfWeights.DocCounts::id), k, true);
    }

    private static void checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
    }

    /** Each document's term counts, in corpus order, counted on all processors. */
    static List<Map<String, TermCounter.Count>> countEach(Corpus corpus, TermOptions options) {
        CaseProfile profile = options.caseMode() == CaseMode.KEEP_PROPER_NOUNS ? CaseProfile.of(corpus) : null;
        PerThread<TermCounter> counters = new PerThread<>(() -> new TermCounter(options, profile));
        return corpus.list().parallelStream().map(d -> counters.get().count(d)).toList();
    }

    /** Counts of all terms of {@code documents} together (term → count), for keyness and trends. */
    static Map<String, Long> pooled(List<Document> documents, TermOptions options, CaseProfile profile) {
        PerThread<TermCounter> counters = new PerThread<>(() -> new TermCounter(options, profile));
        Map<String, Long> out = new HashMap<>();
        for (Map<String, TermCounter.Count> counts : documents.parallelStream().map(d -> counters.get().count(d)).toList()) {
            pool(out, counts);
        }
        return out;
    }

    /** Adds one document's term counts to pooled counts. */
    static void pool(Map<String, Long> into, Map<String, TermCounter.Count> counts) {
        counts.forEach((t, c) -> into.merge(t, (long) c.value, Long::sum));
    }

    /**
     * The first {@code top} entries of {@link #sorted} without sorting the rest: each entry is compared with the
     * last of the best so far, and only a better one is placed among them (a document's top 5 of its 300 terms).
     */
    private static List<Map.Entry<String, TermCounter.Count>> first(Map<String, TermCounter.Count> counts, int top) {
        List<Map.Entry<String, TermCounter.Count>> best = new ArrayList<>(top + 1);
        for (Map.Entry<String, TermCounter.Count> e : counts.entrySet()) {
            if (best.size() == top && !before(e, best.get(top - 1))) {
                continue;
            }
            int at = best.size();
            while (at > 0 && before(e, best.get(at - 1))) {
                at--;
            }
            best.add(at, e);
            if (best.size() > top) {
                best.remove(top);
            }
        }
        return best;
    }

    /** True if {@code a} comes before {@code b}: more frequent, or as frequent and first in alphabetical order. */
    private static boolean before(Map.Entry<String, TermCounter.Count> a, Map.Entry<String, TermCounter.Count> b) {
        int c = Integer.compare(b.getValue().value, a.getValue().value);
        return c != 0 ? c < 0 : a.getKey().compareTo(b.getKey()) < 0;
    }

    private static List<Map.Entry<String, TermCounter.Count>> sorted(Map<String, TermCounter.Count> counts) {
        List<Map.Entry<String, TermCounter.Count>> rows = new ArrayList<>(counts.entrySet());
        rows.sort((a, b) -> {
            int c = Integer.compare(b.getValue().value, a.getValue().value);
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        return rows;
    }
}
