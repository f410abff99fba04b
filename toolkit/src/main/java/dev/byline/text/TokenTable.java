package dev.byline.text;

import java.util.Arrays;

/**
 * A document's body tokens as columns (start, end, kind and normal form by index) rather than one {@link Token}
 * record each: what rules that read every token many times use ({@link Document#tokenTable()}). Index {@code i}
 * here is token {@code i} of {@link Document#tokens()}, which is made from this table only when asked for.
 *
 * <pre>{@code
 * TokenTable t = Document.of("n", "Rosin said so.").tokenTable();
 * t.size();     // 4
 * t.norm(0);    // "rosin"
 * t.end(0);     // 5
 * t.token(0);   // Token[WORD 0..5 "Rosin"], the same as doc.tokens().get(0)
 * }</pre>
 */
public final class TokenTable {
    private final Document document;
    private int size;
    private int[] starts;
    private int[] ends;
    /**
     * per token: its kind's ordinal, with {@link #TERMINATOR} set for a token that can end a sentence (. ! ? … ?!
     * !? ... or a word of two or more characters ending in a full stop), worked out once as the token is added
     */
    private byte[] kinds;
    /** per token, its normal form's index in {@link #words} */
    private int[] wordIds;
    /** per token: 1 a word starting with an upper-case letter, -1 with a lower-case letter, 0 anything else */
    private byte[] initialCases;

    // The document's vocabulary: each distinct normal form once, so a word met again costs no string (and no
    // hash of a new one), and the rules can keep what they learn about a word in an array by its id.
    // Sized by the tokens expected (up to 256 words, then grown): the term counter tokenizes single chunks ("U.S.",
    // "80,740") by the hundred thousand, and a 256-word vocabulary for each was two thirds of all it allocated.
    // Beyond 512 tokens, half of them (up to 1,024 words): a news article of 500-700 tokens writes 300-400 distinct
    // words, so four in five of the 120 MB corpus's articles outgrew 256 words and copied and rehashed them once.
    private String[] words;
    private int[] wordHashes;
    /**
     * per word id: where in the raw text a word of ASCII letters was first met (its letters, in either case, are
     * the word's), so a word met again is matched against those characters, not its string; -1 for other words
     */
    private int[] wordStarts;
    /** per word id: its normal form holds a full stop ("u.s.", "dr."); never so for a word of ASCII letters */
    private boolean[] wordFullStops;
    private int wordCount;
    /** open addressing over the vocabulary: word id + 1, 0 for an empty slot; at most half full */
    private int[] slots;

    TokenTable(Document document, int capacity) {
        this.document = document;
        int c = Math.max(8, capacity);
        this.starts = new int[c];
        this.ends = new int[c];
        this.kinds = new byte[c];
        this.wordIds = new int[c];
        this.initialCases = new byte[c];
        // a power of two, at least c up to 256, at least c / 2 up to 1,024
        int vocabulary = Integer.highestOneBit(Math.max(Math.min(256, c), Math.min(1024, c / 2)) - 1) << 1;
        this.words = new String[vocabulary];
        this.wordHashes = new int[vocabulary];
        this.wordStarts = new int[vocabulary];
        this.wordFullStops = new boolean[vocabulary];
        this.slots = new int[2 * vocabulary];
    }

    /** Appends a token; only the tokenizer calls this, while the table is being made. */
    void add(int start, int end, TokenKind kind, String norm) {
        int h = norm.hashCode();
        int slot = slotOf(norm, h);
        byte initial = 0;
        if (kind == TokenKind.WORD) {
            String raw = document.raw();
            char c = raw.charAt(start);
            if (c < 128) {   // the case of an ASCII letter without the Unicode tables
                initial = (byte) (c >= 'A' && c <= 'Z' ? 1 : c >= 'a' && c <= 'z' ? -1 : 0);
            } else {
                int cp = raw.codePointAt(start);
                initial = (byte) (Character.isUpperCase(cp) ? 1 : Character.isLowerCase(cp) ? -1 : 0);
            }
        }
        int id = slots[slot] - 1;
        if (id < 0) {
            id = newWord(slot, norm, h);
            wordFullStops[id] = norm.indexOf('.') >= 0;
            wordStarts[id] = -1;
        }
        append(start, end, (byte) (kind.ordinal() | (isTerminator(kind, document.raw(), start, end) ? TERMINATOR : 0)), id,
                initial);
    }

