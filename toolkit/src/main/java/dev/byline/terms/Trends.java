package dev.byline.terms;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.Document;
import dev.byline.corpus.DocumentStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import smile.nlp.stemmer.Stemmer;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How often given terms are used per date, month, year or outlet.
 *
 * <pre>{@code
 * Table t = Trends.of(corpus, List.of("putin", "nato"), TrendBy.MONTH, TermOptions.defaults());
 * }</pre>
 */
public final class Trends {
    private Trends() {
    }

    /**
     * One row per group and term: the group (a column named by {@link TrendBy#column()}), term, count,
     * docs (documents in the group), terms (all terms counted in the group) and per_10k
     * ({@code count * 10000 / terms}). Groups sorted ({@code YYYY-MM-DD} sorts by time), then terms in
     * the order given. Documents with no date (or outlet) are left out; a term is matched
     * case-insensitively after the same stemming as the counting.
     *
     * @throws BylineException if no terms are given, or no document has a date (or outlet)
     */
    public static Table of(Corpus corpus, List<String> terms, TrendBy by, TermOptions options) {
        List<String> wanted = wanted(terms, options);
        CaseProfile profile = options.caseMode() == CaseMode.KEEP_PROPER_NOUNS ? CaseProfile.of(corpus) : null;
        PerThread<TermCounter> counters = new PerThread<>(() -> new TermCounter(options, profile));
        Map<String, Tally> groups = new TreeMap<>();
        corpus.list().parallelStream().map(d -> Tally.of(d, by, wanted, counters.get())).toList()
                .forEach(t -> add(groups, t));
        return table(groups, wanted, by);
    }

    /**
     * {@link #of(Corpus, List, TrendBy, TermOptions)} of documents read as a stream: the same table, holding a
     * few numbers per group, never the texts. {@link CaseMode#KEEP_PROPER_NOUNS} reads the files twice.
     */
    public static Table of(DocumentStream documents, List<String> terms, TrendBy by, TermOptions options) {
        List<String> wanted = wanted(terms, options);
        CaseProfile profile = options.caseMode() == CaseMode.KEEP_PROPER_NOUNS ? CaseProfile.of(documents, d -> true) : null;
        PerThread<TermCounter> counters = new PerThread<>(() -> new TermCounter(options, profile));
        Map<String, Tally> groups = new TreeMap<>();
        documents.forEachOrdered(d -> Tally.of(d, by, wanted, counters.get()), t -> add(groups, t));
        return table(groups, wanted, by);
    }

    /** The terms to follow, lower-cased with straight apostrophes and stemmed as the counting stems. */
    private static List<String> wanted(List<String> terms, TermOptions options) {
        if (terms.isEmpty()) {
            throw new BylineException("name at least one term to follow");
        }
        Stemmer stemmer = options.stemming().newStemmer();
        Set<String> wanted = new LinkedHashSet<>();
        for (String t : terms) {
            String lower = CaseProfile.straight(t.strip()).toLowerCase(Locale.ROOT);
            wanted.add(stemmer == null || lower.contains(" ") ? lower : stemmer.stem(lower));
        }
        return List.copyOf(wanted);
    }

    /**
     * One document's part of its group: the counts of the wanted terms (case folded), all single-word terms
     * counted, and one document. Null for a document without the date (or outlet) to group it by.
     */
    private record Tally(String group, long[] counts, long all, int docs) {
        static Tally of(Document d, TrendBy by, List<String> wanted, TermCounter counter) {
            Optional<String> group = Trends.group(d, by);
            if (group.isEmpty()) {
                return null;
            }
            long[] counts = new long[wanted.size()];
            long all = 0;
            for (Map.Entry<String, TermCounter.Count> e : counter.count(d).entrySet()) {
                int k = wanted.indexOf(e.getKey().toLowerCase(Locale.ROOT));
                if (k >= 0) {
                    counts[k] += e.getValue().value;
                }
                if (TermCounter.sizeOf(e.getKey()) == 1) {
                    all += e.getValue().value;
                }
            }
            return new Tally(group.get(), counts, all, 1);
        }

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

    private static Table table(Map<String, Tally> groups, List<String> wanted, TrendBy by) {
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
                term.append(wanted.get(k));
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
