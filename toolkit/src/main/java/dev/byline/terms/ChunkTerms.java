package dev.byline.terms;

import dev.byline.text.Document;
import dev.byline.text.PlainWords;
import dev.byline.text.Token;
import dev.byline.text.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What a chunk of UTF-8 text (whitespace-separated) counts as, by the {@link Tokenizer}'s and the
 * {@link TermExtractor}'s rules: the {@link UnigramScanner}'s slow path, taken when a chunk or a word is met for the
 * first time (the scanner then remembers the answer) and for the few chunks whose tokens depend on what follows them.
 * Term ids are those of the scanner's {@link TermTally}.
 *
 * <pre>{@code
 * ChunkTerms terms = new ChunkTerms(TermOptions.defaults(), tally);
 * terms.of(utf8, start, end, end);             // "talks." -> {id of "talks"}
 * ChunkTerms.readsPastEnd(utf8, start, end);   // true for "J." and "No.": tokenize them with what follows
 * }</pre>
 */
final class ChunkTerms {
    private static final int[] NONE = new int[0];
    private final TermExtractor extractor;
    private final boolean foldCase;
    private final TermTally tally;
    /** True when neither numbers nor punctuation are counted: only WORD tokens give terms (see {@link #hasNoWord}). */
    private final boolean wordsOnly;

    ChunkTerms(TermOptions options, TermTally tally) {
        this.extractor = new TermExtractor(options, null);
        this.foldCase = options.caseMode() == CaseMode.FOLD;
        this.tally = tally;
        this.wordsOnly = !options.keepNumbers() && !options.keepPunctuation();
    }

    /** The term id of a token, or -1 if it is no term (a stop word, punctuation, ...). */
    int idOf(Token token) {
        String term = extractor.term(token, false);
        return term == null ? -1 : tally.id(term);
    }

    /**
     * The scanner's value for the word {@code raw[start, end)} (ASCII letters and digits) of a plain chunk:
     * {@code (term id << 1) | 1} if the word keeps a period that follows it ({@code Dr.}), the id being
     * {@link ChunkCache#NONE} for a word that is no term.
     */
    int wordValue(byte[] raw, int start, int end) {
        int[] terms = plain(raw, start, end);
        int id = terms.length == 0 ? ChunkCache.NONE : terms[0];
        return id << 1 | (PlainWords.keepsItsPeriod(raw, start, end) ? 1 : 0);
    }

    /**
     * The term of a chunk of ASCII letters and digits, as the tokenizer would have it: one token, a NUMBER if it
     * has no letter, else a WORD, with the lower-cased chunk as its normal form. Spares a first sighting
     * the tokenizer's objects.
     */
    int[] plain(byte[] raw, int start, int end) {
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
        return term == null ? NONE : new int[] {tally.id(term)};
    }

    /** The term ids of the tokens starting in {@code [start, end)}, tokenized with the text up to {@code to}. */
    int[] of(byte[] raw, int start, int end, int to) {
        if (wordsOnly && hasNoWord(raw, start, end)) {
            return NONE;   // 80,740  23.6%  $5  1/2  (2015).  --  ...: most of the chunks met first are numbers
        }
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
                out[n++] = tally.id(term);
            }
        }
        return n == 0 ? NONE : Arrays.copyOf(out, n);
    }

    /**
     * True if the chunk {@code raw[start, end)} is printable ASCII without a letter or an apostrophe, so that the
     * {@link Tokenizer} makes no WORD of it: a token starting with a digit and holding no letter is a NUMBER, and
     * any other token starts with a mark that begins no word (only an apostrophe may: {@code '90}, {@code 'em});
     * no token runs past the chunk's end (white space). Its tokens are numbers, punctuation, symbols, quotation
     * marks, dashes or links, none a term when numbers and punctuation are not counted.
     */
    static boolean hasNoWord(byte[] raw, int start, int end) {
        for (int k = start; k < end; k++) {
            int b = raw[k];
            if (b <= ' ' || b == 0x7F || b == '\'' || (b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
                return false;   // (b < 0: outside ASCII)
            }
        }
        return true;
    }

    /** A chunk ending in an initial ({@code J.}) or {@code No.}: the tokenizer looks at what follows. */
    static boolean readsPastEnd(byte[] raw, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        // the letters and digits before the period, counted as chars, as Character.isLetterOrDigit sees them
        int word = end - 1;
        int letters = 0;
        while (word > start && letters < 3) {
            int b = raw[word - 1];
            if (b >= 0) {
                // Character.isLetterOrDigit of an ASCII char, without the Unicode tables (every sentence's last word comes here)
                if (!(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9')) {
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
}
