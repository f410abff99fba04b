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
        // the words of text[0, end - 1) as split("\\s+") gives them (text does not begin with \s), read in place: the
        // split compiled its pattern, and this runs on the first line of most documents
        int limit = end - 1;
        int words = 0;
        for (int k = 0; k < limit; k++) {
            if (!LineSet.isKeySpace(text.charAt(k)) && (k == 0 || LineSet.isKeySpace(text.charAt(k - 1)))) {
                words++;
            }
        }
        if (words < 3 || words > MAX_WORDS) {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (int k = 0, index = 0; k < limit; index++) {
            int wordEnd = k;
            while (wordEnd < limit && !LineSet.isKeySpace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            int w = k;
            while (w < wordEnd && isOpeningMark(text.charAt(w))) {
                w++;
            }
            k = wordEnd;
            while (k < limit && LineSet.isKeySpace(text.charAt(k))) {
                k++;
            }
            if (w == wordEnd || !Character.isLetter(text.codePointAt(w))) {
                continue;   // numbers, dashes, symbols say nothing of the case
            }
            // lower-casing never shortens a word: one of more than four chars is none of the small words
            if (index > 0 && wordEnd - w <= 4 && SMALL.contains(text.substring(w, wordEnd).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(text.codePointAt(w))) {
                capitalised++;
            } else if (content - capitalised >= 2) {
                return false;   // two words low: no headline however the line goes on
            }
        }
        // a sentence that opens with names ("Ana Brel Told Reporters") is rare; a headline leaves at most one word low
        return content >= 3 && capitalised >= content - (content >= 8 ? 1 : 0);
    }

    private static boolean isOpeningMark(char c) {
        return c == '‘' || c == '“' || c == '"' || c == '\'' || c == '(' || c == '[' || c == '«' || c == '„';
    }

    private static boolean isClosingMark(char c) {
        return c == '’' || c == '”' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '»';
    }
}
