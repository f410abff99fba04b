package dev.byline.quotes;

import dev.byline.text.TokenKind;

/**
 * The named subject of a main clause that follows an opening phrase or clause: "Although the inquiry went on for a
 * year, Attorney General Ilse Brandt closed it on Wednesday" or "At a rally billed as “Hard Hats for Harbor,” Marta
 * Ruiz unveiled a plan", "As the show's producer, Lind has been able to …", "In her speech, Ruiz, who …, warned", "At
 * rally after rally, to loud crowds, Lind promised …", or an opening conjunction: "But even Lind has doubts". A later
 * "she" may stand for that person, though no quotation has named her yet.
 */
final class OpeningClauseSubjects {
    /** How far into its sentence the opening phrase may run before the comma, in tokens. */
    private static final int OPENING = 30;

    private OpeningClauseSubjects() {
    }

    /** Auxiliaries a subject's verb opens with ("…, Ivo Lind has been able to …"). */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "was", "has", "had", "will",
            "would", "could", "can", "did", "does", "should", "may", "might", "must");

    /**
     * True if the nearest quotation mark before token {@code k} in its paragraph opens a quotation: "“Over the years,
     * Ada Vos has …" is the speaker's own sentence, its subject no one the article reports on.
     */
    private static boolean insideQuotation(TextView v, int k) {
        int paragraph = v.paragraphOf(k);
        for (int j = k - 1; j >= 0 && v.paragraphOf(j) == paragraph; j--) {
            if (v.kind(j) == TokenKind.QUOTE) {
                return v.opensQuotation(j) && !v.closesQuotation(j);
            }
        }
        return false;
    }

    private static boolean isAuxiliary(TextView v, int k) {
        return v.isLowerWord(k) && AUXILIARIES.contains(v.norm(k));
    }

    /**
     * The name after the sentence's opening conjunction, or right after the first comma of the sentence [first, end)
     * (the next one when a second phrase opens with a preposition), when a verb follows it; else null. The caller
     * decides whether the name is a person's (two words or more, or a longer name's last word).
     */
    static Mention of(TextView v, int first, int end) {
        Mention joined = afterConjunction(v, first, end);
        if (joined != null) {
            return joined;
        }
        for (int c = first + 1; c < end && c < first + OPENING; c++) {
            if (!v.isPunct(c, ",")) {
                continue;
            }
            int k = c + 1;
            while (k < end && v.kind(k) == TokenKind.QUOTE) {
                k++;   // "… billed as “Hard Hats for Harbor,” Marta Ruiz unveiled"
            }
            if (k < end && v.isLowerWord(k) && NounPhrases.PREPOSITIONS.contains(v.norm(k))) {
                continue;   // "At rally after rally, to loud crowds, Lind vows …": a second opening phrase
            }
            if (k >= end || !NounPhrases.isNameWord(v, k) || insideQuotation(v, k)) {
                return null;
            }
            Mention m = NounPhrases.nameForward(v, k, end);
            return verbOrWhoAfter(v, m, end) ? m : null;
        }
        return null;
    }

    /**
     * True if a finite verb follows name mention {@code m}: a past form or common verb, a cue verb ("Lind vows to"),
     * or an auxiliary; after an auxiliary only a surname or a name after a title ("United Technologies has offered" is
     * a company).
     */
    private static boolean verbAfter(TextView v, Mention m, int j) {
        boolean person = m.end() - m.first() == 1 || v.has(m.first(), WordClasses.TITLE);
        return NounPhrases.looksLikeVerb(v, j) || person && isAuxiliary(v, j)
                || v.isLowerWord(j) && CueVerbs.cue(v.norm(j)) != null && !CueVerbs.isParticiple(v.norm(j));
    }

    /**
     * Conjunctions and adverbs that open a sentence going on from the one before with no comma: "But Lind has …", "And
     * even Vos tried …", "Meanwhile Vos, who …, spoke".
     */
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("and", "but", "yet", "so", "still",
            "meanwhile", "then", "later", "instead", "finally");

    /** Lower-case words between the conjunction and the subject: "But then Lind kept …", "And even Vos tried …". */
    private static final java.util.Set<String> BRIDGES = java.util.Set.of("even", "also", "then", "now", "still",
            "soon", "later", "again");

    /**
     * The name after a sentence's opening conjunction ("But Lind has argued …", "And even Vos tried to …", "Yet Mr.
     * Lind says …") when a verb follows it, or null. A sentence that opens "And" or "But" goes on about the one the
     * sentences before are about, and often names them: a later "he" may be that person.
     */
    private static Mention afterConjunction(TextView v, int first, int end) {
        if (!v.isCapitalised(first) || !CONJUNCTIONS.contains(v.norm(first))) {
            return null;
        }
        int k = first + 1;
        while (k < end && k < first + 3 && v.isLowerWord(k) && BRIDGES.contains(v.norm(k))) {
            k++;
        }
        if (k >= end || !NounPhrases.isNameWord(v, k) || insideQuotation(v, k)) {
            return null;
        }
        Mention m = NounPhrases.nameForward(v, k, end);
        return verbOrWhoAfter(v, m, end) ? m : null;
    }

    /**
     * The named subject of a clause joined to the sentence [first, end) by ", but" or a semicolon ("Some members backed
     * the plan, but Brandt, who …, does not mince words"; "…; Lind has said …") when a verb or ", who" follows it, or
     * null. It is the last person the sentence is about, a later "he" the likelier to stand for.
     */
    static Mention coordinated(TextView v, int first, int end) {
        for (int c = first + 1; c + 1 < end; c++) {
            int k;
            if (v.isPunct(c, ",") && v.isLowerWord(c + 1) && v.norm(c + 1).equals("but")) {
                k = c + 2;
            } else if (v.isPunct(c, ";")) {
                k = c + 1;
            } else {
                continue;
            }
            while (k < end && v.isLowerWord(k) && BRIDGES.contains(v.norm(k))) {
                k++;
            }
            if (k >= end || !NounPhrases.isNameWord(v, k) || insideQuotation(v, k)) {
                continue;
            }
            Mention m = NounPhrases.nameForward(v, k, end);
            if (verbOrWhoAfter(v, m, end)) {
                return m;
            }
        }
        return null;
    }

    /**
     * True if a finite verb follows name mention {@code m} (within {@code end}), or ", who"; a parenthesised aside
     * right after the name is stepped over ("Rep. Ada Vos (D-Ore.) joked", "Ivo Lind (R-Tex.), who …").
     */
    private static boolean verbOrWhoAfter(TextView v, Mention m, int end) {
        int j = afterAside(v, m.end(), end);
        return j < end && (verbAfter(v, m, j) || j + 1 < end && v.isPunct(j, ",") && v.norm(j + 1).equals("who"));
    }

    /** The token after a parenthesised aside of a few words at {@code j} ("(D-Calif.)"), or {@code j} if none is there. */
    static int afterAside(TextView v, int j, int end) {
        if (j < end && v.isPunct(j, "(")) {
            for (int k = j + 1; k < end && k <= j + 6; k++) {
                if (v.isPunct(k, ")")) {
                    return k + 1;
                }
            }
        }
        return j;
    }
}
