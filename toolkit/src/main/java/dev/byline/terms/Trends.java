package dev.byline.terms;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.text.Document;
import dev.byline.text.Parts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How often given terms (words or phrases) are used per date, month, year or outlet.
 *
 * <pre>{@code
 * Table t = Trends.of(corpus, List.of("putin", "nato"), TrendBy.MONTH, TermOptions.defaults());
 * Trends.of(corpus, List.of("peace talks"), TrendBy.OUTLET, TermOptions.defaults());   // a phrase
 * }</pre>
 */
public final class Trends {
    private Trends() {
    }

    /**
     * One row per group and term: the group (a column named by {@link TrendBy#column()}), term, count,
     * docs (documents in the group), terms (all single-word terms counted in the group) and per_10k
     * ({@code count * 10000 / terms}, for a phrase too). Groups sorted ({@code YYYY-MM-DD} sorts by time), then
     * terms in the order given. Documents with no date (or outlet) are left out.
     *
     * <p>Each term is made into terms as the text is ({@link TermOptions}: a possessive {@code ’s} dropped, so
     * "Putin’s" is putin; case folded; stemmed as the options stem) and matched case-insensitively; the
     * {@code term} column shows it so. A phrase is counted as the n-gram of its length, within sentences, as
     * {@link Terms#frequencies} counts n-grams (the n-gram sizes of {@code options} are not used).
     *
     * @throws BylineException if no terms are given, a term has a word the options drop (a stop word, say: the
     *                         message tells which option would count it), or no document has a date (or outlet)
     */
    public static Table of(Corpus corpus, List<String> terms, TrendBy by, TermOptions options) {
        TermOptions unigrams = options.withNgrams(1, 1);
        List<QueryTerms> wanted = wanted(terms, unigrams);
        CaseProfile profile = unigrams.caseMode() == CaseMode.KEEP_PROPER_NOUNS ? CaseProfile.of(corpus) : null;
        PerThread<Counter> counters = new PerThread<>(() -> new Counter(unigrams, profile, wanted));
        Map<String, Tally> groups = new TreeMap<>();
        corpus.list().parallelStream().map(d -> counters.get().tally(d, by)).toList()
                .forEach(t -> add(groups, t));
        return table(groups, wanted, by);
    }

    /**
     * {@link #of(Corpus, List, TrendBy, TermOptions)} of documents read as a stream: the same table, holding a
     * few numbers per group, never the texts. {@link CaseMode#KEEP_PROPER_NOUNS} reads the files twice.
     */
    public static Table of(DocumentStream documents, List<String> terms, TrendBy by, TermOptions options) {
        TermOptions unigrams = options.withNgrams(1, 1);
        List<QueryTerms> wanted = wanted(terms, unigrams);
        CaseProfile profile = unigrams.caseMode() == CaseMode.KEEP_PROPER_NOUNS ? CaseProfile.of(documents, d -> true) : null;
        PerThread<Counter> counters = new PerThread<>(() -> new Counter(unigrams, profile, wanted));
        Map<String, Tally> groups = new TreeMap<>();
        documents.forEachOrdered(d -> counters.get().tally(d, by), t -> add(groups, t));
        return table(groups, wanted, by);
    }

    /** The terms to follow, made into terms as the text is; two that come out the same are followed once. */
    private static List<QueryTerms> wanted(List<String> terms, TermOptions options) {
        if (terms.isEmpty()) {
            throw new BylineException("name at least one term to follow");
        }
        Map<String, QueryTerms> wanted = new LinkedHashMap<>();
        for (String t : terms) {
            QueryTerms q = QueryTerms.of(t, options);
            wanted.putIfAbsent(q.term(), q);
        }
        return List.copyOf(wanted.values());
    }

    /** Counts the wanted terms in one document at a time. Not thread-safe: one per thread. */
    private static final class Counter {
        final TermCounter words;
        final TermExtractor sentences;
        final List<QueryTerms> wanted;
        final boolean phrases;
        final boolean stemmed;
        final Parts parts;

