package dev.byline.text;

import java.util.Set;

/**
 * Whether a first line that ends in a full stop is still a headline: some archives and exports end every headline
 * with one ("Senator Says Port Deal Is ‘Dead.’"), where a headline is otherwise told from a lead by its missing
 * full stop. A line set in headline capitals (Title Case: every word but the short function words capitalised)
 * is a headline whatever its last mark; a sentence in running text is not set that way.
 */
final class HeadlineCase {
    /** Words Title Case leaves in lower case (AP and Chicago style): articles, short prepositions, conjunctions. */
    private static final Set<String> SMALL = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
            "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "from", "into", "with",
            "over", "than", "that", "if", "is", "be", "are", "was");
    private static final int MAX_WORDS = 25;

    private HeadlineCase() {
    }

    /** True for a line of up to 25 words ending in a full stop whose words are set in Title Case. */
    static boolean headlineWithFullStop(String line) {
        String text = line.strip();
        int end = text.length();
        while (end > 0 && isClosingMark(text.charAt(end - 1))) {
            end--;
        }
        if (end < 2 || text.charAt(end - 1) != '.' || text.charAt(end - 2) == '.') {
            return false;   // no full stop, or an ellipsis
        }
        String[] words = words(text, end - 1);
        if (words == null) {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (int k = 0; k < words.length; k++) {
            String w = stripOpening(words[k]);
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                continue;   // numbers, dashes, symbols say nothing of the case
            }
            if (k > 0 && SMALL.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        // a sentence that opens with names ("Ana Brel Told Reporters") is rare; a headline leaves at most one word low
        return content >= 3 && capitalised >= content - (content >= 8 ? 1 : 0);
    }

    /**
     * The words of {@code text[0, end)} as {@code split("\\s+")} gives them ({@code text} is stripped: it does not begin
     * with {@code \s}), or null if there are fewer than three or more than {@link #MAX_WORDS}. Written out: the split
     * compiled its pattern on every call, and this runs on the first line of every document.
     */
    static String[] words(String text, int end) {
        int count = 0;
        for (int k = 0; k < end; k++) {
            if (!LineSet.isKeySpace(text.charAt(k)) && (k == 0 || LineSet.isKeySpace(text.charAt(k - 1)))) {
                count++;
            }
        }
        if (count < 3 || count > MAX_WORDS) {
            return null;
        }
        String[] words = new String[count];
        int n = 0;
        for (int k = 0; k < end; ) {
            int start = k;
            while (k < end && !LineSet.isKeySpace(text.charAt(k))) {
                k++;
            }
            words[n++] = text.substring(start, k);
            while (k < end && LineSet.isKeySpace(text.charAt(k))) {
                k++;
            }
        }
        return words;
    }

    private static String stripOpening(String w) {
        int k = 0;
        while (k < w.length() && isOpeningMark(w.charAt(k))) {
            k++;
        }
        return w.substring(k);
    }

    private static boolean isOpeningMark(char c) {
        return c == '‘' || c == '“' || c == '"' || c == '\'' || c == '(' || c == '[' || c == '«' || c == '„';
    }

    private static boolean isClosingMark(char c) {
        return c == '’' || c == '”' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '»';
    }
}
