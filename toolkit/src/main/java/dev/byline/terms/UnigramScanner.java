package dev.byline.terms;

import dev.byline.text.Document;
import dev.byline.text.Parts;
import dev.byline.text.LayoutDetector;
import dev.byline.text.PlainWords;
import dev.byline.text.Token;
import dev.byline.text.Tokenizer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
 * remembered (a {@link ChunkCache}; the tokenizer's side is {@link ChunkTerms}); later occurrences cost a hash
 * lookup on their bytes, and the terms are counted in a {@link TermTally}. The two rules
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
     * (80 in all); in {@link ShortWords}, up to four slots of 16 bytes; in {@link MidWords}, up to four of 24. A scanner
     * has these caches: short plain words ({@code maxCached} of them), words of nine to sixteen bytes and other chunks
     * (half as many each), longer words (an eighth as many), and three for the chunks that read past their end
     * ({@link WholeChunks}: an eighth as many each): 64 + 48 + 40 + 10 + 3 * 10.
     */
    private static final int BYTES_PER_CHUNK = 192;
    /**
     * 0x20 when case is folded: or-ed into each byte of a word of ASCII letters and digits, it lower-cases the letters
     * and keeps the digits, so that "Talks" and "talks" are one key of the word caches (their value depends only on
     * the lower-cased word then: {@link ChunkTerms#plain}, {@link PlainWords#keepsItsPeriod}).
     */
    private final int fold;
    /** Eight bytes of a byte array read as one little-endian {@code long} (C1 compiles the access to a load). */
    private static final VarHandle EIGHT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final TermTally tally = new TermTally();
    private final ChunkTerms terms;
    private final WholeChunks chunks;
    /** The words of plain chunks, looked up and counted; null when punctuation is counted. */
    private final PlainWordCounts plainWords;

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
        // a counter of punctuation has only the cache of chunks
        this.terms = new ChunkTerms(options, tally);
        this.fold = options.caseMode() == CaseMode.FOLD ? 0x20 : 0;
        this.plainWords = options.keepPunctuation() ? null : new PlainWordCounts(maxCached, fold, terms, tally);
        this.chunks = new WholeChunks(options, options.keepPunctuation() ? maxCached : Math.max(1, maxCached / 2), terms, tally);
        if (options.maxN() != 1 || options.minN() != 1 || options.caseMode() == CaseMode.KEEP_PROPER_NOUNS) {
            throw new IllegalArgumentException("the unigram scanner counts single words without proper-noun detection");
        }
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
        tally.startDocument();
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
                    int id = terms.idOf(t);
                    if (id >= 0) {
                        tally.count(id);
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
        tally.startDocument();
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
        PlainWordCounts plainWords = this.plainWords;
        if (plainWords == null) {
            chunks.scan(raw, from, to);
            return;
        }
        long[] batchKeys = plainWords.keys;
        int[] batchStarts = plainWords.starts;
        int[] batchLengths = plainWords.lengths;
        byte[] classes = ChunkBytes.CLASS;
        byte[] plainBytes = ChunkBytes.PLAIN;
        int fold = this.fold;
        long foldBytes = fold == 0 ? 0 : 0x2020202020202020L;
        int i = from;
        while (i < to) {
            if (raw[i] == ' ' && i + 1 < to && raw[i + 1] > ' ') {
                i++;   // the usual gap, one space before a printable ASCII byte: what chunkStart gives, without the call
            } else {
                i = ChunkBytes.chunkStart(raw, i, to);
                if (i >= to) {
                    break;
                }
            }
            // a chunk starts at i: its shape read as PlainWords reads it, the word's bytes packed on the way
            int start = i;
            while (i < to) {
                byte b = raw[i];
                if (b >= 0 && (plainBytes[b] & ChunkBytes.OPENS) != 0) {
                    i++;
                } else if (b == (byte) 0xE2 && ChunkBytes.isQuote(raw, i, to, (byte) 0x9C)) {
                    i += 3;
                } else {
                    break;
                }
            }
            int wordStart = i;
            long packed;   // the word's bytes (lower-cased when case is folded), little-endian: exact up to ShortWords.MAX_LENGTH of them
            if (i + 8 <= raw.length) {
                // eight bytes at once: how many of them are letters or digits, read with a few operations on a long
                long x = (long) EIGHT.get(raw, i);
                // ShortWords.letterOrDigitBytes(x), written out (C1 would call it)
                long low = x & 0x7F7F7F7F7F7F7F7FL;
                long folded = low | 0x2020202020202020L;
                long ok = ((folded + 0x1F1F1F1F1F1F1F1FL) & ~(folded + 0x0505050505050505L)
                        | (low + 0x5050505050505050L) & ~(low + 0x4646464646464646L)) & ~x;
                long other = ~ok & 0x8080808080808080L;
                int n = (int) ((((other & -other) - 1) >>> 7 & 0x0101010101010101L) * 0x0101010101010101L >>> 56);
                if (n > to - i) {
                    n = to - i;
                }
                packed = n == 8 ? x | foldBytes : (x | foldBytes) & ((1L << (n << 3)) - 1);
                i += n;
                if (n == 8 && i + 8 <= raw.length) {
                    int more = ShortWords.letterOrDigitBytes((long) EIGHT.get(raw, i));
                    i = more < to - i ? i + more : to;
                }
                if (n == 8 && (i - wordStart) % 8 == 0) {
                    while (i < to) {
                        int b = raw[i];
                        if (b < 0 || (plainBytes[b] & ChunkBytes.LETTER_OR_DIGIT) == 0) {
                            break;
                        }
                        i++;
                    }
                }
            } else {
                packed = 0;
                while (i < to) {
                    int b = raw[i];
                    if (b < 0 || (plainBytes[b] & ChunkBytes.LETTER_OR_DIGIT) == 0) {
                        break;
                    }
                    if (i - wordStart < ShortWords.MAX_LENGTH) {
                        packed |= (long) (b | fold) << ((i - wordStart) << 3);
                    }
                    i++;
                }
            }
            int wordEnd = i;
            boolean plain = wordEnd > wordStart;
            boolean periodAfter = false;
            if (plain && i < to && raw[i] != ' ' && !ChunkBytes.isWhitespace(raw, i, to)) {
                byte b = raw[i];
                if (b == '\'' && i + 1 < to && (raw[i + 1] == 's' || raw[i + 1] == 'S')) {
                    i += 2;
                } else if (b == (byte) 0xE2 && i + 3 < to && ChunkBytes.isQuote(raw, i, to, (byte) 0x99) && (raw[i + 3] == 's' || raw[i + 3] == 'S')) {
                    i += 4;   // ’s
                } else {
                    periodAfter = b == '.';
                }
                while (i < to) {
                    b = raw[i];
                    if (b >= 0) {
                        if ((plainBytes[b] & ChunkBytes.CLOSES) != 0) {
                            i++;
                            continue;
                        }
                        plain = classes[b] == 1;
                    } else if (b == (byte) 0xE2 && ChunkBytes.isQuote(raw, i, to, (byte) 0x9D)) {
                        i += 3;
                        continue;
                    } else {
                        plain = classes[b & 0xFF] == 2 && ChunkBytes.whitespaceAt(raw, i, to);
                    }
                    break;
                }
            }
            if (!plain) {
                // to the chunk's end: ChunkBytes.isWhitespace, written out (C1 would call it for every byte)
                while (i < to) {
                    int c = classes[raw[i] & 0xFF];
                    if (c == 1 || c == 2 && ChunkBytes.whitespaceAt(raw, i, to)) {
                        break;
                    }
                    i++;
                }
                chunks.count(raw, start, i, to, ChunkCache.hashOf(raw, start, i));
                continue;
            }
            if (raw[i - 1] == '.' && ChunkTerms.readsPastEnd(raw, start, i)) {
                chunks.count(raw, start, i, to, ChunkCache.hashOf(raw, start, i));
                continue;
            }
            if (!periodAfter) {
                int n = plainWords.batched;
                batchKeys[n] = packed;
                batchStarts[n] = wordStart;
                batchLengths[n] = wordEnd - wordStart;
                if ((plainWords.batched = n + 1) == PlainWordCounts.BATCH) {
                    plainWords.flush(raw);
                }
                continue;
            }
            // a word before a period: whether the period is the word's (Dr.) decides how the chunk is read
            int value = plainWords.value(raw, wordStart, wordEnd - wordStart, packed);
            if ((value & 1) != 0) {
                chunks.count(raw, start, i, to, ChunkCache.hashOf(raw, start, i));
            } else if (value >= 0) {
                tally.count(value >> 1);
            }
        }
        plainWords.flush(raw);
    }

    /**
     * One document's counts alone (term → count), as {@link TermCounter#countByTokens} gives them for these
     * options, using this scanner's cache and vocabulary (the corpus-wide totals are kept as well).
     */
    Map<String, TermCounter.Count> countsOf(Document document) {
        tally.perDocument = true;
        try {
            add(document);
        } finally {
            tally.perDocument = false;
        }
        return tally.documentCounts();
    }

    /** {@link #countsOf(Document)} of a document given as UTF-8 bytes and its body paragraphs, as {@link #addBody} takes it. */
    Map<String, TermCounter.Count> countsOf(byte[] utf8, int[] paragraphs, int count) {
        tally.perDocument = true;
        try {
            addBody(utf8, paragraphs, count);
        } finally {
            tally.perDocument = false;
        }
        return tally.documentCounts();
    }

    /** Adds {@code other}'s counts into this scanner (the combiner of a parallel collect). */
    void merge(UnigramScanner other) {
        tally.merge(other.tally);
    }

    /** The first {@code limit} rows of the threads' {@code scanners} together (merged into the first), or none if there is none. */
    static List<TermFrequency> rowsOf(List<UnigramScanner> scanners, int limit) {
        if (scanners.isEmpty()) {
            return List.of();
        }
        // in rounds, pairs merged side by side: with many threads the merge is not one thread's job (the rows do not
        // depend on the order: counts add up, and rows are ordered by count and name)
        List<UnigramScanner> left = new ArrayList<>(scanners);
        while (left.size() > 1) {
            List<UnigramScanner> round = left;
            IntStream.range(0, round.size() / 2).parallel().forEach(k -> round.get(2 * k).merge(round.get(2 * k + 1)));
            left = new ArrayList<>();
            for (int k = 0; k < round.size(); k += 2) {
                left.add(round.get(k));
            }
        }
        return left.get(0).rows(limit);
    }

    /** The frequency table's rows: the counts, most frequent first, as {@link FrequencyAccumulator#rows()} orders them. */
    List<TermFrequency> rows() {
        return rows(Integer.MAX_VALUE);
    }

    /** The first {@code limit} of {@link #rows()}. */
    List<TermFrequency> rows(int limit) {
        return tally.rows(limit);
    }
}
