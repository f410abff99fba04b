package dev.byline.quotes;

import java.util.Set;

/**
 * Who acts in a clause when no cue verb points at a speaker: the nearest name or personal pronoun
 * that a verb follows ("Mr. Trump lamented the “good old days”"), and which nouns name a person or
 * a group that can speak.
 */
final class ClauseActors {
    private ClauseActors() {
    }

    /** "the winner of the Iowa caucuses, of …": an -s word that a comma, full stop or "of" follows is a plural noun. */
    private static boolean pluralNounAfter(TextView v, int k) {
        return k + 1 < v.size() && (v.isPunct(k + 1, ",.;:") || Set.of("of", "and", "or").contains(v.norm(k + 1)));
    }

    /** Auxiliaries that, right after a name or pronoun, show it is the subject of a verb. */
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "has", "had", "have", "will",
            "would", "could", "can", "should", "may", "might", "must", "did", "does", "also", "then", "later",
            "again", "never", "repeatedly", "reportedly", "once");

    /**
     * The nearest name or personal pronoun before the quote that a verb follows ("Mr. Trump lamented
     * the “good old days”", "she also said …"): the actor of the clause the quoted words sit in.
     */
    static Mention nearest(TextView v, boolean[] quoted, int from, int open) {
        for (int k = open - 1; k >= from; k--) {
            if (quoted[k] || k + 1 >= open) {
                continue;
            }
            boolean verbAfter = v.isLowerWord(k + 1) && (AUXILIARIES.contains(v.norm(k + 1))
                    || NounPhrases.looksLikeVerb(v, k + 1) || CueVerbs.cue(v.norm(k + 1)) != null
                    || v.norm(k + 1).endsWith("s") && !v.norm(k + 1).endsWith("ss") && !v.norm(k + 1).equals("was")
                        && !NounPhrases.PREPOSITIONS.contains(v.norm(k + 1)) && !pluralNounAfter(v, k + 1));
            if (!verbAfter) {
                continue;
            }
            String n = v.norm(k);
            if (NounPhrases.SUBJECT_PRONOUNS.contains(n)) {
                return new Mention(k, k + 1, Mention.Type.PRONOUN);
            }
            if (NounPhrases.isNameWord(v, k) && !SpeakerResolver.CALENDAR.contains(n) && k != v.sentenceStart(k)
                    || NounPhrases.isNameWord(v, k) && k == v.sentenceStart(k) && !v.seenInLowerCaseAt(k)) {
                // "The Maritime Museum in Lakeside issued …": the name before the place, not the place
                return nameBeforePlace(v, NounPhrases.nameBackward(v, k, from), from);
            }
            if (v.isLowerWord(k) && isPersonHead(n)) {
                Mention d = NounPhrases.descriptionBackward(v, k, from);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static final Set<String> COLLECTIVE_HEADS = WordSet.of("protesters", "supporters", "voters", "groups",
            "democrats", "republicans", "campaign", "organizations", "leaders", "members", "crowd", "man", "woman",
            "group", "company", "government", "ministry", "agency", "union", "committee", "council", "party",
            "administration", "court", "office", "department");

    /**
     * The name a place or body follows after "of" or "in" ("Rep. Ivo Lind of Vermont", "Petra Ode of Harbourbank", "the
     * Maritime Museum in Lakeside"), or {@code name} itself: the place is where the speaker is from, not who speaks.
     */
    static Mention nameBeforePlace(TextView v, Mention name, int floor) {
        Mention around = SubjectPhrases.aroundName(v, name, floor);
        return around.type() == Mention.Type.NAME ? around : name;
    }

    static boolean isPersonHead(String n) {
        return SpeakerResolver.PERSON_NOUNS.contains(n) || SubjectPhrases.ROLE_NOUNS.contains(n)
                || SpeakerAfterCue.BARE_PLURALS.contains(n) || COLLECTIVE_HEADS.contains(n);
    }
}
