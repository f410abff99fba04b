package dev.byline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into tokens that point into the raw text.
 *
 * <p>Written for news typography, which general tokenizers (Smile's among them) get wrong:
 * {@code U.S.-brokered} and {@code 4-year-old} are single words, {@code U.S.} and {@code Dr.} keep
 * their periods, {@code Estonia’s} is {@code Estonia} + {@code ’s}, {@code they’ll} stays whole,
 * {@code ’em} and {@code ’90s} keep their leading apostrophe, {@code 2.8} and {@code 1,000} are
 * numbers, and quotation marks (typewriter {@code ``} and {@code ''} each one mark), dashes and ellipses
 * are tokens of their own.
 *
 * <pre>{@code
 * List<Token> tokens = Tokenizer.tokenize(doc, 0, doc.raw().length());
 * }</pre>
 */
public final class Tokenizer {
    private static final Set<String> LEADING_ELISIONS = Set.of("em", "til", "cause", "n", "tis", "twas", "bout");
    private static final Set<String> CONTRACTION_TAILS = Set.of("t", "ll", "re", "ve", "d", "m");

    private Tokenizer() {
    }

    /** Tokens of {@code document.raw()} in {@code [from, to)}, in order. */
    public static List<Token> tokenize(Document document, int from, int to) {
        TokenTable table = new TokenTable(document, (to - from) / 5);
        tokenize(table, from, to);
        List<Token> out = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            out.add(table.token(i));
        }
        return out;
    }

    /**
     * The tokens of {@code [from, to)} appended to {@code table}: the same tokens, as columns, no record each. The
     * scan writes to the table itself, not through an interface with two implementations, which the launcher's C1
     * compiler calls through a table at every token.
     */
    static void tokenize(TokenTable table, int from, int to) {
        String raw = table.document().raw();
        scan(raw, chars(raw), from, to, table);
    }

    /** The last text copied to {@link #CHARS} on this thread, and its characters. */
    private static final class Chars {
        String text;
        char[] chars = new char[0];
    }

    private static final ThreadLocal<Chars> CHARS = ThreadLocal.withInitial(Chars::new);

    /**
     * {@code raw}'s characters as an array (kept per thread, and copied once per text however many paragraphs are
     * scanned): the launcher's C1 code reads an array element in fewer instructions than {@code String.charAt},
     * which tests the string's coder and checks its bounds at every character. Only the first {@code
     * raw.length()} elements are the text's.
     */
    private static char[] chars(String raw) {
        Chars c = CHARS.get();
        if (c.text != raw) {
            if (c.chars.length < raw.length()) {
                c.chars = new char[Math.max(raw.length(), c.chars.length * 2)];
            }
            raw.getChars(0, raw.length(), c.chars, 0);
            c.text = raw;
        }
        return c.chars;
    }

    /**
     * The scan: {@code a} holds {@code s}'s characters ({@link #chars}); the loops of the common path (white space,
     * plain words) read {@code a}, the rarer paths read {@code s} as before.
     */
    private static void scan(String s, char[] a, int from, int to, TokenTable out) {
        int i = from;
        while (i < to) {
            char c = a[i];
            // ASCII white space is all at or below the space: letters skip the table lookup; so do the dashes,
            // curly quotes and ellipsis of U+2010..U+2027, none of which is white space
            if (c < 128 ? c <= ' ' && (c == ' ' || c == '\n' || Character.isWhitespace(c))
                    : (c < '\u2010' || c > '\u2027')
                        && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF')) {
                i++;
                continue;
            }
            int end;
            TokenKind kind;
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                // Most news words: ASCII letters ended by a character no rule of wordEnd continues a word over
                // or reads. One pass over the letters finds the end, the lower-cased word's hash and its case.
                int h = 0;
                boolean upper = false;
                int j = i;
                char d = c;
                do {
                    upper |= d < 'a';
                    h = 31 * h + (d | 0x20);   // String.hashCode of the lower-cased word
                    if (++j == to) {
                        break;
                    }
                    d = a[j];
                } while ((d | 0x20) >= 'a' && (d | 0x20) <= 'z');
                // a word of h or w is a link's start only before the : of http:// or the . of www. (startsLink reads
                // past to, so this does too): those take the general path; any other such word is a plain word
                boolean link = (c == 'h' || c == 'w') && j < s.length() && a[j] == (c == 'h' ? ':' : '.');
                // (endsPlainWord is too long for C1 to inline: its ASCII half is a table read here)
                if (!link && (j == to || (d < 128 ? ENDS_PLAIN_ASCII[d] : endsPlainWord(d))
                        || d == '.' && j - i >= 2 && !Abbreviations.mayBeAbbreviation(h))) {
                    // (a word of two or more letters before a full stop, the last word of most sentences, is this
                    // same word on wordEnd's path unless it is an abbreviation that keeps its period)
                    out.addAsciiLetters(s, a, i, j, h, upper);
                    i = j;
                    continue;
                }
            }
            if (c < 128 && PLAIN_PUNCT[c] && (c != '.' || i + 2 >= s.length() || a[i + 1] != '.' || a[i + 2] != '.')) {
                // , . ; : ( ) ! ? and the like: one character, a PUNCT token, which every test below would come to
                // (only a ... of full stops differs: s.startsWith("...", i) reads past to, and so does this)
                out.add(i, i + 1, TokenKind.PUNCT, NormalForms.ONE_ASCII[c]);
                i++;
                continue;
            }
            if (startsLink(s, i, to)) {
                end = linkEnd(s, i, to);
                kind = TokenKind.LINK;
            } else if (isTypewriterMark(s, i, to)) {
                end = i + 2;   // `` and '': the typewriter's double quotation marks, one mark each
                kind = TokenKind.QUOTE;
            } else if ((end = plainWordEnd(a, i, to)) > i) {
                // a word of h or w that is no link
                out.addAsciiLetters(s, a, i, end, lowerHash(a, i, end), hasCapital(a, i, end));
                i = end;
                continue;
            } else if (isWordChar(c)) {
                end = wordEnd(s, i, to);
                kind = isNumber(s, i, end) ? TokenKind.NUMBER : TokenKind.WORD;
                if (end < to && isApostrophe(s.charAt(end)) && isPossessiveS(s, end, to)) {
                    out.add(i, end, kind, NormalForms.normalise(s, i, end));
                    i = end;
                    end = end + 2;
                    kind = TokenKind.CLITIC;
                }
            } else if (isApostrophe(c) && (end = leadingElisionEnd(s, i, to)) > i) {
                kind = TokenKind.WORD;
            } else if (isQuoteMark(c)) {
                end = i + 1;
                kind = TokenKind.QUOTE;
            } else if (c == '\u2014' || c == '\u2013' || c == '\u2015') {
                end = i + 1;
                kind = TokenKind.DASH;
            } else if (c == '-' && i + 1 < to && s.charAt(i + 1) == '-') {
                end = i + 2;
                kind = TokenKind.DASH;
            } else if (c == '-' && (i + 1 >= to || Character.isWhitespace(s.charAt(i + 1)))) {
                end = i + 1;
                kind = TokenKind.DASH;
            } else if (c == '.' && s.startsWith("...", i)) {
                end = i + 3;
                kind = TokenKind.PUNCT;
            } else if (Character.isHighSurrogate(c) && i + 1 < to) {
                end = i + 2;
                kind = Character.isLetterOrDigit(s.codePointAt(i)) ? TokenKind.WORD : TokenKind.SYMBOL;
            } else {
                end = i + 1;
                kind = isSymbol(c) ? TokenKind.SYMBOL : TokenKind.PUNCT;
            }
            out.add(i, end, kind, NormalForms.normalise(s, i, end));
            i = end;
        }
    }

    /**
     * The end of the word at {@code start} when it is a run of ASCII letters followed by the end of the text or by
     * a character none of {@link #wordEnd}'s rules continues a word over or reads (white space, most
     * punctuation, the curly double quotes and dashes): the word {@code wordEnd} would find, a {@link
     * TokenKind#WORD} with no possessive after it. Otherwise {@code start}, and the general path decides. Asked at
     * every token, so it is one tight loop with no call per character.
     */
    private static int plainWordEnd(char[] s, int start, int to) {
        int i = start;
        char c = 0;
        while (i < to) {
            c = s[i];
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                i++;
            } else {
                break;
            }
        }
        if (i == start || i == to) {
            return i == to && i > start ? i : start;
        }
        return endsPlainWord(c) ? i : start;
    }

    /**
     * True if {@code c}, right after a run of ASCII letters, ends it as a plain word: a character none of {@link
     * #wordEnd}'s rules continues a word over or reads.
     */
    private static boolean endsPlainWord(char c) {
        if (c < 128) {
            // letters and digits continue the word; . - ' & and , / (between digits) are read by wordEnd's rules
            return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9')
                    && c != '.' && c != '-' && c != '\'' && c != '&';
        }
        // General Punctuation holds no letter or digit; of it, only apostrophes and hyphens continue a word
        return c >= '\u2000' && c <= '\u206F' && c != '\u2019' && c != '\u2010' && c != '\u2011';
    }

    /** {@code String.hashCode} of {@code s[start, end)} (ASCII letters) lower-cased. */
    private static int lowerHash(char[] s, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + (s[k] | 0x20);
        }
        return h;
    }

    private static boolean hasCapital(char[] s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (s[k] < 'a') {
                return true;
            }
        }
        return false;
    }

    /**
     * ASCII characters that are always a one-character {@link TokenKind#PUNCT} token where a token starts (a full
     * stop unless it opens {@code ...}): no link, mark, quote, dash, symbol or word starts with one.
     */
    private static final boolean[] PLAIN_PUNCT = new boolean[128];

    static {
        for (char c : ".,;:!?()[]{}*".toCharArray()) {
            PLAIN_PUNCT[c] = true;
        }
    }

    /** {@link #endsPlainWord} of each ASCII character. */
    private static final boolean[] ENDS_PLAIN_ASCII = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ENDS_PLAIN_ASCII[c] = endsPlainWord(c);
        }
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    /**
     * {@code ``} or {@code ''} at {@code i}: double quotation marks as typewriter-era archives write them. Three
     * apostrophes after a word ({@code you are the Queen,'''}) close a single quotation inside a double one, so the
     * single mark comes first there and the pair after it; before a word ({@code '''Sir, we've decided}) the pair
     * opens first, which is the default reading.
     */
    private static boolean isTypewriterMark(String s, int i, int to) {
        char c = s.charAt(i);
        if (c == '\'' && i + 2 < to && s.charAt(i + 1) == '\'' && s.charAt(i + 2) == '\'' && i > 0
                && !Character.isWhitespace(s.charAt(i - 1)) && s.charAt(i - 1) != '\'') {
            return false;
        }
        return (c == '`' || c == '\'') && i + 1 < to && s.charAt(i + 1) == c;
    }

    static boolean isQuoteMark(char c) {
        return switch (c) {
            case '"', '\'', '\u201C', '\u201D', '\u201E', '\u201F', '\u2018', '\u2019', '\u201A', '\u201B',
                 '\u00AB', '\u00BB', '\u2039', '\u203A' -> true;
            default -> false;
        };
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (c >= '\u2000' && c <= '\u206F') {
            return false;   // General Punctuation (curly quotes, dashes) holds no letter, digit or mark: no table look-ups
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isSymbol(char c) {
        if (c < 128) {
            // the ASCII characters of the symbol categories below ($+<=>^`|~), and the four named
            return switch (c) {
                case '$', '+', '<', '=', '>', '^', '`', '|', '~', '%', '&', '#', '@' -> true;
                default -> false;
            };
        }
        int t = Character.getType(c);
        return t == Character.CURRENCY_SYMBOL || t == Character.MATH_SYMBOL || t == Character.OTHER_SYMBOL
                || t == Character.MODIFIER_SYMBOL || c == '%' || c == '&' || c == '#' || c == '@' || c == '‰';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isNumber(String s, int start, int end) {
        if (!isDigit(s.charAt(start))) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            if (isLetter(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@link Character#isLetter(char)} without a table lookup for ASCII, most characters of English news. */
    private static boolean isLetter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    /** {@link Character#isDigit(char)}, ASCII first. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** ’s or 's followed by a non-letter: a possessive (or "is"), split off as a clitic. */
    private static boolean isPossessiveS(String s, int apostrophe, int to) {
        if (apostrophe + 1 >= to) {
            return false;
        }
        char n = s.charAt(apostrophe + 1);
        if (n != 's' && n != 'S') {
            return false;
        }
        return apostrophe + 2 >= to || !Character.isLetterOrDigit(s.charAt(apostrophe + 2));
    }

    private static int wordEnd(String s, int start, int to) {
        int acronym = acronymEnd(s, start, to);
        int i = acronym > start ? acronym : start;
        while (i < to) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                i++;
                continue;
            }
            boolean nextIsWordChar = i + 1 < to && isWordChar(s.charAt(i + 1));
            if ((c == '.' || c == ',') && nextIsWordChar && i > start && isDigit(s.charAt(i - 1))
                    && isDigit(s.charAt(i + 1))) {
                i++; // 2.8, 1,000
            } else if (isHyphen(c) && nextIsWordChar && i > start) {
                i++; // 4-year-old, U.S.-brokered
                int inner = acronymEnd(s, i, to);
                if (inner > i) {
                    i = inner;
                }
            } else if (c == '/' && nextIsWordChar && isDigit(s.charAt(i - 1))
                    && isDigit(s.charAt(i + 1))) {
                i++; // 24/7, 1/2
            } else if (isApostrophe(c) && nextIsWordChar && !isPossessiveS(s, i, to) && continuesWord(s, i, to)) {
                i++; // they’ll, don't, O’Brien
            } else if (c == '&' && nextIsWordChar && Character.isUpperCase(s.charAt(i - 1))
                    && Character.isUpperCase(s.charAt(i + 1))) {
                i++; // AT&T
            } else {
                break;
            }
        }
        if (i == acronym) {
            return i;
        }
        // An abbreviation or an initial keeps its period: Dr. Jan. J. Smith
        if (i < to && s.charAt(i) == '.' && i - start <= Abbreviations.LONGEST) {
            // (a longer word is neither an initial nor a listed abbreviation: most words before a full stop)
            String word = s.substring(start, i);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0))
                    && i + 2 < to && Character.isWhitespace(s.charAt(i + 1)) && Character.isUpperCase(s.charAt(i + 2));
            if (initial || (Abbreviations.isAbbreviation(lower) && !lower.equals("no") && !lower.equals("v"))
                    || (lower.equals("no") && followedByDigit(s, i + 1, to))) {
                return i + 1;
            }
        }
        return i;
    }

    private static boolean followedByDigit(String s, int i, int to) {
        while (i < to && s.charAt(i) == ' ') {
            i++;
        }
        return i < to && Character.isDigit(s.charAt(i));
    }

    private static boolean continuesWord(String s, int apostrophe, int to) {
        int j = apostrophe + 1;
        while (j < to && Character.isLetter(s.charAt(j))) {
            j++;
        }
        String tail = s.substring(apostrophe + 1, j).toLowerCase(Locale.ROOT);
        if (CONTRACTION_TAILS.contains(tail)) {
            return true;
        }
        // O’Brien, D'Alema: a capital follows the apostrophe after one or two letters
        return j > apostrophe + 1 && Character.isUpperCase(s.charAt(apostrophe + 1));
    }

    /** Letter-period runs such as U.S. or D.C. (two or more letters each followed by a period). */
    private static int acronymEnd(String s, int start, int to) {
        int i = start;
        int letters = 0;
        while (i + 1 < to && s.charAt(i + 1) == '.' && isLetter(s.charAt(i))) {
            i += 2;
            letters++;
            if (i < to && isLetter(s.charAt(i)) && (i + 1 >= to || s.charAt(i + 1) != '.')) {
                break;
            }
        }
        return letters >= 2 ? i : start;
    }

    private static int leadingElisionEnd(String s, int i, int to) {
        int j = i + 1;
        while (j < to && Character.isLetterOrDigit(s.charAt(j))) {
            j++;
        }
        if (j == i + 1) {
            return i;
        }
        if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            return i;
        }
        String word = s.substring(i + 1, j).toLowerCase(Locale.ROOT);
        if (word.equals("n") && j < to && isApostrophe(s.charAt(j))) {
            return j + 1; // rock ’n’ roll
        }
        if (LEADING_ELISIONS.contains(word) && !word.equals("n")) {
            return j;
        }
        if (word.length() == 2 && Character.isDigit(word.charAt(0)) && Character.isDigit(word.charAt(1))) {
            return j; // ’90s is handled by the digits; the s follows
        }
        if (word.length() == 3 && Character.isDigit(word.charAt(0)) && Character.isDigit(word.charAt(1))
                && word.charAt(2) == 's') {
            return j; // ’90s
        }
        return i;
    }

    private static boolean startsLink(String s, int i, int to) {
        char c = s.charAt(i);
        if ((c == '@' || c == '#') && i + 1 < to && Character.isLetterOrDigit(s.charAt(i + 1))
                && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
            return true;
        }
        return c == 'h' && (s.startsWith("http://", i) || s.startsWith("https://", i)) || c == 'w' && s.startsWith("www.", i);
    }

    private static int linkEnd(String s, int i, int to) {
        char c = s.charAt(i);
        int j = i + 1;
        if (c == '@' || c == '#') {
            while (j < to && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
            return j;
        }
        while (j < to && !Character.isWhitespace(s.charAt(j)) && !isQuoteMark(s.charAt(j))
                && s.charAt(j) != '<' && s.charAt(j) != '>') {
            j++;
        }
        while (j > i + 1 && ".,;:!?)]".indexOf(s.charAt(j - 1)) >= 0) {
            j--;
        }
        return j;
    }
}
