package dev.byline.terms;

import dev.byline.corpus.Document;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus-wide counts of the terms and word pairs of {@link TermCounter#countByTokens} (n-grams of at most two words,
 * any case mode), kept as numbers: each term gets an id, a pair is the two ids in one long, and every key's count,
 * document frequency and last document sit in primitive arrays. So a corpus's millions of distinct pairs cost a few
 * words each, and a document leaves no garbage of pair strings and count maps behind; the strings are made once, for
 * the rows. What {@link FrequencyAccumulator} gives from the same documents, row for row.
 *
 * <p>Not thread-safe: one per thread, then {@link #rowsOf}.
 */
final class NgramCounter {
    private static final long FREE = -1;
    private final TermExtractor extractor;
    private final int minN;
    private final int maxN;
    // the terms: term -> id, id -> term
    private final Map<String, Integer> ids = new HashMap<>();
    private String[] names = new String[1024];
    private int vocabulary;
    // the keys (a term id, or (first id + 1) << 32 | second id for a pair), open addressing; beside each slot its count,
    // document frequency and the serial of the last document that had it
    private long[] keys = new long[1 << 12];
    private long[] counts = new long[1 << 12];
    private int[] docs = new int[1 << 12];
    private int[] lastDocument = new int[1 << 12];
    private int used;
    private int documents;
    private final long[] totals = new long[3];   // occurrences counted, by n-gram size
    private int[] sentence = new int[64];

    NgramCounter(TermOptions options, CaseProfile profile) {
        if (!handles(options)) {
            throw new IllegalArgumentException("the n-gram counter counts terms and pairs, not " + options.maxN() + "-grams");
        }
        this.extractor = new TermExtractor(options, profile);
        this.minN = options.minN();
        this.maxN = options.maxN();
        Arrays.fill(keys, FREE);
    }

    /** True if these options' n-grams are at most two words. */
    static boolean handles(TermOptions options) {
        return options.maxN() <= 2;
    }

    /** Counts one document. */
    void add(Document document) {
        documents++;
        extractor.sentences(document, (s, terms, tokenIndex, n) -> {
            if (n > sentence.length) {
                sentence = new int[Math.max(n, sentence.length * 2)];
            }
            for (int i = 0; i < n; i++) {
                sentence[i] = id(terms[i]);
            }
            // as TermExtractor.ngrams lists them: every size from minN, positions in order
            for (int size = minN; size <= maxN; size++) {
                for (int i = 0; i + size <= n; i++) {
                    count(size == 1 ? sentence[i] : (long) (sentence[i] + 1) << 32 | sentence[i + 1]);
                    totals[size]++;
                }
            }
        });
    }

    private int id(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        if (vocabulary == names.length) {
            names = Arrays.copyOf(names, vocabulary * 2);
        }
        names[vocabulary] = term;
        ids.put(term, vocabulary);
        return vocabulary++;
    }

    private void count(long key) {
        int slot = slotFor(key);
        counts[slot]++;
        if (lastDocument[slot] != documents) {
            lastDocument[slot] = documents;
            docs[slot]++;
        }
    }

    /** The slot of {@code key}, taken for it (count 0) if it had none; the table kept at most 70% full. */
    private int slotFor(long key) {
        int slot = slotOf(key);
        if (keys[slot] == FREE) {
            keys[slot] = key;
            if ((long) ++used * 10 > (long) keys.length * 7) {
                grow();
                slot = slotOf(key);
            }
        }
        return slot;
    }

    /** The slot holding {@code key}, or the free slot where it goes. */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        long mixed = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed ^ mixed >>> 32) & mask;
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        int[] oldDocs = docs;
        int[] oldLast = lastDocument;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        counts = new long[keys.length];
        docs = new int[keys.length];
        lastDocument = new int[keys.length];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != FREE) {
                int slot = slotOf(oldKeys[k]);
                keys[slot] = oldKeys[k];
                counts[slot] = oldCounts[k];
                docs[slot] = oldDocs[k];
                lastDocument[slot] = oldLast[k];
            }
        }
    }

    /** The term or the two terms, space-joined as TermExtractor.ngrams joins them, of {@code key}. */
    private String name(long key) {
        int first = (int) (key >>> 32);
        return first == 0 ? names[(int) key] : names[first - 1] + " " + names[(int) key];
    }

    /**
     * The first {@code limit} frequency rows of the threads' {@code counters} together, as
     * {@link FrequencyAccumulator#rows()} orders them; none if there is no counter.
     */
    static List<TermFrequency> rowsOf(List<NgramCounter> counters, int limit) {
        if (counters.isEmpty()) {
            return List.of();
        }
        NgramCounter into = counters.get(0);
        for (int c = 1; c < counters.size(); c++) {
            into.merge(counters.get(c));
        }
        // names are made only for the rows shown and the runs of ties they reach into: a pair's name is a new string
        long[] rowKeys = new long[into.used];
        long[] rowCounts = new long[into.used];
        long[] rowDocs = new long[into.used];
        int n = 0;
        for (int k = 0; k < into.keys.length; k++) {
            if (into.keys[k] != FREE) {
                rowKeys[n] = into.keys[k];
                rowCounts[n] = into.counts[k];
                rowDocs[n] = into.docs[k];
                n++;
            }
        }
        return FrequencyAccumulator.rows(i -> into.name(rowKeys[i]), rowCounts, rowDocs, n, into.totals, limit);
    }

    /** Adds {@code other}'s counts into this counter, its terms renumbered as this counter's. */
    private void merge(NgramCounter other) {
        int[] renumbered = new int[other.vocabulary];
        for (int t = 0; t < other.vocabulary; t++) {
            renumbered[t] = id(other.names[t]);
        }
        for (int k = 0; k < other.keys.length; k++) {
            long key = other.keys[k];
            if (key == FREE) {
                continue;
            }
            int first = (int) (key >>> 32);
            long mine = first == 0 ? renumbered[(int) key] : (long) (renumbered[first - 1] + 1) << 32 | renumbered[(int) key];
            int slot = slotFor(mine);
            counts[slot] += other.counts[k];
            docs[slot] += other.docs[k];
        }
        for (int size = 1; size < totals.length; size++) {
            totals[size] += other.totals[size];
        }
        documents += other.documents;
    }
}
