package dev.byline.terms;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.Document;
import java.util.ArrayList;
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
        if (terms.isEmpty()) {
            throw new BylineException("name at least one term to follow");
        }
        Stemmer stemmer = options.stemming().newStemmer();
        Set<String> wanted = new LinkedHashSet<>();
        for (String t : terms) {
            String lower = CaseProfile.straight(t.strip()).toLowerCase(Locale.ROOT);
            wanted.add(stemmer == null || lower.contains(" ") ? lower : stemmer.stem(lower));
        }
        CaseProfile profile = options.caseMode() == CaseMode.KEEP_PROPER_NOUNS ? CaseProfile.of(corpus) : null;
        Map<String, List<Document>> groups = new TreeMap<>();
        for (Document d : corpus) {
            group(d, by).ifPresent(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(d));
        }
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
        groups.forEach((g, documents) -> {
            Map<String, Long> pooled = Terms.pooled(documents, options, profile);
            Map<String, Long> lowered = new TreeMap<>();
            long all = 0;
            for (Map.Entry<String, Long> e : pooled.entrySet()) {
                lowered.merge(e.getKey().toLowerCase(Locale.ROOT), e.getValue(), Long::sum);
                if (TermCounter.sizeOf(e.getKey()) == 1) {
                    all += e.getValue();
                }
            }
            for (String w : wanted) {
                long c = lowered.getOrDefault(w, 0L);
                group.append(g);
                term.append(w);
                count.append(c);
                docs.append(documents.size());
                total.append(all);
                per10k.append(all == 0 ? 0 : c * 10_000.0 / all);
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
