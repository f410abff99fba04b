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
    private TokenKind[] kinds;
    private String[] norms;

    TokenTable(Document document, int capacity) {
        this.document = document;
        int c = Math.max(8, capacity);
        this.starts = new int[c];
        this.ends = new int[c];
        this.kinds = new TokenKind[c];
        this.norms = new String[c];
    }

    /** Appends a token; only the tokenizer calls this, while the table is being made. */
    void add(int start, int end, TokenKind kind, String norm) {
        if (size == starts.length) {
            int c = size + (size >> 1);
            starts = Arrays.copyOf(starts, c);
            ends = Arrays.copyOf(ends, c);
            kinds = Arrays.copyOf(kinds, c);
            norms = Arrays.copyOf(norms, c);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        norms[size] = norm;
        size++;
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
        return kinds[i];
    }

    /** The normal form of token {@code i}, as {@link Token#norm()}. */
    public String norm(int i) {
        return norms[i];
    }

    /** The text of token {@code i}, exactly as written. */
    public String text(int i) {
        return document.raw().substring(starts[i], ends[i]);
    }

    /** Token {@code i} as a record: a new one on each call. */
    public Token token(int i) {
        return new Token(document, starts[i], ends[i], kinds[i], norms[i]);
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
            if (starts[k] >= start && ends[k] <= end && kinds[k].isWordLike()) {
                n++;
            }
        }
        return n;
    }
}
