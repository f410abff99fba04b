package dev.byline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds sentence boundaries in a paragraph's tokens.
 *
 * <p>A sentence ends at {@code . ! ? …} when the next word starts a sentence (a capital, a digit,
 * an opening quote or bracket). Closing quotes and brackets after the terminator stay with the
 * sentence ({@code …meaningful way.” Rosin said} splits after the {@code ”}). A period that belongs
 * to a title ({@code Dr.}, {@code Gen.}) or an initial ({@code J. Smith}) never ends a sentence; one
 * that belongs to an abbreviation that can end a sentence ({@code U.S.}, {@code Inc.}) ends it only
 * when a typical sentence opener follows ({@code …with the U.S. The talks…}).
 */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    /**
     * Splits {@code tokens} (one paragraph's, in order) into sentences.
     *
     * @return for each sentence, {@code [firstTokenIndex, endTokenIndex)} relative to {@code tokens}
     */
    public static List<int[]> split(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return new ArrayList<>();
        }
        TokenTable table = new TokenTable(tokens.get(0).document(), tokens.size());
        for (Token t : tokens) {
            table.add(t.start(), t.end(), t.kind(), t.norm());
        }
        return split(table, 0, table.size());
    }

    /**
     * Splits the tokens {@code [from, to)} of {@code tokens} (one paragraph's) into sentences.
     *
     * @return for each sentence, {@code [firstTokenIndex, endTokenIndex)} relative to {@code from}
     */
    static List<int[]> split(TokenTable tokens, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int begin = from;
        for (int i = from; i < to; i++) {
            if (!tokens.isTerminator(i)) {
                continue;
            }
            int after = i + 1;
            while (after < to && isCloser(tokens, after)) {
                after++;
            }
            if (after >= to) {
                break;
            }
            if (startsSentence(tokens, after) && !heldByAbbreviation(tokens, i, after)) {
                out.add(new int[] {begin - from, after - from});
                begin = after;
                i = after - 1;
            }
        }
        if (begin < to) {
            out.add(new int[] {begin - from, to - from});
        }
        return out;
    }

    /** A closing quotation mark or bracket right after a terminator. */
    private static boolean isCloser(TokenTable tokens, int i) {
        String raw = tokens.document().raw();
        int start = tokens.start(i);
        int end = tokens.end(i);
        if (end - start == 1) {
            char c = raw.charAt(start);
            if (c == ')' || c == ']' || c == '}') {
                return true;
            }
        }
        if (tokens.kind(i) != TokenKind.QUOTE) {
            return false;
        }
        return QuoteMarks.isClosing(raw, start, end);
    }

    private static boolean startsSentence(TokenTable tokens, int i) {
        String raw = tokens.document().raw();
        int start = tokens.start(i);
        char c = raw.charAt(start);
        TokenKind kind = tokens.kind(i);
        if (kind == TokenKind.QUOTE) {
            return QuoteMarks.isOpening(raw, start, tokens.end(i));
        }
        if (tokens.end(i) - start == 1 && (c == '(' || c == '[')) {
            return true;
        }
        if (kind == TokenKind.DASH) {
            return false;
        }
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c);
    }

    private static boolean heldByAbbreviation(TokenTable tokens, int terminator, int next) {
        if (tokens.kind(terminator) != TokenKind.WORD) {
            return false;
        }
        String bare = tokens.document().raw().substring(tokens.start(terminator), tokens.end(terminator) - 1)
                .toLowerCase(Locale.ROOT);
        if (Abbreviations.TITLES.contains(bare)) {
            return true;
        }
        boolean opener = tokens.kind(next) == TokenKind.QUOTE
                || Abbreviations.SENTENCE_STARTERS.contains(tokens.norm(next));
        // "J. Smith" and "the U.S. in" hold; "World War I. The" and "the U.S. The" do not
        return !opener;
    }
}
