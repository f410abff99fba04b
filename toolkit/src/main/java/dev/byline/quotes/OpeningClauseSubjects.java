package dev.byline.quotes;

import dev.byline.text.TokenKind;

/**
 * The named subject of a main clause that follows an opening phrase or clause: "Although the inquiry went on for a
 * year, Attorney General Ilse Brandt closed it on Wednesday" or "At a rally billed as “Hard Hats for Harbor,” Marta
 * Ruiz unveiled a plan". A later "she" may stand for that person, though no quotation has named her yet.
 */
final class OpeningClauseSubjects {
    /** How far into its sentence the opening phrase may run before the comma, in tokens. */
    private static final int OPENING = 30;

    private OpeningClauseSubjects() {
    }

    /**
     * The name right after the first comma of the sentence [first, end), when a verb follows it; else null. The
     * caller decides whether the name is a person's (two words or more, or a longer name's last word).
     */
    static Mention of(TextView v, int first, int end) {
        for (int c = first + 1; c < end && c < first + OPENING; c++) {
            if (!v.isPunct(c, ",")) {
                continue;
            }
            int k = c + 1;
            while (k < end && v.kind(k) == TokenKind.QUOTE) {
                k++;   // "… billed as “Hard Hats for Harbor,” Marta Ruiz unveiled"
            }
            if (k >= end || !NounPhrases.isNameWord(v, k)) {
                return null;
            }
            Mention m = NounPhrases.nameForward(v, k, end);
            return m.end() < end && NounPhrases.looksLikeVerb(v, m.end()) ? m : null;
        }
        return null;
    }
}
