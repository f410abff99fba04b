package dev.byline.compare;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Candidate pairs for a large corpus without comparing every pair: MinHash signatures of each
 * document's set of content-word stems, cut into bands; two documents that agree on every row of
 * some band become a candidate (Broder 1997; Leskovec, Rajaraman and Ullman, <i>Mining of Massive
 * Datasets</i>, ch. 3).
 *
 * <pre>{@code
 * Table pairs = MinHashLsh.defaults().candidates(corpus);   // doc_a, doc_b, estimated_jaccard
 * }</pre>
 *
 * <p>Why content stems and not 5-word shingles: a rewrite keeps the facts and names but not the
 * wording, so its shingle Jaccard is near zero while its stem-set Jaccard stays high (measured on
 * the corpus: see README). Default: 40 bands of 3 rows (120 hashes); the S-curve's threshold
 * {@code (1/b)^(1/r)} is about 0.29, and a pair at Jaccard 0.4 becomes a candidate with
 * probability {@code 1 - (1 - 0.4^3)^40} ≈ 0.93. Band collisions are then verified on the whole
 * signature ({@link #DEFAULT_MIN_ESTIMATE}), which removes the chance collisions that would
 * otherwise grow with the square of the corpus.
 */
public final class MinHashLsh {
    private final int bands;
    private final int rows;
    private final double minEstimate;
    private final long[] seeds;

    /**
     * @param bands number of bands
     * @param rows  rows (hash functions) per band
     * @param seed  seed of the hash family (results are deterministic for a seed)
     * @param minEstimate a pair sharing a band is kept only if its signatures agree on at least this
     *                    share of rows (the estimated Jaccard); 0 keeps every band collision
     */
    public MinHashLsh(int bands, int rows, long seed, double minEstimate) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be at least 1");
        }
        if (minEstimate < 0 || minEstimate > 1) {
            throw new IllegalArgumentException("minEstimate must lie in [0, 1]");
        }
        this.bands = bands;
        this.rows = rows;
        this.minEstimate = minEstimate;
        this.seeds = new long[bands * rows];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = Shingles.mix(seed + 0x9e3779b97f4a7c15L * (i + 1));
        }
    }

    /** 40 bands × 3 rows, seed 1, candidates verified at an estimated Jaccard of {@value #DEFAULT_MIN_ESTIMATE}. */
    public static MinHashLsh defaults() {
        return new MinHashLsh(40, 3, 1, DEFAULT_MIN_ESTIMATE);
    }

    /**
     * Band collisions with a lower estimated Jaccard are dropped. Measured on a 10,000-document
     * synthetic corpus (byline-bench generate --seed 3): planted copies, quote edits, rewrites and
     * spun copies estimate 0.33–1.0, chance collisions between unrelated documents 0.03–0.16.
     */
    public static final double DEFAULT_MIN_ESTIMATE = 0.2;

    /** The Jaccard similarity at which a pair has even odds of becoming a candidate, about {@code (1/b)^(1/r)}. */
    public double threshold() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /** A new table of candidate pairs: doc_a, doc_b, estimated_jaccard (agreeing signature rows). */
    public Table candidates(Corpus corpus) {
        List<Document> docs = corpus.list();
        int n = docs.size();
        long[] sigs = new long[n * seeds.length];
        for (int d = 0; d < n; d++) {
            System.arraycopy(signature(elements(Words.of(docs.get(d)))), 0, sigs, d * seeds.length, seeds.length);
        }
        int[] identity = new int[n];
        Arrays.setAll(identity, i -> i);
        return table(new Signatures(docs.stream().map(Document::id).toArray(String[]::new), identity, sigs));
    }

    /**
     * {@link #candidates(Corpus)} of documents read one at a time, row for row the same: each document is
     * reduced to its signature on the thread that read it and dropped, so memory holds the ids and
     * {@code bands × rows} longs per document (about 1 KB with the defaults), never a text.
     *
     * <pre>{@code
     * Table pairs = MinHashLsh.defaults().candidates(DocumentStream.of(LoadOptions.defaults(), Path.of("archive")));
     * }</pre>
     */
    public Table candidates(DocumentStream documents) {
        return table(sign(documents, d -> true, null));
    }

    /**
     * The signatures of a corpus read once ({@link DocumentStream#forEachOrdered}): {@code ids} sorted (a Corpus
     * lists documents by id, and so do the tables), the signature of {@code ids[r]} at
     * {@code readIndex[r] * (bands × rows)} in {@code values}, which holds them in the order they were read.
     */
    record Signatures(String[] ids, int[] readIndex, long[] values) {
        int size() {
            return ids.length;
        }
    }

    /**
     * Reads every document once, files in parallel, and keeps of each its id and signature, nothing else. Documents
     * {@code keep} refuses are passed over; {@code stems}, if given, receives each kept document's distinct content
     * stems, one document at a time in read order (on the calling thread).
     */
    Signatures sign(DocumentStream documents, Predicate<? super Document> keep, Consumer<Set<String>> stems) {
        List<String> read = new ArrayList<>();
        // room for one signature a file: exact for folders of articles, a start for files of records
        Banding.LongList flat = new Banding.LongList((int) Math.min(Integer.MAX_VALUE - 8, (long) documents.files() * seeds.length));
        // one stem cache per thread, for this pass only (a ThreadLocal would outlive it on the pool's threads)
        Map<Thread, StemCache> caches = new ConcurrentHashMap<>();
        documents.forEachOrdered(d -> {
            if (!keep.test(d)) {
                return null;
            }
            Set<String> found = Words.contentStems(d, caches.computeIfAbsent(Thread.currentThread(), t -> new StemCache()));
            return new Signed(d.id(), signature(elements(found)), stems == null ? null : found);
        }, signed -> {
            if (signed == null) {
                return;
            }
            read.add(signed.id());
            for (long v : signed.signature()) {
                flat.add(v);
            }
            if (stems != null) {
                stems.accept(signed.stems());
            }
        });
        // documents come in path order; a Corpus lists them by id, and so does the table
        Integer[] byId = new Integer[read.size()];
        Arrays.setAll(byId, i -> i);
        Arrays.sort(byId, Comparator.comparing(read::get));
        String[] ids = new String[byId.length];
        int[] readIndex = new int[byId.length];
        for (int r = 0; r < byId.length; r++) {
            readIndex[r] = byId[r];
            ids[r] = read.get(byId[r]);
        }
        return new Signatures(ids, readIndex, flat.values());
    }

    /** A document's id, signature and (if asked for) content stems: all a streamed pass keeps of it. */
    private record Signed(String id, long[] signature, Set<String> stems) {
    }

    /**
     * The candidate pairs of signed documents as {@code (i << 32) | j}, {@code i < j} their places in id order,
     * ascending: the rows of {@link #candidates}.
     */
    long[] pairs(Signatures signed) {
        int n = signed.size();
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[signed.readIndex()[r]] = r;
        }
        long[] found = Banding.pairs(signed.values(), n, seeds.length, bands, rows, minEstimate);
        for (int k = 0; k < found.length; k++) {
            int i = rank[(int) (found[k] >>> 32)];
            int j = rank[(int) found[k]];
            found[k] = Math.min(i, j) * (1L << 32) | Math.max(i, j);
        }
        Arrays.sort(found);
        return found;
    }

    /** The candidates table of signed documents. */
    private Table table(Signatures signed) {
        int width = seeds.length;
        StringColumn a = StringColumn.create("doc_a");
        StringColumn b = StringColumn.create("doc_b");
        DoubleColumn j = DoubleColumn.create("estimated_jaccard");
        String[] ids = signed.ids();
        int[] readIndex = signed.readIndex();
        for (long p : pairs(signed)) {
            int x = (int) (p >>> 32);
            int y = (int) p;
            a.append(ids[x]);
            b.append(ids[y]);
            j.append(Similarity.round(Banding.estimate(signed.values(), readIndex[x] * width, readIndex[y] * width, width)));
        }
        return Table.create("candidates", a, b, j);
    }

    List<int[]> candidatePairs(List<List<Word>> docs) {
        return candidatePairs(signatures(docs));
    }

    long[][] signatures(List<List<Word>> docs) {
        long[][] sigs = new long[docs.size()][];
        for (int d = 0; d < docs.size(); d++) {
            sigs[d] = signature(elements(docs.get(d)));
        }
        return sigs;
    }

    /** Hashes of the document's distinct content stems. */
    static long[] elements(List<Word> words) {
        Set<String> stems = new HashSet<>();
        for (Word w : words) {
            if (w.content()) {
                stems.add(w.stem());
            }
        }
        return elements(stems);
    }

    /** Hashes of distinct stems. */
    static long[] elements(Set<String> stems) {
        long[] out = new long[stems.size()];
        int i = 0;
        for (String s : stems) {
            long h = 0xcbf29ce484222325L;
            for (int c = 0; c < s.length(); c++) {
                h ^= s.charAt(c);
                h *= 0x100000001b3L;
            }
            out[i++] = Shingles.mix(h);
        }
        return out;
    }

    long[] signature(long[] elements) {
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long e : elements) {
            for (int i = 0; i < seeds.length; i++) {
                long h = Shingles.mix(e ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** Pairs {i, j} with i < j that share at least one band, in ascending order. */
    List<int[]> candidatePairs(long[][] sigs) {
        int width = seeds.length;
        long[] flat = new long[sigs.length * width];
        for (int d = 0; d < sigs.length; d++) {
            System.arraycopy(sigs[d], 0, flat, d * width, width);
        }
        List<int[]> out = new ArrayList<>();
        for (long p : Banding.pairs(flat, sigs.length, width, bands, rows, minEstimate)) {
            out.add(new int[] {(int) (p >>> 32), (int) p});
        }
        return out;
    }

    static double estimate(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return a.length == 0 ? 0 : (double) same / a.length;
    }
}
