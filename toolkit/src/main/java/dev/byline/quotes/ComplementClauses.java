package dev.byline.quotes;

import java.util.Set;

/**
 * Who owns a quoted phrase inside a "that" clause: "Ida Berg found that the board is “the slowest in the region”"
 * quotes Berg, not the board. The clause's own subject only stands in the reported words; the words in marks
 * belong to the subject of the verb of speech or thought that governs the clause.
 */
final class ComplementClauses {
    /** Verbs of thought and finding that take a "that" clause of reported content (the cue verbs count too). */
    private static final Set<String> THINKING = Set.of("found", "finds", "find", "believe", "believes", "believed",
            "think", "thinks", "thought", "expect", "expects", "expected", "speculate", "speculates", "speculated",
            "fear", "fears", "feared", "worry", "worries", "worried", "hope", "hopes", "hoped", "suspect",
            "suspects", "suspected", "know", "knows", "knew", "feel", "feels", "felt", "estimate", "estimates",
            "estimated", "charge", "charges", "charged", "allege", "alleges", "alleged");

    /** How far before "that" its governing verb may stand ("found in a 2014 study that"). */
    private static final int VERB_REACH = 8;

    private ComplementClauses() {
    }

    /**
     * The subject of the verb that governs the "that" clause {@code m} opens (only determiners between "that" and
     * {@code m}), or null when {@code m} opens no such clause or the governor is not someone who can speak.
     */
    static Attribution governor(TextView v, boolean[] quoted, Mention m, int from) {
        int t = -1;
        for (int k = m.first() - 1; k >= from && k >= m.first() - 3; k--) {
            if (!v.isLowerWord(k) || quoted[k]) {
                break;
            }
            if (v.norm(k).equals("that")) {
                t = k;
                break;
            }
            if (!NounPhrases.DETERMINERS.contains(v.norm(k))) {
                break;
            }
        }
        if (t <= from) {
            return null;
        }
        int verb = -1;
        for (int k = t - 1; k >= from && k >= t - VERB_REACH; k--) {
            if (quoted[k] || v.isPunct(k, ";:")) {
                return null;
            }
            String n = v.norm(k);
            if (v.isLowerWord(k) && (THINKING.contains(n) || CueVerbs.cue(n) != null && !CueVerbs.isParticiple(n))) {
                verb = k;
                break;
            }
        }
        if (verb <= from) {
            return null;
        }
        Mention outer = ClauseActors.nearest(v, quoted, from, verb + 1);
        if (outer == null) {
            outer = SubjectPhrases.clauseSubject(v, from, verb);
            if (outer != null && outer.type() == Mention.Type.DESCRIPTION
                    && !ClauseActors.isPersonHead(v.norm(outer.end() - 1))) {
                return null;
            }
        }
        if (outer == null || outer.end() > verb || outer.type() == Mention.Type.PRONOUN && v.norm(outer.first()).equals("it")) {
            return null;
        }
        return new Attribution(outer, verb, null);
    }
}
