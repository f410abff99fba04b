package dev.byline.terms;

import dev.byline.text.Document;
import dev.byline.text.Parts;
import dev.byline.text.LayoutDetector;
import dev.byline.text.PlainWords;
import dev.byline.text.Token;
import dev.byline.text.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts single-word terms straight from a document's body text as UTF-8 bytes, without building its
 * token list: the fast path of {@link Terms#frequencies(dev.byline.corpus.DocumentStream, TermOptions)}.
 * Plain-text files come as their own bytes, their layout read on the bytes ({@link #addBody}); any other
 * document is encoded paragraph by paragraph ({@link #add}).
 *
 * <p>Why it gives exactly the counts the token list would: the {@link Tokenizer} never lets a token
 * run across a {@link Character#isWhitespace whitespace} character, and, starting at one, needs no
 * memory of what came before. So the text splits into whitespace-separated chunks that are tokenized
 * independently, and the same chunk ({@code "Estonia’s"}, {@code "said."}) always yields the same
 * terms. Each distinct chunk is decoded and tokenized once by the real tokenizer and its terms are
 * remembered (a {@link ChunkCache}); later occurrences cost a hash lookup on their bytes. The two rules
 * that look past a chunk's end (an initial such as {@code J.} before a capital, and {@code No.} before a
 * number) are handled by tokenizing such chunks in context every time. Case folding and stop words do not depend on sentence
 * position, which is why only {@link CaseMode#FOLD} and {@link CaseMode#KEEP} with single words take this path.
 *
 * <p>Not thread-safe: one per thread, then {@link #merge}.
 */
final class UnigramScanner {
    /**
     * The most chunks remembered at once: at most about 30 MB of cache per thread. When full, the cache starts
     * afresh: common chunks are back within a few documents, and memory stays flat however many distinct chunks
     * a corpus has (numbers, names, typos). A news archive in English has a few hundred thousand distinct
     * chunks (words with their punctuation), so most never reach the limit. A small heap gets a smaller
     * cache (see {@link #cacheLimit}).
     */
    static final int MAX_CACHED_CHUNKS = 1 << 18;
    /**
     * What one remembered chunk costs at most: in a {@link ChunkCache}, two index slots (the index is at most half
     * full), its entry and its first sixteen bytes (32), the bytes after those, and room for the arrays being doubled
     * (80 in all); in {@link ShortWords}, up to four slots of 16 bytes. A scanner has three caches: short plain words
     * ({@code maxCached} of them), longer ones and other chunks (half as many each): 64 + 40 + 40, rounded up.
     */
    private static final int BYTES_PER_CHUNK = 150;
    private static final int[] NO_TERMS = new int[0];
    /** Byte classes: 0 a byte of a chunk, 1 ASCII whitespace, 2 the first byte of a three-byte character that may be whitespace. */
    private static final byte[] CLASS = new byte[256];

    /**
     * The ASCII bytes of a plain chunk ({@link PlainWords}): 1 a letter or digit of its word, 2 a mark that may open
     * it, 4 a mark that may close it.
     */
    private static final byte[] PLAIN = new byte[128];
    private static final int LETTER_OR_DIGIT = 1;
    private static final int OPENS = 2;
    private static final int CLOSES = 4;

    static {
        for (char c = 0; c < 128; c++) {
            CLASS[c] = (byte) (Character.isWhitespace(c) ? 1 : 0);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            PLAIN[c] = (byte) ((letterOrDigit ? LETTER_OR_DIGIT : 0) | (PlainWords.opens(c) ? OPENS : 0)
                    | (PlainWords.closes(c) ? CLOSES : 0));
        }
        // every whitespace character outside ASCII (U+1680, U+2000-U+205F, U+3000) is three bytes from E1-E3
        for (int cp = 128; cp < 0x10000; cp++) {
            if (Character.isWhitespace(cp)) {
                if (cp < 0x800 || cp > 0xFFFF) {
                    throw new AssertionError("whitespace outside three-byte UTF-8: U+" + Integer.toHexString(cp));
                }
                CLASS[0xE0 | cp >>> 12] = 2;
            }
        }
    }

    private final TermExtractor extractor;
    private final boolean keepPunctuation;
    private final boolean foldCase;
    // the vocabulary: term id -> term (names), count and document frequency (stats); and term -> id, open
    // addressing: a slot holds id + 1 (0 when free) and the term's hash beside it; no boxed entries, so the
    // collector has a few arrays to look at rather than a node and an Integer per term
    private int[] idSlots = new int[2048];
    private int[] idHashes = new int[2048];
    private String[] names = new String[1024];
    // stats[2i] = count of term i; stats[2i+1] = (document frequency << 32) | serial of the last document seen,
    // side by side so that counting an occurrence touches one cache line
    private long[] stats = new long[2048];
    private int vocabulary;
    private int documents;
    private final ChunkCache cache;
    // the words of plain chunks (PlainWords: "(talks", "said,”", "Estonia’s"), looked up without their marks: those of
    // up to eight bytes in shortWords, longer ones in words; a value is (term id << 1) | 1 if the word keeps a period
    // that follows it (so that "Dr." is left to the tokenizer), the term id being ChunkCache.NONE for a word that is no
    // term (a stop word); both null when punctuation is counted
    private final ShortWords shortWords;
    private final ChunkCache words;
    // countsOf: the current document's count of each term id, and the ids it touched (to read and clear them)
    private boolean perDocument;
    private int[] documentCounts = new int[1024];
    private int[] touched = new int[256];
    private int touchedCount;

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
        // a news archive in English has about twice as many distinct plain words as other chunks (108,000 and 57,000
        // a thread over 37,000 generated articles), nine in ten of their occurrences eight bytes or shorter; a counter
        // of punctuation has only the cache of chunks
        this.shortWords = options.keepPunctuation() ? null : new ShortWords(maxCached);
        this.words = options.keepPunctuation() ? null : new ChunkCache(Math.max(1, maxCached / 2));
        this.cache = new ChunkCache(options.keepPunctuation() ? maxCached : Math.max(1, maxCached / 2));
        if (options.maxN() != 1 || options.minN() != 1 || options.caseMode() == CaseMode.KEEP_PROPER_NOUNS) {
            throw new IllegalArgumentException("the unigram scanner counts single words without proper-noun detection");
        }
        this.extractor = new TermExtractor(options, null);
        this.keepPunctuation = options.keepPunctuation();
        this.foldCase = options.caseMode() == CaseMode.FOLD;
        this.parts = options.parts();
    }

    /** The parts of a document counted: its headline and body, or its body. */
    private final Parts parts;

    /** True if these options can be counted by a scanner. */
    static boolean handles(TermOptions options) {
        return options.maxN() == 1 && options.minN() == 1 && options.caseMode() != CaseMode.KEEP_PROPER_NOUNS;
    }

    /** Counts the body of {@code document}, and its headline when the options read it. */
    void add(Document document) {
        documents++;
        for (Document part : parts.of(document)) {
            addPart(part);
        }
    }

    private void addPart(Document document) {
        String raw = document.raw();
        for (int[] paragraph : LayoutDetector.detect(document).paragraphs()) {
            if (wellFormed(raw, paragraph[0], paragraph[1])) {
                byte[] utf8 = raw.substring(paragraph[0], paragraph[1]).getBytes(StandardCharsets.UTF_8);
                scan(utf8, 0, utf8.length);
            } else {
                // a lone surrogate has no UTF-8 form: count this paragraph from its tokens
                for (Token t : Tokenizer.tokenize(document, paragraph[0], paragraph[1])) {
                    String term = extractor.term(t, false);
                    if (term != null) {
                        count(id(term));
                    }
                }
            }
        }
    }

    /**
     * Counts one document given as UTF-8 bytes (well-formed: {@link dev.byline.corpus.DocumentStream#forEachBody}
     * checks them) and the {@code [start, end)} byte ranges of its {@code count} body paragraphs (its title line's
     * first, when the stream was asked for {@link Parts#TITLE_AND_BODY}).
     */
    void addBody(byte[] utf8, int[] paragraphs, int count) {
        documents++;
        for (int k = 0; k < count; k++) {
            scan(utf8, paragraphs[2 * k], paragraphs[2 * k + 1]);
        }
    }

    /** True if {@code raw[from, to)} has no lone surrogate, so that its UTF-8 bytes decode back to it. */
    private static boolean wellFormed(String raw, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = raw.charAt(k);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && k + 1 < to && Character.isLowSurrogate(raw.charAt(k + 1))) {
                    k++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private void scan(byte[] raw, int from, int to) {
        if (words == null) {
            scanChunks(raw, from, to);
            return;
        }
        byte[] classes = CLASS;
        byte[] plainBytes = PLAIN;
        int i = from;
        while (i < to) {
            i = chunkStart(raw, i, to);
            if (i >= to) {
                return;
            }
            // a chunk starts at i: its shape read as PlainWords reads it, the word's hash computed on the way
            int start = i;
            while (i < to) {
                byte b = raw[i];
                if (b >= 0 && (plainBytes[b] & OPENS) != 0) {
                    i++;
                } else if (b == (byte) 0xE2 && isQuote(raw, i, to, (byte) 0x9C)) {
                    i += 3;
                } else {
                    break;
                }
            }
            int wordStart = i;
            int hash = 0;
            long packed = 0;   // the word's bytes, exact up to ShortWords.MAX_LENGTH of them
            while (i < to) {
                byte b = raw[i];
                if (b < 0 || (plainBytes[b] & LETTER_OR_DIGIT) == 0) {
                    break;
                }
                hash = 31 * hash + b;
                packed = packed << 8 | b;
                i++;
            }
            int wordEnd = i;
            boolean plain = wordEnd > wordStart;
            boolean periodAfter = false;
            if (plain && i < to && !isWhitespace(raw, i, to)) {
                byte b = raw[i];
                if (b == '\'' && i + 1 < to && (raw[i + 1] == 's' || raw[i + 1] == 'S')) {
                    i += 2;
                } else if (b == (byte) 0xE2 && i + 3 < to && isQuote(raw, i, to, (byte) 0x99) && (raw[i + 3] == 's' || raw[i + 3] == 'S')) {
                    i += 4;   // ’s
                } else {
                    periodAfter = b == '.';
                }
                while (i < to) {
                    b = raw[i];
                    if (b >= 0) {
                        if ((plainBytes[b] & CLOSES) != 0) {
                            i++;
                            continue;
                        }
                        plain = classes[b] == 1;
                    } else if (b == (byte) 0xE2 && isQuote(raw, i, to, (byte) 0x9D)) {
                        i += 3;
                        continue;
                    } else {
                        plain = classes[b & 0xFF] == 2 && whitespaceAt(raw, i, to);
                    }
                    break;
                }
            }
            if (!plain) {
                while (i < to && !isWhitespace(raw, i, to)) {
                    i++;
                }
                chunk(raw, start, i, to, ChunkCache.hashOf(raw, start, i));
                continue;
            }
            if (raw[i - 1] == '.' && readsPastEnd(raw, start, i)) {
                chunk(raw, start, i, to, ChunkCache.hashOf(raw, start, i));
                continue;
            }
            int value;
            if (wordEnd - wordStart <= ShortWords.MAX_LENGTH) {
                // ShortWords' probe, written out (see there)
                long[] t = shortWords.slots;
                int mask = (t.length >> 1) - 1;
                int slot = ShortWords.slotOf(hash, t);
                while (true) {
                    long k = t[slot << 1];
                    if (k == packed) {
                        value = (int) t[(slot << 1) + 1];
                        break;
                    }
                    if (k == 0) {
                        value = wordValue(raw, wordStart, wordEnd);
                        shortWords.put(packed, hash, value);
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            } else {
                value = words.lookup(raw, wordStart, wordEnd - wordStart, hash);
                if (value == ChunkCache.ABSENT) {
                    value = wordValue(raw, wordStart, wordEnd);
                    words.insertValue(hash, raw, wordStart, wordEnd - wordStart, value);
                }
            }
            if (periodAfter && (value & 1) != 0) {
                chunk(raw, start, i, to, ChunkCache.hashOf(raw, start, i));
                continue;
            }
            int id = value >> 1;
            if (id < 0) {
                continue;
            }
            if (perDocument) {
                count(id);
                continue;
            }
            // count(id), written out: this runs for nearly every chunk, and C1 does not inline count
            long[] st = stats;
            int at = id << 1;
            st[at]++;
            long seen = st[at + 1];
            if ((int) seen != documents) {
                st[at + 1] = ((seen >>> 32) + 1) << 32 | (documents & 0xFFFFFFFFL);
            }
        }
    }

    /** Where the next chunk starts: {@code i} past any whitespace, or {@code to}. */
    private static int chunkStart(byte[] raw, int i, int to) {
        byte[] classes = CLASS;
        while (i < to) {
            int c = classes[raw[i] & 0xFF];
            if (c == 0 || c == 2 && !whitespaceAt(raw, i, to)) {
                break;
            }
            i += c == 1 ? 1 : 3;
        }
        return i;
    }

    /** True if the three-byte character E2 80 {@code last} (a curly quotation mark) is at {@code i}. */
    private static boolean isQuote(byte[] raw, int i, int to, byte last) {
        return i + 2 < to && raw[i + 1] == (byte) 0x80 && raw[i + 2] == last;
    }

    /** The value in {@link #words} or {@link #shortWords} of the word {@code raw[start, end)} of a plain chunk, met for the first time. */
    private int wordValue(byte[] raw, int start, int end) {
        int[] terms = plainTerm(raw, start, end);
        int id = terms.length == 0 ? ChunkCache.NONE : terms[0];
        return id << 1 | (PlainWords.keepsItsPeriod(raw, start, end) ? 1 : 0);
    }

    /** {@link #scan} when punctuation is counted: every chunk looked up whole. */
    private void scanChunks(byte[] raw, int from, int to) {
        byte[] classes = CLASS;
        int i = from;
        while (i < to) {
            i = chunkStart(raw, i, to);
            int start = i;
            int hash = 0;
            while (i < to) {
                byte b = raw[i];
                int c = classes[b & 0xFF];
                if (c != 0 && (c == 1 || whitespaceAt(raw, i, to))) {
                    break;
                }
                hash = 31 * hash + b;
                i++;
            }
            if (i > start) {
                chunk(raw, start, i, to, hash);
            }
        }
    }

    /** True if the three-byte character at {@code i} is whitespace. */
    private static boolean whitespaceAt(byte[] raw, int i, int to) {
        return i + 2 < to && Character.isWhitespace((raw[i] & 0x0F) << 12 | (raw[i + 1] & 0x3F) << 6 | raw[i + 2] & 0x3F);
    }

    private void chunk(byte[] raw, int start, int end, int to, int hash) {
        if (raw[end - 1] == '.' && readsPastEnd(raw, start, end)) {
            int lookahead = end;
            while (lookahead < to && isWhitespace(raw, lookahead, to)) {
                lookahead += raw[lookahead] >= 0 ? 1 : 3;
            }
            while (lookahead < to && !isWhitespace(raw, lookahead, to)) {
                lookahead++;
            }
            for (int id : termsOf(raw, start, end, lookahead)) {
                count(id);
            }
            return;
        }
        int value = cache.lookup(raw, start, end - start, hash);
        if (value == ChunkCache.ABSENT) {
            int[] terms = termsOfChunk(raw, start, end);
            cache.insert(hash, raw, start, end - start, terms);
            for (int id : terms) {
                count(id);
            }
        } else if (value >= 0) {
            count(value);
        } else if (value != ChunkCache.NONE) {
            for (int id : cache.many(value)) {
                count(id);
            }
        }
    }

    /**
     * The term ids of a chunk met for the first time. A plain word with punctuation around it ({@code said.”},
     * {@code (Kyiv}, {@code Estonia’s}) counts as the word alone when punctuation is not counted, so it is
     * looked up (or remembered) bare instead of tokenized.
     */
    private int[] termsOfChunk(byte[] raw, int start, int end) {
        long word = keepPunctuation ? -1 : PlainWords.of(raw, start, end);
        if (word < 0) {
            return termsOf(raw, start, end, end);
        }
        int from = (int) (word >>> 32);
        int to = (int) word;
        if (from == start && to == end) {
            return plainTerm(raw, start, end);
        }
        int hash = ChunkCache.hashOf(raw, from, to);
        int value = cache.lookup(raw, from, to - from, hash);
        if (value == ChunkCache.ABSENT) {
            int[] terms = plainTerm(raw, from, to);
            cache.insert(hash, raw, from, to - from, terms);
            return terms;
        }
        return value == ChunkCache.NONE ? NO_TERMS : value >= 0 ? new int[] {value} : cache.many(value);
    }

    /** True if a whitespace character starts at {@code i}. */
    private static boolean isWhitespace(byte[] raw, int i, int to) {
        int c = CLASS[raw[i] & 0xFF];
        return c == 1 || c == 2 && whitespaceAt(raw, i, to);
    }

    /** A chunk ending in an initial ({@code J.}) or {@code No.}: the tokenizer looks at what follows. */
    private static boolean readsPastEnd(byte[] raw, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        // the letters and digits before the period, counted as chars, as Character.isLetterOrDigit sees them
        int word = end - 1;
        int letters = 0;
        while (word > start && letters < 3) {
            int b = raw[word - 1];
            if (b >= 0) {
                if (!Character.isLetterOrDigit(b)) {
                    break;
                }
                word--;
            } else {
                int lead = word - 1;
                while (lead > start && (raw[lead] & 0xC0) == 0x80) {
                    lead--;
                }
                int n = word - lead;
                if (n == 4 || !Character.isLetterOrDigit(codePoint(raw, lead, n))) {
                    break;   // a supplementary letter is two surrogates to the char-based tokenizer: not a letter
                }
                word = lead;
            }
            letters++;
        }
        return letters == 1 || (letters == 2 && (raw[word] == 'n' || raw[word] == 'N') && (raw[word + 1] == 'o' || raw[word + 1] == 'O'));
    }

    private static int codePoint(byte[] raw, int i, int n) {
        return n == 2 ? (raw[i] & 0x1F) << 6 | raw[i + 1] & 0x3F
                : (raw[i] & 0x0F) << 12 | (raw[i + 1] & 0x3F) << 6 | raw[i + 2] & 0x3F;
    }

    /**
     * The term of a chunk of ASCII letters and digits, as the tokenizer would have it: one token, a NUMBER if it
     * has no letter, else a WORD, with the lower-cased chunk as its normal form. Spares a first sighting
     * the tokenizer's objects.
     */
    private int[] plainTerm(byte[] raw, int start, int end) {
        boolean letter = false;
        byte[] lower = new byte[end - start];
        for (int k = start; k < end; k++) {
            byte c = raw[k];
            letter |= c > '9';
            lower[k - start] = c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c;
        }
        String norm = new String(lower, StandardCharsets.ISO_8859_1);
        String surface = foldCase ? null : new String(raw, start, end - start, StandardCharsets.ISO_8859_1);
        String term = letter ? extractor.word(norm, surface, false) : extractor.number(norm);
        return term == null ? NO_TERMS : new int[] {id(term)};
    }

    /** The term ids of the tokens starting in {@code [start, end)}, tokenized with the text up to {@code to}. */
    private int[] termsOf(byte[] raw, int start, int end, int to) {
        String text = new String(raw, start, to - start, StandardCharsets.UTF_8);
        int chunkChars = end == to ? text.length() : new String(raw, start, end - start, StandardCharsets.UTF_8).length();
        List<Token> tokens = Tokenizer.tokenize(Document.of("", text), 0, text.length());
        int[] out = new int[tokens.size()];
        int n = 0;
        for (Token t : tokens) {
            if (t.start() >= chunkChars) {
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
        return documentCounts();
    }

    /** {@link #countsOf(Document)} of a document given as UTF-8 bytes and its body paragraphs, as {@link #addBody} takes it. */
    Map<String, TermCounter.Count> countsOf(byte[] utf8, int[] paragraphs, int count) {
        perDocument = true;
        try {
            addBody(utf8, paragraphs, count);
        } finally {
            perDocument = false;
        }
        return documentCounts();
    }

    /** The counts of the document just added, which are then cleared for the next. */
    private Map<String, TermCounter.Count> documentCounts() {
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
        int h = term.hashCode();
        int mask = idSlots.length - 1;
        int slot = spread(h) & mask;
        while (idSlots[slot] != 0) {
            if (idHashes[slot] == h && names[idSlots[slot] - 1].equals(term)) {
                return idSlots[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        if (vocabulary == names.length) {
            int n = vocabulary * 2;
            names = Arrays.copyOf(names, n);
            stats = Arrays.copyOf(stats, 2 * n);
        }
        names[vocabulary] = term;
        idSlots[slot] = vocabulary + 1;
        idHashes[slot] = h;
        vocabulary++;
        if (vocabulary * 2 > idSlots.length) {
            int[] oldSlots = idSlots;
            int[] oldHashes = idHashes;
            idSlots = new int[oldSlots.length * 2];
            idHashes = new int[oldSlots.length * 2];
            int grown = idSlots.length - 1;
            for (int k = 0; k < oldSlots.length; k++) {
                if (oldSlots[k] != 0) {
                    int at = spread(oldHashes[k]) & grown;
                    while (idSlots[at] != 0) {
                        at = (at + 1) & grown;
                    }
                    idSlots[at] = oldSlots[k];
                    idHashes[at] = oldHashes[k];
                }
            }
        }
        return vocabulary - 1;
    }

    private static int spread(int h) {
        int m = h * 0x9E3779B9;
        return m ^ (m >>> 16);
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

    /** The first {@code limit} rows of the threads' {@code scanners} together (merged into the first), or none if there is none. */
    static List<TermFrequency> rowsOf(List<UnigramScanner> scanners, int limit) {
        if (scanners.isEmpty()) {
            return List.of();
        }
        for (int k = 1; k < scanners.size(); k++) {
            scanners.get(0).merge(scanners.get(k));
        }
        return scanners.get(0).rows(limit);
    }

    /** The frequency table's rows: the counts, most frequent first, as {@link FrequencyAccumulator#rows()} orders them. */
    List<TermFrequency> rows() {
        return rows(Integer.MAX_VALUE);
    }

    /** The first {@code limit} of {@link #rows()}. */
    List<TermFrequency> rows(int limit) {
        long[] counts = new long[vocabulary];
        long[] docs = new long[vocabulary];
        long[] totals = new long[2];
        for (int k = 0; k < vocabulary; k++) {
            counts[k] = stats[2 * k];
            docs[k] = stats[2 * k + 1] >>> 32;
            int size = TermCounter.sizeOf(names[k]);
            if (size >= totals.length) {
                totals = Arrays.copyOf(totals, size + 1);
            }
            totals[size] += counts[k];
        }
        return FrequencyAccumulator.rows(names, counts, docs, vocabulary, totals, limit);
    }
}
