package dev.byline.terms;

import dev.byline.text.PlainWords;

/**
 * The {@link UnigramScanner}'s way with a chunk that is not a plain word ({@code 80,740}, {@code U.S.-brokered},
 * {@code “Quote}), or with every chunk when punctuation is counted: looked up whole, by its bytes, in a
 * {@link ChunkCache} of the tokenizer's answers ({@link ChunkTerms}), and counted in the scanner's {@link TermTally}.
 *
 * <pre>{@code
 * WholeChunks chunks = new WholeChunks(options, maxCached, terms, tally);
 * chunks.count(utf8, start, end, paragraphEnd, ChunkCache.hashOf(utf8, start, end));
 * }</pre>
 *
 * <p>Not thread-safe: one per scanner.
 */
final class WholeChunks {
    private static final int[] NO_TERMS = new int[0];
    private final ChunkCache cache;
    private final ChunkTerms terms;
    private final TermTally tally;
    private final boolean keepPunctuation;

    WholeChunks(TermOptions options, int maxCached, ChunkTerms terms, TermTally tally) {
        this.cache = new ChunkCache(maxCached);
        this.terms = terms;
        this.tally = tally;
        this.keepPunctuation = options.keepPunctuation();
    }

    /** Counts every chunk of {@code raw[from, to)}, each looked up whole: the scanner's way when punctuation is counted. */
    void scan(byte[] raw, int from, int to) {
        byte[] classes = ChunkBytes.CLASS;
        int i = from;
        while (i < to) {
            i = ChunkBytes.chunkStart(raw, i, to);
            int start = i;
            int hash = 0;
            while (i < to) {
                byte b = raw[i];
                int c = classes[b & 0xFF];
                if (c != 0 && (c == 1 || ChunkBytes.whitespaceAt(raw, i, to))) {
                    break;
                }
                hash = 31 * hash + b;
                i++;
            }
            if (i > start) {
                count(raw, start, i, to, hash);
            }
        }
    }

    /**
     * Counts the chunk {@code raw[start, end)} whose {@link ChunkCache#hashOf hash} is {@code hash}; {@code to} is where
     * the paragraph ends (a chunk such as {@code J.} is tokenized with the chunk that follows).
     */
    void count(byte[] raw, int start, int end, int to, int hash) {
        if (raw[end - 1] == '.' && ChunkTerms.readsPastEnd(raw, start, end)) {
            int lookahead = end;
            while (lookahead < to && ChunkBytes.isWhitespace(raw, lookahead, to)) {
                lookahead += raw[lookahead] >= 0 ? 1 : 3;
            }
            while (lookahead < to && !ChunkBytes.isWhitespace(raw, lookahead, to)) {
                lookahead++;
            }
            for (int id : terms.of(raw, start, end, lookahead)) {
                tally.count(id);
            }
            return;
        }
        int value = cache.lookup(raw, start, end - start, hash);
        if (value == ChunkCache.ABSENT) {
            int[] ids = termsOf(raw, start, end);
            cache.insert(hash, raw, start, end - start, ids);
            for (int id : ids) {
                tally.count(id);
            }
        } else if (value >= 0) {
            tally.count(value);
        } else if (value != ChunkCache.NONE) {
            for (int id : cache.many(value)) {
                tally.count(id);
            }
        }
    }

    /**
     * The term ids of a chunk met for the first time. A plain word with punctuation around it ({@code said.”},
     * {@code (Kyiv}, {@code Estonia’s}) counts as the word alone when punctuation is not counted, so it is
     * looked up (or remembered) bare instead of tokenized.
     */
    private int[] termsOf(byte[] raw, int start, int end) {
        long word = keepPunctuation ? -1 : PlainWords.of(raw, start, end);
        if (word < 0) {
            return terms.of(raw, start, end, end);
        }
        int from = (int) (word >>> 32);
        int to = (int) word;
        if (from == start && to == end) {
            return terms.plain(raw, start, end);
        }
        int hash = ChunkCache.hashOf(raw, from, to);
        int value = cache.lookup(raw, from, to - from, hash);
        if (value == ChunkCache.ABSENT) {
            int[] ids = terms.plain(raw, from, to);
            cache.insert(hash, raw, from, to - from, ids);
            return ids;
        }
        return value == ChunkCache.NONE ? NO_TERMS : value >= 0 ? new int[] {value} : cache.many(value);
    }
}