    /** Set in a token's kind byte when the token can end a sentence ({@link #isTerminator(int)}). */
    private static final int TERMINATOR = 0x40;
    private static final byte WORD = (byte) TokenKind.WORD.ordinal();
    private static final TokenKind[] KINDS = TokenKind.values();

    /**
     * Whether a token can end a sentence: one of {@code . ! ? …}, {@code ?!}, {@code !?}, {@code ...}, or a word of
     * two or more characters ending in a full stop ("U.S.", "Dr."). Read from the raw text at the token's ends, as
     * the sentence splitter reads it.
     */
    private static boolean isTerminator(TokenKind kind, String raw, int start, int end) {
        int length = end - start;
        if (kind == TokenKind.PUNCT) {
            return switch (length) {
                case 1 -> {
                    char c = raw.charAt(start);
                    yield c == '.' || c == '!' || c == '?' || c == '…';
                }
                case 2 -> raw.startsWith("?!", start) || raw.startsWith("!?", start);
                case 3 -> raw.startsWith("...", start);
                default -> false;
            };
        }
        return kind == TokenKind.WORD && length > 1 && raw.charAt(end - 1) == '.';
    }

    /** True if token {@code i} can end a sentence (worked out as it was added; a word of ASCII letters never can). */
    boolean isTerminator(int i) {
        return (kinds[i] & TERMINATOR) != 0;
    }

    /**
     * Appends a {@link TokenKind#WORD} of ASCII letters, {@code raw[start, end)}, whose lower-cased form has the
     * {@code hashCode()} {@code h} ({@code upper}: it holds a capital; the tokenizer works both out as it reads the
     * letters): found in the vocabulary by its characters, so a word met before makes no string.
     */
    void addAsciiLetters(String raw, char[] chars, int start, int end, int h, boolean upper) {
        int mask = slots.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        int id;
        int length = end - start;
        while ((id = slots[slot] - 1) >= 0) {
            if (wordHashes[id] == h && words[id].length() == length) {
                int first = wordStarts[id];
                if (first >= 0) {
                    // the letters where the word was first met, lower-cased as they are read: no String call
                    int k = 0;
                    while (k < length && (chars[first + k] | 0x20) == (chars[start + k] | 0x20)) {
                        k++;
                    }
                    if (k == length) {
                        break;
                    }
                } else if (sameLetters(words[id], chars, start, end)) {
                    break;
                }
            }
            slot = (slot + 1) & mask;
        }
        if (id < 0) {
            // a new string per document, not one shared across documents: a table of every word an archive uses
            // was tried and cost more in cache misses than the allocation it saved (RESULTS.md, ninth session), and
            // so did a small direct-mapped table of recent words (tenth session)
            id = newWord(slot, lowerCase(raw, chars, start, end, upper), h);
            wordStarts[id] = start;
        }
        append(start, end, WORD, id, (byte) (chars[start] < 'a' ? 1 : -1));
    }

