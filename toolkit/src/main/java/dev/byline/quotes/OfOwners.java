package dev.byline.quotes;

import java.util.function.IntBinaryOperator;

/**
 * A place or organisation written right after a named person and "of" ("Rep. Ada Vos of Nebraska", "Tiberius
 * Okonkwo of the Harbour Policy Institute"): when such a name is taken as a speaker mention, the speaker is the
 * person it qualifies, never the state or the institute. Only when the words before "of" are a written-out name (two
 * name words or more once titles are dropped) whose first and last words the article never writes in lower case:
 * "Secretary of State", "the University of Nebraska", "the Democratic Party of Ohio", "the Science and Technology
 * Directorate of …" have no person before "of".
 */
final class OfOwners {
    private OfOwners() {
    }

    /** Longest mention (tokens) read as a place or organisation after "of". */
    private static final int MAX_TOKENS = 5;

    /**
     * The person-name mention before "of" that name mention {@code m} qualifies, or null. {@code nameStart} gives the
     * first token of the name in a run of tokens (first, end) after its titles, or -1 ({@link SpeakerResolver}'s).
     */
    static Mention owner(TextView v, Mention m, IntBinaryOperator nameStart) {
        if (m.type() != Mention.Type.NAME || m.end() - m.first() > MAX_TOKENS) {
            return null;
        }
        int of = m.first() - 1;
        if (of >= 0 && v.norm(of).equals("the")) {
            of--;
        }
        int last = of - 1;
        if (last < 0 || !v.isLowerWord(of) || !v.norm(of).equals("of") || !NounPhrases.isNameWord(v, last)
                || v.seenInLowerCaseAt(last) || v.has(last, WordClasses.TITLE | WordClasses.CALENDAR)) {
            return null;
        }
        int first = NounPhrases.nameRunStart(v, last, v.sentenceStart(last));
        int from = nameStart.applyAsInt(first, last + 1);
        if (from < 0 || last + 1 - from < 2 || v.seenInLowerCaseAt(from)) {
            return null;   // one word ("Bank of …"), a title alone ("Secretary of …"), "Technology Directorate of …"
        }
        if (first >= 2 && v.norm(first - 1).equals("and") && v.isCapitalised(first - 2)
                && (first < 3 || !v.norm(first - 3).equals("of"))) {
            return null;   // "Science and Technology Directorate of …" ("Ada Vos of Ohio and Ivo Lind of Iowa" is two people)
        }
        return new Mention(first, last + 1, Mention.Type.NAME);
    }
}
