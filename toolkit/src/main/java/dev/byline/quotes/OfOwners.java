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
        return ownerBefore(v, m.first(), nameStart);
    }

    /**
     * {@link #owner} of a place or organisation of any length starting at token {@code first} (an organisation read
     * whole by {@link OrganisationNames}: "… of Oslo's Institute for Coastal and Harbour Studies").
     */
    static Mention ownerBefore(TextView v, int first, IntBinaryOperator nameStart) {
        int of = first - 1;
        if (of >= 0 && v.norm(of).equals("the")) {
            of--;
        }
        int last = of - 1;
        if (last < 0 || !v.isLowerWord(of) || !v.norm(of).equals("of") || !NounPhrases.isNameWord(v, last)
                || v.seenInLowerCaseAt(last) || v.has(last, WordClasses.TITLE | WordClasses.CALENDAR)) {
            return null;
        }
        int runFirst = NounPhrases.nameRunStart(v, last, v.sentenceStart(last));
        int from = nameStart.applyAsInt(runFirst, last + 1);
        if (from < 0 || last + 1 - from < 2 || v.seenInLowerCaseAt(from)) {
            return null;   // one word ("Bank of …"), a title alone ("Secretary of …"), "Technology Directorate of …"
        }
        if (runFirst >= 2 && v.norm(runFirst - 1).equals("and") && v.isCapitalised(runFirst - 2)
                && (runFirst < 3 || !v.norm(runFirst - 3).equals("of"))) {
            // "Science and Technology Directorate of …" is no one; "Ivo Lind and Ada Vos of …" are two people
            // ("Ada Vos of Ohio and Ivo Lind of Iowa" is read from "Ivo Lind" alone)
            int before = NounPhrases.nameRunStart(v, runFirst - 2, v.sentenceStart(last));
            int named = nameStart.applyAsInt(before, runFirst - 1);
            if (isBodyWord(v, last) || named < 0 || runFirst - 1 - named < 2 || v.seenInLowerCaseAt(named)) {
                return null;
            }
            return new Mention(before, last + 1, Mention.Type.NAME);
        }
        return new Mention(runFirst, last + 1, Mention.Type.NAME);
    }

    private static boolean isBodyWord(TextView v, int k) {
        return SpeakerCandidates.BODY_WORDS.contains(v.norm(k)) || OrganisationNames.isHead(v, k);
    }
}
