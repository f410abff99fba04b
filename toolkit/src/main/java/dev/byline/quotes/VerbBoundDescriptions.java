package dev.byline.quotes;

import java.util.Set;

/**
 * A speaker description never runs over its own clause's verb: "The film shows Ada waiting …, and depicts a guard
 * asking, “…”" is spoken by "the film", not by "the film shows Ada waiting". The readers that build a description
 * forward from a determiner stop at commas and prepositions, not at a finite verb; this cuts the phrase where one
 * starts: an auxiliary or negated auxiliary ("the timing doesn’t surprise …", "the chief was"), or a past or -s
 * form whose object, a determiner or a name, follows inside the phrase ("the office rebuked the critics", "the film
 * shows Ada"). A participle that a preposition follows ("a panel led by …", "polls compiled by …") describes the
 * noun and stays.
 */
final class VerbBoundDescriptions {
    private VerbBoundDescriptions() {
    }

    /** Auxiliaries, negated or not, that open a verb phrase right after a noun. */
    private static final Set<String> AUXILIARIES = WordSet.of("is", "was", "are", "were", "has", "had", "have", "will",
            "would", "could", "can", "should", "does", "did", "doesn't", "didn't", "isn't", "wasn't", "won't",
            "wouldn't", "shouldn't", "can't", "couldn't", "hasn't", "haven't", "aren't", "weren't");

    /** Words after which a verb belongs to a relative clause inside the description ("the aide who was …"). */
    private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whom", "whose");

    /** {@code a} with its description cut before the first finite verb inside it, or {@code a} itself. */
    static Attribution trim(TextView v, Attribution a) {
        if (a == null || a.mention().type() != Mention.Type.DESCRIPTION) {
            return a;
        }
        Mention m = a.mention();
        for (int k = m.first() + 1; k < m.end(); k++) {
            if (RELATIVES.contains(v.norm(k)) || v.isPunct(k, ",(")) {
                return a;   // a relative clause or an apposition: its verbs are its own
            }
            int noun = k - 1;
            while (noun > m.first() && v.isLowerWord(noun) && v.norm(noun).endsWith("ly") && v.norm(noun).length() > 4) {
                noun--;   // "the office repeatedly rebuked"
            }
            if (!startsVerb(v, k, m.end()) || !afterNoun(v, noun)) {
                continue;
            }
            return new Attribution(new Mention(m.first(), noun + 1, Mention.Type.DESCRIPTION), a.cue(), a.verb());
        }
        return a;
    }

    /** True if token {@code k} opens a finite verb phrase inside a mention ending at {@code end}. */
    private static boolean startsVerb(TextView v, int k, int end) {
        if (!v.isLowerWord(k)) {
            return false;
        }
        String n = v.norm(k).replace('\u2019', '\'');
        if (AUXILIARIES.contains(n)) {
            return true;
        }
        if (k + 1 >= end || n.length() <= 4 || !(n.endsWith("ed") || n.endsWith("s") && !n.endsWith("ss"))) {
            return false;
        }
        String singular = n.endsWith("ed") ? n : n.substring(0, n.length() - 1);
        if (ClauseActors.isPersonHead(n) || ClauseActors.isPersonHead(singular) || SubjectPhrases.ROLE_NOUNS.contains(singular)) {
            return false;   // "fellow senators Ada Vos", "two sources this week": the plural is the noun
        }
        // its object opens with a determiner or a name ("shows Ada"); a plain word after a past form may be the
        // noun it modifies ("the newly elected officials")
        String next = v.norm(k + 1);
        if (NounPhrases.DETERMINERS.contains(next)) {
            return true;
        }
        // a date after a participle says when the thing was made: "the order released Friday" stays one phrase
        return NounPhrases.isNameWord(v, k + 1) && !SpeakerResolver.CALENDAR.contains(next);
    }

    /** True if token {@code k} ends a noun phrase: a word that is no determiner, preposition or function word. */
    private static boolean afterNoun(TextView v, int k) {
        String n = v.norm(k);
        return v.isWord(k) && !NounPhrases.DETERMINERS.contains(n) && !NounPhrases.PREPOSITIONS.contains(n)
                && !NounPhrases.NOT_A_HEAD.contains(n) && !RELATIVES.contains(n);
    }
}
