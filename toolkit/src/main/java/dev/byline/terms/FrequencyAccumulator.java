package dev.byline.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Corpus-wide term count and document frequency, added to one document at a time; what a streamed
 * frequency table keeps (the vocabulary, never the tokens). Not thread-safe.
 */
final class FrequencyAccumulator {
    private final Map<String, long[]> terms = new HashMap<>();   // term -> {count, docs}
    private long[] totals = new long[8];                          // terms counted, by n-gram size

    void add(Map<String, TermCounter.Count> documentCounts) {
        for (Map.Entry<String, TermCounter.Count> e : documentCounts.entrySet()) {
            long[] cd = terms.computeIfAbsent(e.getKey(), k -> new long[2]);
            int c = e.getValue().value;
            cd[0] += c;
            cd[1]++;
            addTotal(TermCounter.sizeOf(e.getKey()), c);
        }
    }

    private void addTotal(int n, long c) {
        if (n >= totals.length) {
            totals = Arrays.copyOf(totals, n + 1);
        }
        totals[n] += c;
    }

    /** term, count, docs, per_10k, rank: most frequent first, ties alphabetical; rank 1,2,2,4 style. */
    List<TermFrequency> rows() {
        return rows(Integer.MAX_VALUE);
    }

    /** The first {@code limit} of {@link #rows()}. */
    List<TermFrequency> rows(int limit) {
        String[] names = new String[terms.size()];
        long[] counts = new long[names.length];
        long[] docs = new long[names.length];
        int n = 0;
        for (Map.Entry<String, long[]> e : terms.entrySet()) {
            names[n] = e.getKey();
            counts[n] = e.getValue()[0];
            docs[n] = e.getValue()[1];
            n++;
        }
        return rows(names, counts, docs, n, totals, limit);
    }

    /**
     * The rows of terms {@code names[0, n)} with their counts and document frequencies, most frequent first, ties
     * alphabetical; {@code totals[k]} is the number of k-word terms counted (the per_10k denominators; an array of two
     * says every term is a single word). Sorted by
     * count first and by name only within runs of equal counts, which spares most string comparisons; only the
     * first {@code limit} rows are made, and a run of equal counts past them is not sorted (a million bigrams
     * seen once each, when the top 20 are asked for).
     */
    static List<TermFrequency> rows(String[] names, long[] counts, long[] docs, int n, long[] totals, int limit) {
        return rows(i -> names[i], counts, docs, n, totals, limit);
    }

    /**
     * {@link #rows(String[], long[], long[], int, long[], int)} with each term's name made by {@code nameOf} when
     * needed: for the rows made and the runs of equal counts they reach into, once each.
     */
    static List<TermFrequency> rows(java.util.function.IntFunction<String> nameOf, long[] counts, long[] docs, int n,
                                    long[] totals, int limit) {
        int kept = 0;
        long most = 0;
        for (int i = 0; i < n; i++) {
            kept += counts[i] > 0 ? 1 : 0;
            most = Math.max(most, counts[i]);
        }
        int[] order = new int[kept];
        if (most < 1L << 31) {
            // counts descending as primitives: (most - count) above the index, in one long each
            long[] keys = new long[kept];
            kept = 0;
            for (int i = 0; i < n; i++) {
                if (counts[i] > 0) {
                    keys[kept++] = (most - counts[i]) << 32 | i;
                }
            }
            Arrays.parallelSort(keys);   // on the common pool's threads too, as the sorts below (one order whatever the threads)
            for (int r = 0; r < kept; r++) {
                order[r] = (int) keys[r];
            }
        } else {
            Integer[] boxed = new Integer[kept];
            kept = 0;
            for (int i = 0; i < n; i++) {
                if (counts[i] > 0) {
                    boxed[kept++] = i;
                }
            }
            Arrays.sort(boxed, (a, b) -> Long.compare(counts[b], counts[a]));
            for (int r = 0; r < kept; r++) {
                order[r] = boxed[r];
            }
        }
        // then names within each run of equal counts (the runs that reach into the rows kept)
        int shown = Math.min(kept, limit);
        for (int from = 0; from < shown; ) {
            int to = from + 1;
            while (to < kept && counts[order[to]] == counts[order[from]]) {
                to++;
            }
            if (to - from > 1) {
                Integer[] run = new Integer[to - from];
                String[] runNames = new String[to - from];
                for (int r = from; r < to; r++) {
                    run[r - from] = r - from;
                    runNames[r - from] = nameOf.apply(order[r]);
                }
                Arrays.parallelSort(run, (a, b) -> runNames[a].compareTo(runNames[b]));   // names are distinct: one order
                int[] sorted = new int[to - from];
                for (int r = 0; r < sorted.length; r++) {
                    sorted[r] = order[from + run[r]];
                }
                System.arraycopy(sorted, 0, order, from, sorted.length);
            }
            from = to;
        }
        List<TermFrequency> rows = new ArrayList<>(shown);
        long previous = -1;
        int currentRank = 0;
        for (int r = 0; r < shown; r++) {
            int i = order[r];
            long c = counts[i];
            if (c != previous) {
                currentRank = r + 1;
                previous = c;
            }
            String name = nameOf.apply(i);
            long total = totals.length == 2 ? totals[1] : totals[TermCounter.sizeOf(name)];   // [2]: single words only
            rows.add(new TermFrequency(name, c, (int) docs[i], c * 10_000.0 / total, currentRank));
        }
        return rows;
    }

    /** {@link #rows()} as a table named {@code name}. */
    Table table(String name) {
        return table(name, rows());
    }

    /** Frequency rows as the table {@link Terms#frequencies} returns. */
    static Table table(String name, List<TermFrequency> rows) {
        StringColumn term = StringColumn.create("term");
        LongColumn count = LongColumn.create("count");
        IntColumn docs = IntColumn.create("docs");
        DoubleColumn per10k = DoubleColumn.create("per_10k");
        IntColumn rank = IntColumn.create("rank");
        for (TermFrequency r : rows) {
            term.append(r.term());
            count.append(r.count());
            docs.append(r.docs());
            per10k.append(r.per10k());
            rank.append(r.rank());
        }
        return Table.create(name, term, count, docs, per10k, rank);
    }
}
