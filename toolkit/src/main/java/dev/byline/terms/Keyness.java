package dev.byline.terms;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Keywords: the terms a target set of documents uses unusually often (positive) or rarely
 * (negative) compared with a reference set, by log-likelihood.
 *
 * <pre>{@code
 * Table key = Keyness.of(corpus, List.of("004_3bf5beac004fddcf"));          // reference: the rest
 * key.where(key.stringColumn("direction").isEqualTo("positive")).first(10);
 * }</pre>
 */
public final class Keyness {
    private Keyness() {
    }

    /** Keyness of {@code target} against the rest of the corpus, with {@link TermOptions#defaults()}. */
    public static Table of(Corpus corpus, Collection<String> target) {
        return of(corpus, target, List.of(), TermOptions.defaults());
    }

    /**
     * One row per term used on either side: term, target_count, reference_count, target_per_10k,
     * reference_per_10k, g2, p_value, log_ratio, direction. {@code g2} is
     * {@link LogLikelihood#g2(long, long, long, long)} (4-cell Dunning G², as AntConc computes it) with
     * the sides' term totals; {@code p_value} is its χ²(1) tail; {@code log_ratio} is
     * {@link LogLikelihood#logRatio}; {@code direction} is {@code positive} when the term is
     * relatively more frequent in the target, else {@code negative}. Positive keywords come first,
     * strongest first, then negative ones, strongest first; ties alphabetical.
     *
     * @param target    ids of the target documents
     * @param reference ids of the reference documents; empty for every document not in the target
     * @throws BylineException if an id is unknown, a side is empty, or the sides overlap
     */
    public static Table of(Corpus corpus, Collection<String> target, Collection<String> reference, TermOptions options) {
        Set<String> targetIds = new LinkedHashSet<>(target);
        if (targetIds.isEmpty()) {
            throw new BylineException("keyness needs at least one target document");
        }
        List<Document> targetDocs = new ArrayList<>();
        for (String id : targetIds) {
            targetDocs.add(corpus.get(id));
        }
        List<Document> referenceDocs = new ArrayList<>();
        if (reference.isEmpty()) {
            corpus.stream().filter(d -> !targetIds.contains(d.id())).forEach(referenceDocs::add);
        } else {
            for (String id : new LinkedHashSet<>(reference)) {
                if (targetIds.contains(id)) {
                    throw new BylineException("document '" + id + "' is in both the target and the reference");
                }
                referenceDocs.add(corpus.get(id));
            }
        }
        if (referenceDocs.isEmpty()) {
            throw noReference();
        }
        Set<Document> both = new HashSet<>(targetDocs);
        both.addAll(referenceDocs);
        CaseProfile profile = options.caseMode() == CaseMode.KEEP_PROPER_NOUNS ? CaseProfile.of(both) : null;
        return compare(Terms.pooled(targetDocs, options, profile), Terms.pooled(referenceDocs, options, profile));
    }

    /**
     * {@link #of(Corpus, Collection, Collection, TermOptions)} of documents read as a stream: the same table,
     * from two pooled counts made while the files are read in parallel (unknown ids are found, and reported
     * as for a corpus, once every file has been read). {@link CaseMode#KEEP_PROPER_NOUNS} reads the files twice.
     *
     * <pre>{@code
     * Table key = Keyness.of(DocumentStream.of(LoadOptions.defaults(), Path.of("archive")),
     *         List.of("2026/02/putin-call"), List.of(), TermOptions.defaults());
     * }</pre>
     */
    public static Table of(DocumentStream documents, Collection<String> target, Collection<String> reference,
                           TermOptions options) {
        Set<String> targetIds = new LinkedHashSet<>(target);
        if (targetIds.isEmpty()) {
            throw new BylineException("keyness needs at least one target document");
        }
        Set<String> referenceIds = new LinkedHashSet<>(reference);
        // An id that names no file fails now, not after every file is read (a typo in --target over an archive).
        documents.idsBeforeReading().ifPresent(known -> {
            if (!checkIds(targetIds, referenceIds, known)) {
                throw noReference();
            }
        });
        Predicate<String> inTarget = targetIds::contains;
        Predicate<String> inReference = id -> referenceIds.isEmpty()
                ? !targetIds.contains(id) : referenceIds.contains(id) && !targetIds.contains(id);
        Predicate<String> counted = inTarget.or(inReference);
        Set<String> ids = new TreeSet<>();
        Map<String, Long> targetCounts = new HashMap<>();
        Map<String, Long> referenceCounts = new HashMap<>();
        if (!pooledWhileRead(documents, options, inTarget, counted, ids, targetCounts, referenceCounts)) {
            CaseProfile profile = options.caseMode() == CaseMode.KEEP_PROPER_NOUNS
                    ? CaseProfile.of(documents, d -> counted.test(d.id())) : null;
            PerThread<TermCounter> counters = new PerThread<>(() -> new TermCounter(options, profile));
            record Part(String id, boolean target, Map<String, TermCounter.Count> counts) {
            }
            documents.forEachOrdered(d -> new Part(d.id(), inTarget.test(d.id()),
                    counted.test(d.id()) ? counters.get().count(d) : null), part -> {
                        ids.add(part.id());
                        if (part.counts() != null) {
                            Terms.pool(part.target() ? targetCounts : referenceCounts, part.counts());
                        }
                    });
        }
        // The checks of the in-memory version, in its order, now that the ids are known.
        if (!checkIds(targetIds, referenceIds, ids)) {
            throw noReference();
        }
        return compare(targetCounts, referenceCounts);
    }