    private static boolean sameLetters(String word, char[] chars, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (word.charAt(k - start) != (chars[k] | 0x20)) {
                return false;
            }
        }
        return true;
    }

    private static String lowerCase(String raw, char[] chars, int start, int end, boolean upper) {
        if (!upper) {
            return raw.substring(start, end);
        }
        byte[] out = new byte[end - start];
        for (int k = start; k < end; k++) {
            out[k - start] = (byte) (chars[k] | 0x20);
        }
        return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void append(int start, int end, byte kind, int wordId, byte initialCase) {
        if (size == starts.length) {
            int c = size + (size >> 1);
            starts = Arrays.copyOf(starts, c);
            ends = Arrays.copyOf(ends, c);
            kinds = Arrays.copyOf(kinds, c);
            wordIds = Arrays.copyOf(wordIds, c);
            initialCases = Arrays.copyOf(initialCases, c);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        wordIds[size] = wordId;
        initialCases[size] = initialCase;
        size++;
    }

    /** The slot holding {@code word} (hash {@code h}), or the empty slot where it would go. */
    private int slotOf(String word, int h) {
        int mask = slots.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        int id;
        while ((id = slots[slot] - 1) >= 0 && !(wordHashes[id] == h && words[id].equals(word))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int newWord(int slot, String word, int h) {
        if (wordCount == words.length) {
            words = Arrays.copyOf(words, wordCount * 2);
            wordHashes = Arrays.copyOf(wordHashes, wordCount * 2);
            wordStarts = Arrays.copyOf(wordStarts, wordCount * 2);
            wordFullStops = Arrays.copyOf(wordFullStops, wordCount * 2);
        }
        int id = wordCount++;
        words[id] = word;
        wordHashes[id] = h;
        slots[slot] = id + 1;
        if (wordCount * 2 > slots.length) {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int w = 0; w < wordCount; w++) {
                int s = (wordHashes[w] ^ (wordHashes[w] >>> 16)) & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = w + 1;
            }
        }
        return id;
    }

    /** The document whose raw text the offsets index. */
    public Document document() {
        return document;
    }

    /** Number of tokens. */
    public int size() {
        return size;
    }

    /** Offset of the first character of token {@code i} in the raw text. */
    public int start(int i) {
        return starts[i];
    }

    /** One past the offset of the last character of token {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    public TokenKind kind(int i) {
        return KINDS[kinds[i] & ~TERMINATOR];
    }

    /** The normal form of token {@code i}, as {@link Token#norm()}. */
    public String norm(int i) {
        return words[wordIds[i]];
    }

    /**
     * The index of token {@code i}'s normal form in the document's vocabulary, from 0 to {@link #wordCount()}: two
     * tokens have the same id exactly when their normal forms are equal ({@code t.word(t.wordId(i)) == t.norm(i)}).
     */
    public int wordId(int i) {
        return wordIds[i];
    }

    /** Number of distinct normal forms among the tokens. */
    public int wordCount() {
        return wordCount;
    }

    /** The normal form whose id is {@code id}. */
    public String word(int id) {
        return words[id];
    }

    /**
     * {@code word(id).hashCode()}, kept from when the word was added: a caller that looks every distinct word up in
     * its own tables need not hash it again (a word made from the raw text has no hash of its own yet).
     */
    public int wordHash(int id) {
        return wordHashes[id];
    }

    /** {@code word(id).indexOf('.') >= 0}, known from when the word was added (a word of ASCII letters has none). */
    public boolean wordHasFullStop(int id) {
        return wordFullStops[id];
    }

    /**
     * Token {@code i}'s initial case: 1 for a {@link TokenKind#WORD} starting with an upper-case letter, -1 for one
     * starting with a lower-case letter, 0 for any other token (numbers, clitics, punctuation, a word opening with
     * a letter of no case).
     */
    public int initialCase(int i) {
        return initialCases[i];
    }

    /** The id of the normal form {@code norm}, or -1 if no token has it. */
    public int wordIdOf(String norm) {
        int slot = slotOf(norm, norm.hashCode());
        return slots[slot] - 1;
    }

    /** The text of token {@code i}, exactly as written. */
    public String text(int i) {
        return document.raw().substring(starts[i], ends[i]);
    }

    /** Token {@code i} as a record: a new one on each call. */
    public Token token(int i) {
        return new Token(document, starts[i], ends[i], kind(i), norm(i));
    }

    /** Index of the first token ending after {@code offset} ({@link #size()} if none). */
    public int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of word and number tokens lying wholly inside {@code [start, end)} ({@link Alignment#CONTRACT}). */
    public int wordsIn(int start, int end) {
        int n = 0;
        for (int k = firstEndingAfter(start); k < size && starts[k] < end; k++) {
            if (starts[k] >= start && ends[k] <= end && kind(k).isWordLike()) {
                n++;
            }
        }
        return n;
    }
}
