package dev.byline.text;

import java.util.Locale;

/**
 * The normal form of a token ({@link Token#norm()}): case-folded, curly apostrophes and typographic hyphens made
 * plain. {@link Tokenizer} gives every token its normal form from here; a search asks {@link #mayContainNormal}
 * before it tokenizes a document at all.
 *
 * <pre>{@code
 * NormalForms.normalise("Estonia’s");   // "estonia's"
 * }</pre>
 */
public final class NormalForms {
    private NormalForms() {
    }

    /**
     * {@link #normalise(String)} of {@code raw.substring(start, end)}, making one string where the
     * general path makes four: a token of ASCII letters, digits and punctuation (most of English news)
     * is lower-cased in one pass. Same result as the general path for every input.
     */
    static String normalise(String raw, int start, int end) {
        char first = raw.charAt(start);
        if (end - start == 1) {
            // one character (punctuation, a mark, a dash: a quarter of news tokens): one shared string each
            if (first < 128) {
                return ONE_ASCII[first];
            }
            String common = commonMark(first);
            if (common != null) {
                return common;
            }
        } else if (end - start == 2 && first == '\u2019' && raw.charAt(start + 1) == 's') {
            return CURLY_S;   // the possessive clitic as typeset: Estonia’s
        }
        boolean upper = false;
        for (int k = start; k < end; k++) {
            char c = raw.charAt(k);
            if (c >= 128) {
                return normalise(raw.substring(start, end));
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return raw.substring(start, end);
        }
        char[] out = new char[end - start];
        for (int k = start; k < end; k++) {
            char c = raw.charAt(k);
            out[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(out);
    }

    /** The normal form of each one-character ASCII token, made by {@link #normalise(String)} once. */
    static final String[] ONE_ASCII = new String[128];
    /** The normal forms of the common one-character typographic marks, made by {@link #normalise(String)} once. */
    private static final String LEFT_DOUBLE = normalise("\u201C");
    private static final String RIGHT_DOUBLE = normalise("\u201D");
    private static final String LEFT_SINGLE = normalise("\u2018");
    private static final String RIGHT_SINGLE = normalise("\u2019");
    private static final String EM_DASH = normalise("\u2014");
    private static final String EN_DASH = normalise("\u2013");
    private static final String CURLY_S = normalise("\u2019s");

    static {
        for (char c = 0; c < 128; c++) {
            ONE_ASCII[c] = normalise(String.valueOf(c));
        }
    }

    private static String commonMark(char c) {
        return switch (c) {
            case '\u201C' -> LEFT_DOUBLE;
            case '\u201D' -> RIGHT_DOUBLE;
            case '\u2018' -> LEFT_SINGLE;
            case '\u2019' -> RIGHT_SINGLE;
            case '\u2014' -> EM_DASH;
            case '\u2013' -> EN_DASH;
            default -> null;
        };
    }

    /** Case-folds and makes curly apostrophes and typographic hyphens plain. */
    public static String normalise(String text) {
        return straight(text).toLowerCase(Locale.ROOT);
    }

    /** The text with curly apostrophes and typographic hyphens made plain, case kept (itself when it has none). */
    public static String straight(String text) {
        boolean plain = true;
        for (int k = 0; k < text.length() && plain; k++) {
            char c = text.charAt(k);
            plain = c != '\u2019' && c != '\u2018' && c != '\u02BC' && c != '\u2032' && c != '\u2010' && c != '\u2011';
        }
        if (plain) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u2032' -> b.append('\'');
                case '\u2010', '\u2011' -> b.append('-');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * False only if no token of {@code text} can have the normal form {@code norm} (as {@link #normalise} makes
     * it): a quick test that spares tokenizing a document a search cannot match. For a norm of ASCII characters,
     * the text must hold it with each character in a form that normalises to it: either case of a letter (and
     * the Kelvin sign for k, the only other character that lower-cases into ASCII), a curly apostrophe for
     * {@code '}, a typographic hyphen for {@code -}. Any other norm: true.
     */
    public static boolean mayContainNormal(String text, String norm) {
        int m = norm.length();
        if (m == 0) {
            return true;
        }
        for (int k = 0; k < m; k++) {
            if (norm.charAt(k) >= 128) {
                return true;
            }
        }
        char first = norm.charAt(0);
        for (int i = 0, last = text.length() - m; i <= last; i++) {
            if (normalisesTo(text.charAt(i), first)) {
                int k = 1;
                while (k < m && normalisesTo(text.charAt(i + k), norm.charAt(k))) {
                    k++;
                }
                if (k == m) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if {@code c} becomes the ASCII character {@code n} in a normal form. */
    private static boolean normalisesTo(char c, char n) {
        if (c == n) {
            return true;
        }
        if (c < 128) {
            return c >= 'A' && c <= 'Z' && c + ('a' - 'A') == n;
        }
        return switch (n) {
            case 'k' -> c == '\u212A';
            case '\'' -> c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032';
            case '-' -> c == '\u2010' || c == '\u2011';
            default -> false;
        };
    }
}
