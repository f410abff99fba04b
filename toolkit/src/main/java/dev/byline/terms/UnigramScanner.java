package dev.byline.terms;

import dev.byline.corpus.Document;
import dev.byline.corpus.LayoutDetector;
import dev.byline.text.Token;
import dev.byline.text.Tokenizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts single-word terms straight from a document's body text, without building its token list:
 * the fast path of {@link Terms#frequencies(dev.byline.corpus.DocumentStream, TermOptions)}.
 *
 * <p>Why it gives exactly the counts the token list would: the {@link Tokenizer} never lets a token
 * run across a {@link Character#isWhitespace whitespace} character, and, starting at one, needs no
 * memory of what came before. So the text splits into whitespace-separated chunks that are tokenized
 * independently, and the same chunk ({@code "Estonia’s"}, {@code "said."}) always yields the same
 * terms. Each distinct chunk is tokenized once by the real tokenizer and its terms are remembered; later
 * occurrences cost a hash lookup. The two rules that look past a chunk's end (an initial such as
 * {@code J.} before a capital, and {@code No.} before a number) are handled by tokenizing such chunks in
 * context every time. Case folding and stop words do not depend on sentence position, which is why
 * only {@link CaseMode#FOLD} and {@link CaseMode#KEEP} with single words take this path.
 *
 * <p>Not thread-safe: one per thread, then {@link #merge}.
 */
final class UnigramScanner {
    /**
     * The most chunks remembered at once: at most about 20 MB of cache per thread. When full, the cache starts
     * afresh: common chunks are back within a few documents, and memory stays flat however many distinct chunks
     * a corpus has (numbers, names, typos). A news archive in English has a few hundred thousand distinct
     * chunks (words with their punctuation), so most never reach the limit. A small heap gets a smaller
     * cache (see {@link #cacheLimit}).
     */
    static final int MAX_CACHED_CHUNKS = 1 << 18;
    /** What one remembered chunk costs at most: two 32-byte slots (the table is at most half full) and its chars. */
    private static final int BYTES_PER_CHUNK = 80;
    private static final int INITIAL_SLOTS = 1 << 14;
    private static final int[] NO_TERMS = new int[0];
    private static final boolean[] ASCII_WHITESPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WHITESPACE[c] = Character.isWhitespace(c);
        }
    }

    private final TermExtractor extractor;
    // the vocabulary: term id -> term, count, document frequency
    private final Map<String, Integer> ids = new HashMap<>();
    private String[] names = new String[1024];
    // stats[2i] = count of term i; stats[2i+1] = (document frequency << 32) | serial of the last document seen,
    // side by side so that counting an occurrence touches one cache line
    private long[] stats = new long[2048];
    private int vocabulary;
    private int documents;
    // The chunk cache, open addressing, packed so that a lookup of a short chunk touches one slot and nothing
    // else: slot k holds table[8k..8k+7] = {hash, length (0 = empty), value, offset in slab of the chars after
    // the eighth, then the first eight chars two to an int}. value is a term id, NONE for a chunk without terms,
    // or MANY - i for the i-th entry of many[].
    private static final int NONE = -1;
    private static final int MANY = -2;
    private static final int SLOT = 8;
    private static final int INLINE = 8;
    private int[] table = new int[SLOT * INITIAL_SLOTS];
    private char[] slab = new char[1 << 16];
    private int slabUsed;
    private int[][] many = new int[64][];
    private int manyUsed;
    private int cached;

    private final int maxCached;
    // countsOf: the current document's count of each term id, and the ids it touched (to read and clear them)
    private boolean perDocument;
    private int[] documentCounts = new int[1024];
    private int[] touched = new int[256];
    private int touchedCount;
    private char[] buffer = new char[1 << 14];

    UnigramScanner(TermOptions options) {
        this(options, cacheLimit(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors()));
    }

    /**
     * How many chunks each of {@code threads} scanners may remember with a heap of {@code maxHeap} bytes: together
     * at most an eighth of the heap (a table being doubled briefly needs half as much again), between 4,096 and
     * {@link #MAX_CACHED_CHUNKS}. So counting still runs in a 64 MB heap, with a cache that starts afresh more often.
     */
    static int cacheLimit(long maxHeap, int threads) {
        long fits = maxHeap / 8 / Math.max(1, threads) / BYTES_PER_CHUNK;
        return (int) Math.max(4096, Math.min(MAX_CACHED_CHUNKS, fits));
    }

    /** A scanner remembering at most {@code maxCached} chunks at once (small values exercise the reset in tests). */
    UnigramScanner(TermOptions options, int maxCached) {
        this.maxCached = maxCached;
        if (options.maxN() != 1 || options.minN() != 1 || options.caseMode() == CaseMode.KEEP_PROPER_NOUNS) {
            throw new IllegalArgumentException("the unigram scanner counts single words without proper-noun detection");
        }
        this.extractor = new TermExtractor(options, null);
    }

    /** True if these options can be counted by a scanner. */
    static boolean handles(TermOptions options) {
        return options.maxN() == 1 && options.minN() == 1 && options.caseMode() != CaseMode.KEEP_PROPER_NOUNS;
    }

    void add(Document document) {
        documents++;
        // Plain array reads are what the JIT does best; one buffer per scanner spares the collector a copy of every text.
        String text = document.raw();
        if (buffer.length < text.length()) {
            buffer = new char[Math.max(text.length(), buffer.length * 2)];
        }
        text.getChars(0, text.length(), buffer, 0);
        for (int[] paragraph : LayoutDetector.detect(document).paragraphs()) {
            scan(document, buffer, paragraph[0], paragraph[1]);
        }
    }

    private void scan(Document document, char[] raw, int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && isWhitespace(raw[i])) {
                i++;
            }
            int start = i;
            int hash = 0;
            while (i < to) {
                char c = raw[i];
                if (isWhitespace(c)) {
                    break;
                }
                hash = 31 * hash + c;
                i++;
            }
            if (i > start) {
                chunk(document, raw, start, i, to, hash);
            }
        }
    }

    private void chunk(Document document, char[] raw, int start, int end, int to, int hash) {
        if (readsPastEnd(raw, start, end)) {
            int lookahead = end;
            while (lookahead < to && isWhitespace(raw[lookahead])) {
                lookahead++;
            }
            while (lookahead < to && !isWhitespace(raw[lookahead])) {
                lookahead++;
            }
            for (int id : termsOf(document, start, end, lookahead)) {
                count(id);
            }
            return;
        }
        int[] t = table;
        int mask = t.length / SLOT - 1;
        int slot = mix(hash) & mask;
        int length = end - start;
        while (true) {
            int at = slot * SLOT;
            int len = t[at + 1];
            if (len == 0) {
                break;
            }
            if (t[at] == hash && len == length && sameChunk(t, at, raw, start, len)) {
                int value = t[at + 2];
                if (value >= 0) {
                    count(value);
                } else if (value != NONE) {
                    for (int id : many[MANY - value]) {
                        count(id);
                    }
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
        int[] terms = alphanumeric(raw, start, end) ? plainTerm(raw, start, end) : termsOf(document, start, end, end);
        if (cached >= maxCached) {
            forget();
            slot = mix(hash) & (table.length / SLOT - 1);
        }
        remember(slot, hash, raw, start, length, terms);
        for (int id : terms) {
            count(id);
        }
    }

    private void forget() {
        table = new int[SLOT * INITIAL_SLOTS];
        slab = new char[1 << 16];
        slabUsed = 0;
        many = new int[64][];
        manyUsed = 0;
        cached = 0;
    }

    private void remember(int slot, int hash, char[] raw, int start, int length, int[] terms) {
        int rest = Math.max(0, length - INLINE);
        if (rest > 0) {
            if (slabUsed + rest > slab.length) {
                slab = Arrays.copyOf(slab, Math.max(slab.length * 2, slabUsed + rest));
            }
            System.arraycopy(raw, start + INLINE, slab, slabUsed, rest);
        }
        int value;
        if (terms.length == 0) {
            value = NONE;
        } else if (terms.length == 1) {
            value = terms[0];
        } else {
            if (manyUsed == many.length) {
                many = Arrays.copyOf(many, manyUsed * 2);
            }
            many[manyUsed] = terms;
            value = MANY - manyUsed++;
        }
        int at = slot * SLOT;
        table[at] = hash;
        table[at + 1] = length;
        table[at + 2] = value;
        table[at + 3] = slabUsed;
        for (int k = 0; k < INLINE / 2; k++) {
            table[at + 4 + k] = pair(raw, start, length, 2 * k);
        }
        slabUsed += rest;
        if (++cached * 2 > table.length / SLOT) {
            grow();
        }
    }

    /** Chars {@code k} and {@code k + 1} of the chunk in one int (zero beyond its end). */
    private static int pair(char[] raw, int start, int length, int k) {
        int lo = k < length ? raw[start + k] : 0;
        int hi = k + 1 < length ? raw[start + k + 1] : 0;
        return lo | hi << 16;
    }

    /** The chunk {@code raw[start, start + length)} is the one in the slot at {@code at} (whose hash and length match). */
    private boolean sameChunk(int[] t, int at, char[] raw, int start, int length) {
        for (int k = 0; k < INLINE / 2; k++) {
            if (t[at + 4 + k] != pair(raw, start, length, 2 * k)) {
                return false;
            }
        }
        return length <= INLINE || sameChars(slab, t[at + 3], raw, start + INLINE, length - INLINE);
    }

    /** A plain loop: chunks are short, and the launcher's C1-only JIT does not turn Arrays.equals into an intrinsic. */
    private static boolean sameChars(char[] a, int from, char[] b, int start, int length) {
        for (int k = 0; k < length; k++) {
            if (a[from + k] != b[start + k]) {
                return false;
            }
        }
        return true;
    }

    /** A chunk ending in an initial ({@code J.}) or {@code No.}: the tokenizer looks at what follows. */
    private static boolean readsPastEnd(char[] raw, int start, int end) {
        if (raw[end - 1] != '.' || end - start < 2) {
            return false;
        }
        int word = end - 1;
        while (word > start && Character.isLetterOrDigit(raw[word - 1])) {
            word--;
        }
        int letters = end - 1 - word;
        return letters == 1 || (letters == 2 && (raw[word] == 'n' || raw[word] == 'N') && (raw[word + 1] == 'o' || raw[word + 1] == 'O'));
    }

    /** True if the chunk is ASCII letters and digits only: then it is exactly one word or number token. */
    private static boolean alphanumeric(char[] raw, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = raw[k];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The term of an {@link #alphanumeric} chunk, as the tokenizer would have it: one token, a NUMBER if it
     * has no letter, else a WORD, with the lower-cased chunk as its normal form. Spares a first sighting
     * the tokenizer's objects.
     */
    private int[] plainTerm(char[] raw, int start, int end) {
        boolean letter = false;
        char[] lower = new char[end - start];
        for (int k = start; k < end; k++) {
            char c = raw[k];
            letter |= c > '9';
            lower[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        String norm = new String(lower);
        String term = letter ? extractor.word(norm, new String(raw, start, end - start), false) : extractor.number(norm);
        return term == null ? NO_TERMS : new int[] {id(term)};
    }

    /** The term ids of the tokens starting in {@code [start, end)}, tokenized with the text up to {@code to}. */
    private int[] termsOf(Document document, int start, int end, int to) {
        List<Token> tokens = Tokenizer.tokenize(document, start, to);
        int[] out = new int[tokens.size()];
        int n = 0;
        for (Token t : tokens) {
            if (t.start() >= end) {
                break;
            }
            String term = extractor.term(t, false);
            if (term != null) {
                out[n++] = id(term);
            }
        }
        return n == 0 ? NO_TERMS : Arrays.copyOf(out, n);
    }

    /**
     * One document's counts alone (term → count), as {@link TermCounter#countByTokens} gives them for these
     * options, using this scanner's cache and vocabulary (the corpus-wide totals are kept as well).
     */
    Map<String, TermCounter.Count> countsOf(Document document) {
        perDocument = true;
        try {
            add(document);
        } finally {
            perDocument = false;
        }
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

    private void count(int id) {
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

    private int id(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        if (vocabulary == names.length) {
            int n = vocabulary * 2;
            names = Arrays.copyOf(names, n);
            stats = Arrays.copyOf(stats, 2 * n);
        }
        names[vocabulary] = term;
        ids.put(term, vocabulary);
        return vocabulary++;
    }

    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        int mask = table.length / SLOT - 1;
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at + 1] != 0) {
                int slot = mix(old[at]) & mask;
                while (table[slot * SLOT + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, at, table, slot * SLOT, SLOT);
            }
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static boolean isWhitespace(char c) {
        return c < 128 ? ASCII_WHITESPACE[c] : Character.isWhitespace(c);
    }

    /** Adds {@code other}'s counts into this scanner (the combiner of a parallel collect). */
    void merge(UnigramScanner other) {
        for (int k = 0; k < other.vocabulary; k++) {
            int id = id(other.names[k]);
            stats[2 * id] += other.stats[2 * k];
            stats[2 * id + 1] += other.stats[2 * k + 1] & 0xFFFFFFFF00000000L;
        }
        documents += other.documents;
    }

    /** The counts as a frequency accumulator. */
    FrequencyAccumulator toAccumulator() {
        FrequencyAccumulator acc = new FrequencyAccumulator();
        for (int k = 0; k < vocabulary; k++) {
            if (stats[2 * k] > 0) {
                acc.addTerm(names[k], stats[2 * k], stats[2 * k + 1] >>> 32);
            }
        }
        acc.addDocuments(documents);
        return acc;
    }
}
