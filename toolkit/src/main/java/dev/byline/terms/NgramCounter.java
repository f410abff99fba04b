package dev.byline.terms;

import dev.byline.text.Document;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus-wide counts of the n-grams of {@link TermCounter#countByTokens} (any sizes, any case mode), kept as numbers:
 * each term gets an id, each n-gram a key made of its prefix's number and its last term's id, and every key's count,
 * document frequency and last document sit in primitive arrays. So a corpus's millions of distinct n-grams cost a few
 * words each, and a document leaves no garbage of n-gram strings and count maps behind; the strings are made at the
 * end, only for the rows shown. What {@link FrequencyAccumulator} gives from the same documents, row for row.
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
    // The keys, open addressing. A term is its id; a pair (first id + 1) << 32 | second id; a longer n-gram sets the top
    // bit above (number of its prefix + 1) << 32 | the id of its last term, where a key's number is the order in which
    // it was first met (a prefix is met before the n-grams that extend it; one shorter than minN is kept with no
    // count). Numbers are kept only when there are n-grams longer than pairs (numbers, keyOf: null otherwise). Beside
    // each slot: the key's count, document frequency and the serial of the last document that had it.
    private long[] keys;
    private long[] counts;
    private int[] docs;
    private int[] lastDocument;
    private int[] numbers;
    private long[] keyOf;
    private int used;
    private int documents;
    private final long[] totals;   // occurrences counted, by n-gram size
    private int[] sentence = new int[64];

    NgramCounter(TermOptions options, CaseProfile profile) {
        this(options, profile, 1 << 12);
    }

    /** A counter whose table starts with {@code slots} slots, a power of two (small ones exercise the growth in tests). */
    NgramCounter(TermOptions options, CaseProfile profile, int slots) {
        this.extractor = new TermExtractor(options, profile);
        this.minN = options.minN();
        this.maxN = options.maxN();
        this.totals = new long[maxN + 1];
        keys = new long[slots];
        counts = new long[slots];
        docs = new int[slots];
        lastDocument = new int[slots];
        Arrays.fill(keys, FREE);
        if (maxN > 2) {
            numbers = new int[keys.length];
            keyOf = new long[Math.max(1, keys.length / 2)];
        }
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
            // the n-grams TermExtractor.ngrams lists, each start's sizes in turn: one look-up for each
            for (int i = 0; i < n; i++) {
                long key = sentence[i];
                for (int size = 1; size <= maxN && i + size <= n; size++) {
                    boolean longer = size < maxN && i + size < n;
                    boolean prefix = longer && size >= 2;   // its number goes into the next key
                    if (size >= minN || prefix) {
                        int slot = slotFor(key);
                        if (size >= minN) {
                            counts[slot]++;
                            if (lastDocument[slot] != documents) {
                                lastDocument[slot] = documents;
                                docs[slot]++;
                            }
                            totals[size]++;
                        }
                        if (prefix) {
                            key = longer(numbers[slot], sentence[i + size]);
                        }
                    }
                    if (longer && size == 1) {
                        key = pair(sentence[i], sentence[i + 1]);
                    }
                }
            }
        });
    }

    private static long pair(int first, int second) {
        return (long) (first + 1) << 32 | second;
    }

    private static long longer(int prefixNumber, int last) {
        return Long.MIN_VALUE | (long) (prefixNumber + 1) << 32 | last;
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

    /** The slot of {@code key}, taken for it (the next number, count 0) if it had none; the table kept at most 70% full. */
    private int slotFor(long key) {
        int slot = slotOf(key);
        if (keys[slot] == FREE) {
            keys[slot] = key;
            if (numbers != null) {
                if (used == keyOf.length) {
                    keyOf = Arrays.copyOf(keyOf, used * 2);
                }
                keyOf[used] = key;
                numbers[slot] = used;
            }
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
        int[] oldNumbers = numbers;
        long[] oldCounts = counts;
        int[] oldDocs = docs;
        int[] oldLast = lastDocument;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        numbers = oldNumbers == null ? null : new int[keys.length];
        counts = new long[keys.length];
        docs = new int[keys.length];
        lastDocument = new int[keys.length];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != FREE) {
                int slot = slotOf(oldKeys[k]);
                keys[slot] = oldKeys[k];
                if (numbers != null) {
                    numbers[slot] = oldNumbers[k];
                }
                counts[slot] = oldCounts[k];
                docs[slot] = oldDocs[k];
                lastDocument[slot] = oldLast[k];
            }
        }
    }

    /** The terms of {@code key}, space-joined as TermExtractor.ngrams joins them. */
    private String name(long key) {
        int high = (int) (key >>> 32);
        if (high == 0) {
            return names[(int) key];
        }
        String first = key < 0 ? name(keyOf[(high & Integer.MAX_VALUE) - 1]) : names[high - 1];
        return first + " " + names[(int) key];
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
        // names are made only for the rows shown and the runs of ties they reach into: an n-gram's name is a new string
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

    /**
     * Adds {@code other}'s counts into this counter, its terms renumbered as this counter's; with numbers, its keys
     * taken in the order of their numbers, so that a key's prefix is always renumbered before it.
     */
    private void merge(NgramCounter other) {
        int[] term = new int[other.vocabulary];
        for (int t = 0; t < other.vocabulary; t++) {
            term[t] = id(other.names[t]);
        }
        if (numbers == null) {
            for (int k = 0; k < other.keys.length; k++) {
                if (other.keys[k] != FREE) {
                    add(renumbered(other.keys[k], term, null), other, k);
                }
            }
        } else {
            int[] number = new int[other.used];
            for (int d = 0; d < other.used; d++) {
                long key = other.keyOf[d];
                int slot = add(renumbered(key, term, number), other, other.slotOf(key));   // may grow: read numbers after
                number[d] = numbers[slot];
            }
        }
        for (int size = 1; size < totals.length; size++) {
            totals[size] += other.totals[size];
        }
        documents += other.documents;
    }

    /** {@code key} of another counter in this one's terms ({@code term}) and numbers ({@code number}, for longer n-grams). */
    private static long renumbered(long key, int[] term, int[] number) {
        int high = (int) (key >>> 32);
        int last = term[(int) key];
        if (high == 0) {
            return last;
        }
        return key < 0 ? longer(number[(high & Integer.MAX_VALUE) - 1], last) : pair(term[high - 1], last);
    }

    /** Adds the counts of {@code other}'s slot {@code theirs} under {@code mine}; its slot here. */
    private int add(long mine, NgramCounter other, int theirs) {
        int slot = slotFor(mine);
        counts[slot] += other.counts[theirs];
        docs[slot] += other.docs[theirs];
        return slot;
    }
}
