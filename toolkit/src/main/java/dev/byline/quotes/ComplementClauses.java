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

    /** "pointed out that …", "points out that …": the verb with its particle reports what follows. */
    private static final Set<String> POINT = Set.of("point", "points", "pointed");

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
        boolean inside = false;
        if (t < 0) {
            t = thatBefore(v, quoted, m.first() - 1, from);   // "pointed out that Dane was … the unions Berg has …"
            inside = true;
        }
        if (t <= from) {
            return null;
        }
        int verb = -1;
        int reach = inside ? (t - 2 >= from && v.norm(t - 1).equals("out") ? 2 : 1) : VERB_REACH;
        for (int k = t - 1; k >= from && k >= t - reach; k--) {
            if (quoted[k] || v.isPunct(k, ";:")) {
                return null;
            }
            String n = v.norm(k);
            boolean pointOut = POINT.contains(n) && v.norm(k + 1).equals("out");   // "pointed out that"
            if (v.isLowerWord(k) && (THINKING.contains(n) || pointOut || CueVerbs.cue(n) != null && !CueVerbs.isParticiple(n))) {
                verb = k;
                break;
            }
        }
        if (verb <= from || inside && !v.isLowerWord(verb)) {
            return null;
        }
        Mention outer = ClauseActors.nearest(v, quoted, from, verb + 1);
        if (outer == null) {
            outer = SubjectPhrases.clauseSubject(v, from, verb);
            // "The leaflet, titled “Enough?”, concludes that …": a document speaks as its cue's subject does
            if (outer != null && outer.type() == Mention.Type.DESCRIPTION
                    && !ClauseActors.isPersonHead(v.norm(outer.end() - 1)) && !DocumentCues.isDocument(v, outer)) {
                return null;
            }
        }
        if (outer == null || outer.end() > verb || outer.type() == Mention.Type.PRONOUN && v.norm(outer.first()).equals("it")) {
            return null;
        }
        return new Attribution(outer, verb, null);
    }

    /** Modals before a cue that make it a speech act yet to come or imagined: "voters will say", "he would tell". */
    private static final Set<String> MODALS = WordSet.of("will", "would", "could", "might", "may", "can", "should", "must");

    /**
     * "Lind said she expected that voters will say “enough” to the levy": a cue after a modal reports no words
     * spoken; when its subject stands in a "that" clause, the words are the governing verb's subject's. The
     * governor's attribution, or null when {@code own} is no such cue.
     */
    static Attribution overHypothetical(TextView v, boolean[] quoted, Attribution own) {
        int j = own.cue();
        Mention m = own.mention();
        if (j < 1 || m.end() > j || !MODALS.contains(v.norm(j - 1)) || m.end() != j - 1 || !v.isLowerWord(j)) {
            return null;
        }
        return governor(v, quoted, m, v.sentenceStart(j));
    }

    /** How far back from a clause's subject its "that" may stand when other words come between them. */
    private static final int THAT_REACH = 15;

    /**
     * The "that" of a complement clause {@code k} stands inside (words of the clause between them, no quotation,
     * colon or semicolon), or -1: "pointed out that Dane was once a friend of the unions Berg has campaigned against".
     */
    private static int thatBefore(TextView v, boolean[] quoted, int k, int from) {
        for (int i = k; i > from && i > k - THAT_REACH; i--) {
            if (quoted[i] || v.isPunct(i, ";:") || v.kind(i) == dev.byline.text.TokenKind.QUOTE) {
                return -1;
            }
            if (v.norm(i).equals("that") && v.isLowerWord(i)) {
                return i;
            }
        }
        return -1;
    }
}
