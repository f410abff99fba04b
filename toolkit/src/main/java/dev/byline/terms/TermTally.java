package dev.byline.terms;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms one {@link UnigramScanner} has met: each with an id (in the order first met), its count and the number
 * of documents it is in; and, when a document is counted on its own ({@link #perDocument}), that document's counts.
 * Laid out for the scanner, which counts nearly every word: the vocabulary is a few arrays (no boxed entries, so the
 * collector has little to look at), and a term's count and document frequency sit side by side.
 *
 * <pre>{@code
 * TermTally tally = new TermTally();
 * tally.startDocument();
 * tally.count(tally.id("talks"));
 * tally.rows(10);   // [talks: count 1, docs 1, ...]
 * }</pre>
 *
 * <p>Not thread-safe: one per scanner, then {@link #merge}.
 */
final class TermTally {
    // term -> id, open addressing: a slot holds id + 1 (0 when free) and the term's hash beside it
    private int[] idSlots = new int[2048];
    private int[] idHashes = new int[2048];
    private String[] names = new String[1024];
    /**
     * {@code stats[2i]} the count of term {@code i}; {@code stats[2i + 1]} (document frequency {@code << 32}) | the
     * serial of the last document it was seen in: counting an occurrence touches one cache line. The scanner writes
     * here directly in its loop, as {@link #count} does (C1 does not inline that); {@link #id} may replace the array.
     */
    long[] stats = new long[2048];
    private int size;
    /** How many documents have been started: the serial of the current one. */
    int documents;
    /** True while one document is counted on its own: {@link #count} keeps its counts too, for {@link #documentCounts}. */
    boolean perDocument;
    // the current document's count of each term id, and the ids it touched (to read and clear them)
    private int[] documentCounts = new int[1024];
    private int[] touched = new int[256];
    private int touchedCount;

    /** Starts the next document. */
    void startDocument() {
        documents++;
    }

    /** Counts one occurrence of term {@code id} in the current document. */
    void count(int id) {
        if (perDocument) {
            countInDocument(id);
        }
        int at = id << 1;
        stats[at]++;
        long seen = stats[at + 1];
        if ((int) seen != documents) {
            stats[at + 1] = ((seen >>> 32) + 1) << 32 | (documents & 0xFFFFFFFFL);
        }
    }

    private void countInDocument(int id) {
        if (id >= documentCounts.length) {
            documentCounts = Arrays.copyOf(documentCounts, Math.max(id + 1, documentCounts.length * 2));
        }
        if (documentCounts[id]++ == 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = id;
        }
    }

    /** The counts of the document just counted with {@link #perDocument} set (term → count), cleared for the next. */
    Map<String, TermCounter.Count> documentCounts() {
        Map<String, TermCounter.Count> out = new HashMap<>(Math.max(16, touchedCount * 2));
        for (int k = 0; k < touchedCount; k++) {
            int id = touched[k];
            TermCounter.Count c = new TermCounter.Count();
            c.value = documentCounts[id];
            out.put(names[id], c);
            documentCounts[id] = 0;
        }
        touchedCount = 0;
        return out;
    }

    /** The id of {@code term}, a new one if it was not met before. */
    int id(String term) {
        int h = term.hashCode();
        int mask = idSlots.length - 1;
        int slot = spread(h) & mask;
        while (idSlots[slot] != 0) {
            if (idHashes[slot] == h && names[idSlots[slot] - 1].equals(term)) {
                return idSlots[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        if (size == names.length) {
            int n = size * 2;
            names = Arrays.copyOf(names, n);
            stats = Arrays.copyOf(stats, 2 * n);
        }
        names[size] = term;
        idSlots[slot] = size + 1;
        idHashes[slot] = h;
        size++;
        if (size * 2 > idSlots.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        int[] oldSlots = idSlots;
        int[] oldHashes = idHashes;
        idSlots = new int[oldSlots.length * 2];
        idHashes = new int[oldSlots.length * 2];
        int mask = idSlots.length - 1;
        for (int k = 0; k < oldSlots.length; k++) {
            if (oldSlots[k] != 0) {
                int at = spread(oldHashes[k]) & mask;
                while (idSlots[at] != 0) {
                    at = (at + 1) & mask;
                }
                idSlots[at] = oldSlots[k];
                idHashes[at] = oldHashes[k];
            }
        }
    }

    private static int spread(int h) {
        int m = h * 0x9E3779B9;
        return m ^ (m >>> 16);
    }

    /** Adds {@code other}'s counts into this tally (the combiner of a parallel collect: their documents are distinct). */
    void merge(TermTally other) {
        for (int k = 0; k < other.size; k++) {
            int id = id(other.names[k]);
            stats[2 * id] += other.stats[2 * k];
            stats[2 * id + 1] += other.stats[2 * k + 1] & 0xFFFFFFFF00000000L;
        }
        documents += other.documents;
    }

    /** The first {@code limit} rows of the frequency table: the counts, most frequent first, as {@link FrequencyAccumulator#rows()} orders them. */
    List<TermFrequency> rows(int limit) {
        long[] counts = new long[size];
        long[] docs = new long[size];
        long[] totals = new long[2];
        for (int k = 0; k < size; k++) {
            counts[k] = stats[2 * k];
            docs[k] = stats[2 * k + 1] >>> 32;
            int n = TermCounter.sizeOf(names[k]);
            if (n >= totals.length) {
                totals = Arrays.copyOf(totals, n + 1);
            }
            totals[n] += counts[k];
        }
        return FrequencyAccumulator.rows(names, counts, docs, size, totals, limit);
    }
}
