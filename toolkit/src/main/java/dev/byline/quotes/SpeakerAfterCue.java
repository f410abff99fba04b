package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * The speaker standing after its cue: after an inverted verb ("…,” said Alexander Gabuev, director
 * of …) or "according to"; and where such a speaker's phrase ends ("said Jan Ros when asked").
 */
final class SpeakerAfterCue {
    /** Plural or group nouns that speak without a determiner: "…, said people who have spoken to him". */
    static final Set<String> BARE_PLURALS = WordSet.of("people", "officials", "sources",
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
            Mention possessed = personAfterPossessor(v, m, ceiling);
            if (possessed != null) {
                return possessed;
            }
            // "said L2 president Bruce Willow": a role between two names; the person is the last
            Mention person = SubjectPhrases.personAfterRole(v, m, ceiling);
            if (person != null) {
                return person;
            }
            Mention joined = secondRole(v, m, ceiling);
            if (joined != null) {
                return joined;
            }
            // "wrote Harbor magazine": a title and the kind of publication or body it names
            if (m.end() < ceiling && ORGANISATION_NOUNS.contains(v.norm(m.end())) && v.isLowerWord(m.end())) {
                return new Mention(m.first(), m.end() + 1, Mention.Type.NAME);
            }
            // "according to NHS figures": a name used as an adjective before a plural noun
            if (m.end() < ceiling && v.isLowerWord(m.end()) && v.norm(m.end()).endsWith("s")
                    && !NounPhrases.looksLikeVerb(v, m.end()) && CueVerbs.cue(v.norm(m.end())) == null
                    && !Set.of("is", "was", "has", "says", "adds", "tells", "as").contains(v.norm(m.end()))) {
                return new Mention(m.first(), m.end() + 1, Mention.Type.DESCRIPTION);
            }
            // "according to White House pool reports,": a name and a noun before the plural head
            if (m.end() + 1 < ceiling && v.isLowerWord(m.end()) && v.isLowerWord(m.end() + 1)
                    && !NounPhrases.NOT_A_HEAD.contains(v.norm(m.end())) && CueVerbs.cue(v.norm(m.end())) == null
                    && !NounPhrases.looksLikeVerb(v, m.end()) && !v.norm(m.end()).endsWith("s")
                    && v.norm(m.end() + 1).endsWith("s") && !v.norm(m.end() + 1).endsWith("ss")
                    && (m.end() + 2 >= ceiling || v.isPunct(m.end() + 2, ",.;:"))) {
                return new Mention(m.first(), m.end() + 2, Mention.Type.DESCRIPTION);
            }
            return m;
        }
        if (BARE_PLURALS.contains(n)) {
            return NounPhrases.descriptionForward(v, i, ceiling, true);
        }
        if (TIME_WORDS.contains(n)) {
            return null;
        }
        // "said regional chief Vadym Filashkin", "added her campaign manager Teo Brandt"; but "…,” Ortiz said
        // of Mr. Brand": whom a preposition introduces is spoken of, not speaking
        boolean possessive = POSSESSIVES.contains(n);
        for (int k = i; k < Math.min(ceiling, i + 5); k++) {
            if (k == i && possessive) {
                continue;
            }
            if (NounPhrases.PREPOSITIONS.contains(v.norm(k)) || v.norm(k).equals("about")) {
                // "said master of ceremonies Ilse Brand": "of" inside a role that a name follows
                if (k > i && v.norm(k).equals("of") && k + 2 < ceiling && v.isLowerWord(k - 1) && v.isLowerWord(k + 1)
                        && NounPhrases.isNameWord(v, k + 2)) {
                    continue;
                }
                return possessive ? personDescription(v, i, ceiling) : null;
            }
            if (!v.isLowerWord(k)) {
                if (!NounPhrases.isNameWord(v, k)) {
                    return possessive ? personDescription(v, i, ceiling) : null;
                }
                // "said former Obama adviser David Axelrod": the person after the role, not the name before it
                Mention m = NounPhrases.nameForward(v, k, ceiling);
                Mention person = SubjectPhrases.personAfterRole(v, m, ceiling);
                Mention joined = person == null ? secondRole(v, m, ceiling) : null;
                return person != null ? person : joined != null ? joined : m;
            }
        }
        return possessive ? personDescription(v, i, ceiling) : null;
    }

    /**
     * "according to excerpts of his speech", "according to audio obtained by the station": a record named without a
     * determiner (a document noun, a plural, or a recording), with what follows it up to the clause's end; else null.
     */
    static Mention bareRecord(TextView v, int i, int ceiling) {
        if (i >= ceiling || !v.isLowerWord(i)) {
            return null;
        }
        String n = v.norm(i);
        if (BARE_PLURALS.contains(n)) {
            return null;   // "according to officials who …": people, read by after()
        }
        boolean record = DocumentCues.DOCUMENTS.contains(n) || RECORDINGS.contains(n)
                || n.length() > 3 && n.endsWith("s") && !n.endsWith("ss") && !NounPhrases.NOT_A_HEAD.contains(n)
                && !NounPhrases.looksLikeVerb(v, i) && CueVerbs.cue(n) == null;
        if (!record) {
            return null;
        }
        Mention d = NounPhrases.descriptionForward(v, i, ceiling);
        return d != null ? d : new Mention(i, i + 1, Mention.Type.DESCRIPTION);
    }

    /** Records of speech that take no determiner: "according to audio provided to the paper". */
    private static final Set<String> RECORDINGS = Set.of("audio", "video", "footage", "testimony", "data", "research");

    /**
     * "said Ohio’s Petra Ode", "said Villa’s goalkeeper Emi Ruiz": the possessor of a name is not the speaker, the
     * person after it (and a role) is; null when no name follows.
     */
    private static Mention personAfterPossessor(TextView v, Mention m, int ceiling) {
        if (m.end() + 1 >= ceiling || v.kind(m.end()) != TokenKind.CLITIC) {
            return null;
        }
        int j = m.end() + 1;
        // up to five words of role: "said Lind’s top foreign policy aide Jake Sullivan"
        while (j < ceiling && j < m.end() + 6 && v.isLowerWord(j) && !NounPhrases.NOT_A_HEAD.contains(v.norm(j))
                && CueVerbs.cue(v.norm(j)) == null) {
            j++;
        }
        return j < ceiling && NounPhrases.isNameWord(v, j) && !SpeakerResolver.CALENDAR.contains(v.norm(j))
                ? NounPhrases.nameForward(v, j, ceiling) : null;
    }

    /** "his longtime physician", "her campaign manager": a possessive description whose head is a person; else null. */
    private static Mention personDescription(TextView v, int i, int ceiling) {
        Mention d = NounPhrases.descriptionForward(v, i, ceiling);
        if (d == null) {
            return null;
        }
        String head = v.norm(d.end() - 1);
        // role shapes without -er and -ent, which as often end things: "her answer", "his statement"
        boolean person = ClauseActors.isPersonHead(head) || head.length() > 4 && (head.endsWith("ian")
                || head.endsWith("ist") || head.endsWith("man") || head.endsWith("woman"));
        return person ? d : null;
    }

    /** Possessive determiners that open a role before a name: "added her campaign manager Teo Brandt". */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our");

    /** Lower-case nouns that complete a name as a publication or body: "Harbor magazine", "the Trump campaign". */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("magazine", "newspaper", "campaign", "website",
            "network", "blog");

    /**
     * "said former Ohio Gov. and party chairman Ned Calloway": two roles of one person joined by "and";
     * the name after the second role, or null.
     */
    private static Mention secondRole(TextView v, Mention m, int ceiling) {
        if (m.end() + 1 >= ceiling || !v.norm(m.end()).equals("and") || !endsWithTitle(v, m)) {
            return null;
        }
        Mention next = after(v, m.end() + 1, ceiling);
        return next != null && next.type() == Mention.Type.NAME ? next : null;
    }

    /** True if the name ends with a title or role: "Ohio Gov.", "Committee Chairman". */
    private static boolean endsWithTitle(TextView v, Mention m) {
        String last = v.norm(m.end() - 1).replace(".", "");
        return SpeakerResolver.isTitle(last) || SubjectPhrases.ROLE_NOUNS.contains(last);
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