        Counter(TermOptions unigrams, CaseProfile profile, List<QueryTerms> wanted) {
            this.words = new TermCounter(unigrams, profile);
            this.sentences = new TermExtractor(unigrams, profile);
            this.wanted = wanted;
            this.phrases = wanted.stream().anyMatch(q -> q.size() > 1);
            this.stemmed = unigrams.stemming() != Stemming.NONE;
            this.parts = unigrams.parts();
        }

        /**
         * One document's part of its group: the counts of the wanted terms, all single-word terms counted, and one
         * document. Null for a document without the date (or outlet) to group it by.
         */
        Tally tally(Document d, TrendBy by) {
            Optional<String> group = Trends.group(d, by);
            if (group.isEmpty()) {
                return null;
            }
            long[] counts = new long[wanted.size()];
            long all = 0;
            for (Map.Entry<String, TermCounter.Count> e : words.count(d).entrySet()) {
                all += e.getValue().value;
                String lowered = e.getKey().toLowerCase(Locale.ROOT);
                for (int k = 0; k < counts.length; k++) {
                    if (wanted.get(k).size() == 1 && wanted.get(k).matchesLowered(0, lowered)) {
                        counts[k] += e.getValue().value;
                    }
                }
            }
            if (phrases && mayHoldAPhrase(d)) {
                sentences.sentences(d, (sentence, terms, tokenIndex, n) -> {
                    for (int k = 0; k < counts.length; k++) {
                        QueryTerms q = wanted.get(k);
                        if (q.size() > 1) {
                            for (int i = 0; i + q.size() <= n; i++) {
                                if (q.matchesAt(terms, i)) {
                                    counts[k]++;
                                }
                            }
                        }
                    }
                });
            }
            return new Tally(group.get(), counts, all, 1);
        }

        /** False if no phrase can occur in {@code d}; without stemming a term is its token's normal form, any case. */
        private boolean mayHoldAPhrase(Document d) {
            return stemmed || wanted.stream().anyMatch(q -> q.size() > 1 && q.mayOccurIn(d, parts));
        }
    }

    /** One document's (or group's) counts of the wanted terms, all single-word terms counted, and its documents. */
    private record Tally(String group, long[] counts, long all, int docs) {
        Tally plus(Tally other) {
            long[] sum = counts.clone();
            for (int k = 0; k < sum.length; k++) {
                sum[k] += other.counts[k];
            }
            return new Tally(group, sum, all + other.all, docs + other.docs);
        }
    }

    private static void add(Map<String, Tally> groups, Tally t) {
        if (t != null) {
            groups.merge(t.group(), t, Tally::plus);
        }
    }

    private static Table table(Map<String, Tally> groups, List<QueryTerms> wanted, TrendBy by) {
        if (groups.isEmpty()) {
            throw new BylineException("no document has " + (by == TrendBy.OUTLET ? "an outlet" : "a date")
                    + " (give them in corpus.csv or a dateline)");
        }
        StringColumn group = StringColumn.create(by.column());
        StringColumn term = StringColumn.create("term");
        LongColumn count = LongColumn.create("count");
        IntColumn docs = IntColumn.create("docs");
        LongColumn total = LongColumn.create("terms");
        DoubleColumn per10k = DoubleColumn.create("per_10k");
        groups.forEach((g, tally) -> {
            for (int k = 0; k < wanted.size(); k++) {
                long c = tally.counts()[k];
                group.append(g);
                term.append(wanted.get(k).term());
                count.append(c);
                docs.append(tally.docs());
                total.append(tally.all());
                per10k.append(tally.all() == 0 ? 0 : c * 10_000.0 / tally.all());
            }
        });
        return Table.create("trends", group, term, count, docs, total, per10k);
    }

    private static Optional<String> group(Document d, TrendBy by) {
        return switch (by) {
            case DATE -> d.date().map(Object::toString);
            case MONTH -> d.date().map(x -> x.toString().substring(0, 7));
            case YEAR -> d.date().map(x -> Integer.toString(x.getYear()));
            case OUTLET -> d.outlet();
        };
    }
}