    /**
     * The two sides' counts made on the threads that read the files, each thread counting into a scanner per side,
     * with no per-document counts: for single words without proper-noun detection. The files are still admitted
     * in path order, as the ordered pass does; if it set any document aside (a duplicate id), a count already
     * made would be wrong, so this gives up (false, {@code ids} and the counts left empty) and the caller counts
     * document by document.
     */
    private static boolean pooledWhileRead(DocumentStream documents, TermOptions options, Predicate<String> inTarget,
                                           Predicate<String> counted, Set<String> ids, Map<String, Long> targetCounts,
                                           Map<String, Long> referenceCounts) {
        if (!UnigramScanner.handles(options)) {
            return false;
        }
        PerThread<UnigramScanner[]> sides = new PerThread<>(
                () -> new UnigramScanner[] {new UnigramScanner(options), new UnigramScanner(options)});
        LongAdder read = new LongAdder();
        Set<String> admitted = new TreeSet<>();
        documents.forEachOrderedBody((id, utf8, paragraphs, n) -> {
            read.increment();
            if (counted.test(id)) {
                sides.get()[inTarget.test(id) ? 0 : 1].addBody(utf8, paragraphs, n);   // plain text, never decoded
            }
            return id;
        }, d -> {
            read.increment();
            if (counted.test(d.id())) {
                sides.get()[inTarget.test(d.id()) ? 0 : 1].add(d);
            }
            return d.id();
        }, admitted::add, options.parts());
        if (admitted.size() != read.sum()) {
            return false;
        }
        ids.addAll(admitted);
        for (int side = 0; side < 2; side++) {
            List<UnigramScanner> scanners = new ArrayList<>();
            for (UnigramScanner[] pair : sides.all()) {
                scanners.add(pair[side]);
            }
            Map<String, Long> into = side == 0 ? targetCounts : referenceCounts;
            for (TermFrequency row : UnigramScanner.rowsOf(scanners, Integer.MAX_VALUE)) {
                if (row.count() > 0) {
                    into.put(row.term(), row.count());
                }
            }
        }
        return true;
    }

    /**
     * The checks of the in-memory version on the target and reference ids, in its order, against the corpus's
     * {@code ids}; true if some document is on the reference side.
     */
    private static boolean checkIds(Set<String> targetIds, Set<String> referenceIds, Set<String> ids) {
        for (String id : targetIds) {
            known(id, ids);
        }
        if (referenceIds.isEmpty()) {
            return ids.stream().anyMatch(id -> !targetIds.contains(id));
        }
        for (String id : referenceIds) {
            if (targetIds.contains(id)) {
                throw new BylineException("document '" + id + "' is in both the target and the reference");
            }
            known(id, ids);
        }
        return true;
    }

    private static BylineException noReference() {
        return new BylineException("keyness needs at least one reference document (the target is the whole corpus)");
    }

    /** Fails, as {@link Corpus#get} does, if {@code id} is not among {@code ids}. */
    private static void known(String id, Set<String> ids) {
        if (!ids.contains(id)) {
            // Only to word the error as a corpus does: a corpus of the ids, without their texts.
            Corpus.of(ids.stream().map(i -> Document.of(i, "")).toList()).get(id);
        }
    }

    /** Keyness from pooled counts (term → count) of the two sides; see {@link #of(Corpus, Collection, Collection, TermOptions)}. */
    static Table compare(Map<String, Long> targetCounts, Map<String, Long> referenceCounts) {
        long targetTotal = targetCounts.values().stream().mapToLong(Long::longValue).sum();
        long referenceTotal = referenceCounts.values().stream().mapToLong(Long::longValue).sum();
        if (targetTotal == 0 || referenceTotal == 0) {
            throw new BylineException("keyness needs terms on both sides (the " + (targetTotal == 0 ? "target" : "reference")
                    + " has none with these options)");
        }
        record Row(String term, long a, long b, double g2, double logRatio, boolean positive) {
        }
        List<Row> rows = new ArrayList<>();
        Set<String> vocabulary = new TreeSet<>(targetCounts.keySet());
        vocabulary.addAll(referenceCounts.keySet());
        for (String term : vocabulary) {
            long a = targetCounts.getOrDefault(term, 0L);
            long b = referenceCounts.getOrDefault(term, 0L);
            boolean positive = (double) a / targetTotal > (double) b / referenceTotal;
            rows.add(new Row(term, a, b, LogLikelihood.g2(a, b, targetTotal, referenceTotal),
                    LogLikelihood.logRatio(a, b, targetTotal, referenceTotal), positive));
        }
        rows.sort(Comparator.comparing((Row r) -> !r.positive()).thenComparing(Comparator.comparingDouble(Row::g2).reversed())
                .thenComparing(Row::term));
        StringColumn term = StringColumn.create("term");
        LongColumn tc = LongColumn.create("target_count");
        LongColumn rc = LongColumn.create("reference_count");
        DoubleColumn tp = DoubleColumn.create("target_per_10k");
        DoubleColumn rp = DoubleColumn.create("reference_per_10k");
        DoubleColumn g2 = DoubleColumn.create("g2");
        DoubleColumn p = DoubleColumn.create("p_value");
        DoubleColumn lr = DoubleColumn.create("log_ratio");
        StringColumn direction = StringColumn.create("direction");
        for (Row r : rows) {
            term.append(r.term());
            tc.append(r.a());
            rc.append(r.b());
            tp.append(r.a() * 10_000.0 / targetTotal);
            rp.append(r.b() * 10_000.0 / referenceTotal);
            g2.append(r.g2());
            p.append(LogLikelihood.pValue(r.g2()));
            lr.append(r.logRatio());
            direction.append(r.positive() ? "positive" : "negative");
        }
        return Table.create("keyness", term, tc, rc, tp, rp, g2, p, lr, direction);
    }
}
