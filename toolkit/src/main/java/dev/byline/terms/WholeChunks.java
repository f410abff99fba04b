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
    static final int CAPITAL_AFTER = 1;
    static final int DIGIT_AFTER = 2;
    // the chunks that read past their end (U.S., J., No.), by what follows them (see whatFollows): made when first
    // needed, each holding a quarter as many chunks as the cache of the others
    private final ChunkCache[] followed = new ChunkCache[3];
    private final int maxCached;

    WholeChunks(TermOptions options, int maxCached, ChunkTerms terms, TermTally tally) {
        this.maxCached = maxCached;
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
            int after = whatFollows(raw, end, lookahead);
            if (after < 0) {
                for (int id : terms.of(raw, start, end, lookahead)) {
                    tally.count(id);
                }
                return;
            }
            // remembered by what follows as the tokenizer reads it: "U.S." before "Smith" and before "with" may differ
            ChunkCache before = followed[after];
            if (before == null) {
                before = followed[after] = new ChunkCache(Math.max(1, maxCached / 4));
            }
            countCached(before, raw, start, end, hash, lookahead);
            return;
        }
        countCached(cache, raw, start, end, hash, -1);
    }

    /** Counts a chunk remembered in {@code in}, tokenized with the text up to {@code lookahead} if it reads past its end (else -1). */
    private void countCached(ChunkCache in, byte[] raw, int start, int end, int hash, int lookahead) {
        int value = in.lookup(raw, start, end - start, hash);
        if (value == ChunkCache.ABSENT) {
            int[] ids = lookahead < 0 ? termsOf(raw, start, end) : terms.of(raw, start, end, lookahead);
            in.insert(hash, raw, start, end - start, ids);
            for (int id : ids) {
                tally.count(id);
            }
        } else if (value >= 0) {
            tally.count(value);
        } else if (value != ChunkCache.NONE) {
            for (int id : in.many(value)) {
                tally.count(id);
            }
        }
    }

    /**
     * What the tokenizer reads after a chunk ending in an initial or {@code No.} ({@link ChunkTerms#readsPastEnd}),
     * which ends at {@code end}, the text going on to {@code lookahead}: {@link #CAPITAL_AFTER} if one white space is
     * followed by a capital (so {@code J.} may be an initial), {@link #DIGIT_AFTER} if spaces are followed by a digit
     * (so {@code No.} may be a number sign), else 0: nothing else after the chunk decides its tokens. -1 when a
     * character outside ASCII would have to be read to tell (then the chunk is tokenized in its context).
     */
    static int whatFollows(byte[] raw, int end, int lookahead) {
        if (end == lookahead) {
            return 0;
        }
        if (raw[end] < 0 || end + 1 < lookahead && raw[end + 1] < 0) {
            return -1;
        }
        byte next = end + 1 < lookahead ? raw[end + 1] : 0;
        if (next >= 'A' && next <= 'Z') {
            return CAPITAL_AFTER;
        }
        int j = end;
        while (j < lookahead && raw[j] == ' ') {
            j++;
        }
        if (j == lookahead) {
            return 0;
        }
        byte b = raw[j];
        return b < 0 ? -1 : b >= '0' && b <= '9' ? DIGIT_AFTER : 0;
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
