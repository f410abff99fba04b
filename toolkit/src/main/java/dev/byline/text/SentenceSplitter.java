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
        List<int[]> out = new ArrayList<>();
        int begin = 0;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!isTerminator(t)) {
                continue;
            }
            int after = i + 1;
            while (after < n && isCloser(tokens, after)) {
                after++;
            }
            if (after >= n) {
                break;
            }
            if (startsSentence(tokens, after) && !heldByAbbreviation(t, tokens, after)) {
                out.add(new int[] {begin, after});
                begin = after;
                i = after - 1;
            }
        }
        if (begin < n) {
            out.add(new int[] {begin, n});
        }
        return out;
    }

    private static boolean isTerminator(Token t) {
        String x = t.norm();   // the norm keeps punctuation and periods as written, and costs no substring
        if (t.kind() == TokenKind.PUNCT) {
            // by length first: every token is asked, and most punctuation is a comma
            return switch (x.length()) {
                case 1 -> {
                    char c = x.charAt(0);
                    yield c == '.' || c == '!' || c == '?' || c == '…';
                }
                case 2 -> x.equals("?!") || x.equals("!?");
                case 3 -> x.equals("...");
                default -> false;
            };
        }
        return t.kind() == TokenKind.WORD && t.end() - t.start() > 1 && x.charAt(x.length() - 1) == '.';
    }

    /** A closing quotation mark or bracket right after a terminator. */
    private static boolean isCloser(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String x = t.text();
        if (x.equals(")") || x.equals("]") || x.equals("}")) {
            return true;
        }
        if (t.kind() != TokenKind.QUOTE) {
            return false;
        }
        return QuoteMarks.isClosing(t);
    }

    private static boolean startsSentence(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String x = t.text();
        char c = x.charAt(0);
        if (t.kind() == TokenKind.QUOTE) {
            return QuoteMarks.isOpening(t);
        }
        if (x.equals("(") || x.equals("[")) {
            return true;
        }
        if (t.kind() == TokenKind.DASH) {
            return false;
        }
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c);
    }

    private static boolean heldByAbbreviation(Token terminator, List<Token> tokens, int next) {
        if (terminator.kind() != TokenKind.WORD) {
            return false;
        }
        String word = terminator.text();
        String bare = word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT);
        if (Abbreviations.TITLES.contains(bare)) {
            return true;
        }
        Token n = tokens.get(next);
        boolean opener = n.kind() == TokenKind.QUOTE
                || Abbreviations.SENTENCE_STARTERS.contains(n.norm());
        // "J. Smith" and "the U.S. in" hold; "World War I. The" and "the U.S. The" do not
        return !opener;
    }
}
