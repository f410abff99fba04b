package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * The speaker standing after its cue: after an inverted verb ("…,” said Alexander Gabuev, director
 * of …) or "according to"; and where such a speaker's phrase ends ("said Jan Ros when asked").
 */
final class SpeakerAfterCue {
    /** Plural or group nouns that speak without a determiner: "…, said people who have spoken to him". */
    static final Set<String> BARE_PLURALS = Set.of("people", "officials", "sources",
            "analysts", "diplomats", "individuals", "experts", "observers", "residents", "witnesses", "officers",
            "authorities", "aides", "lawmakers", "critics", "investigators", "researchers", "police", "prosecutors");

    private SpeakerAfterCue() {
    }

    /** The speaker standing after an inverted cue or "according to". */
    static Mention after(TextView v, int i, int ceiling) {
        if (i >= ceiling || i >= v.size()) {
            return null;
        }
        String n = v.norm(i);
        if (NounPhrases.SUBJECT_PRONOUNS.contains(n)) {
            return new Mention(i, i + 1, Mention.Type.PRONOUN);
        }
        if (NounPhrases.DETERMINERS.contains(n) && !n.equals("that")) {
            return NounPhrases.descriptionForward(v, i, ceiling);
        }
        if (NounPhrases.isNameWord(v, i)) {
            if (SpeakerResolver.CALENDAR.contains(v.norm(i)) || TIME_WORDS.contains(v.norm(i))) {
                return null;   // "…, Rhodes, the deputy adviser, said Sunday": the day is when, the speaker is before
            }
            Mention m = NounPhrases.nameForward(v, i, ceiling);
            // "said L2 president Bruce Willow": a role between two names; the person is the last
            Mention person = SubjectPhrases.personAfterRole(v, m, ceiling);
            if (person != null) {
                return person;
            }
            // "according to NHS figures": a name used as an adjective before a plural noun
            if (m.end() < ceiling && v.isLowerWord(m.end()) && v.norm(m.end()).endsWith("s")
                    && !NounPhrases.looksLikeVerb(v, m.end()) && CueVerbs.cue(v.norm(m.end())) == null
                    && !Set.of("is", "was", "has", "says", "adds", "tells", "as").contains(v.norm(m.end()))) {
                return new Mention(m.first(), m.end() + 1, Mention.Type.DESCRIPTION);
            }
            return m;
        }
        if (BARE_PLURALS.contains(n)) {
            return NounPhrases.descriptionForward(v, i, ceiling, true);
        }
        if (TIME_WORDS.contains(n)) {
            return null;
        }
        // "said regional chief Vadym Filashkin"; but "…,” Ortiz said of Mr. Brand": whom a preposition
        // introduces is spoken of, not speaking
        for (int k = i; k < Math.min(ceiling, i + 3); k++) {
            if (NounPhrases.PREPOSITIONS.contains(v.norm(k)) || v.norm(k).equals("about")) {
                return null;
            }
            if (!v.isLowerWord(k)) {
                if (!NounPhrases.isNameWord(v, k)) {
                    return null;
                }
                // "said former Obama adviser David Axelrod": the person after the role, not the name before it
                Mention m = NounPhrases.nameForward(v, k, ceiling);
                Mention person = SubjectPhrases.personAfterRole(v, m, ceiling);
                return person != null ? person : m;
            }
        }
        return null;
    }

    /** True if the noun phrase ends a phrase: punctuation, the sentence end, or a relative clause. */
    static boolean endsPhrase(TextView v, int k, int ceiling) {
        if (k >= ceiling || k >= v.size()) {
            return true;
        }
        TokenKind kind = v.kind(k);
        if (kind == TokenKind.PUNCT || kind == TokenKind.QUOTE || kind == TokenKind.DASH) {
            return true;
        }
        String n = v.norm(k);
        // "said Jan Ros when asked", but not "said the days when …": a clause after "when" is reported
        return PHRASE_ENDERS.contains(n) || n.equals("when") && k + 1 < v.size() && v.norm(k + 1).equals("asked");
    }

    /** Words after an inverted speaker that end its phrase: "…,” said Jan Ros when asked / on Tuesday / last week. */
    private static final Set<String> PHRASE_ENDERS = Set.of("who", "which", "of", "in", "at", "as", "after",
            "while", "before", "during", "on", "about", "to", "from", "for", "with", "last", "this", "yesterday",
            "today", "tonight", "earlier", "later", "recently", "via");

    /** Words of time that follow a cue but never speak: "said Sunday", "said today". */
    static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "tomorrow", "earlier",
            "later", "recently", "last", "this", "next", "then", "afterward", "afterwards", "once", "again");
}
