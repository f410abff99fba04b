package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * Verbs of manner outside the cue lexicon that still introduce a quotation when they stand right
 * beside it: "“…,” Kelly charged.", "“…!” beamed Ana Ruiz", "“…,” Halden pointed out.", "Hilda Moreno
 * shot back, “…”". Each rule holds only in that exact shape, so narrative verbs elsewhere are never cues.
 */
final class MannerCues {
    private final TextView v;
    private final boolean[] quoted;

    MannerCues(TextView v, boolean[] quoted) {
        this.v = v;
        this.quoted = quoted;
    }

    /**
     * A quotation ending in a comma, question or exclamation mark, followed by a name and a past-tense
     * verb outside the cue lexicon ("“…,” Kelly charged.", "“…!” beamed Ana Ruiz of Leeds, who …"):
     * the writer's verb of manner introduces the quote. Null unless the pattern holds exactly.
     */
    Attribution verbAfter(MarkedSpan s) {
        if (s.close() < 0 || !v.isPunct(s.close() - 1, ",!?")) {
            return null;
        }
        int a = s.close() + 1;
        if (a + 1 >= v.size() || v.paragraphOf(a) != s.paragraph() || quoted[a]) {
            return null;
        }
        int stop = Math.min(v.size(), a + 12);
        if (isMannerVerb(a) && NounPhrases.isNameWord(v, a + 1)) {
            Mention m = NounPhrases.nameForward(v, a + 1, stop);
            Mention person = SubjectPhrases.personAfterRole(v, m, stop);
            m = person != null ? person : m;
            return SpeakerAfterCue.endsPhrase(v, m.end(), stop) && !SpeakerResolver.CALENDAR.contains(v.norm(m.first()))
                    ? new Attribution(m, a, v.text(a)) : null;
        }
        // "“…,” an angry Corvin retaliated.", "“…,” the party's nominee riffed on …": a description as the subject
        if (v.isLowerWord(a) && NounPhrases.DETERMINERS.contains(v.norm(a)) && !v.norm(a).equals("that")) {
            Mention d = NounPhrases.descriptionForward(v, a, stop);
            int verb = d == null ? -1 : d.end();
            if (verb > 0 && verb < v.size() && isMannerVerb(verb) && endsClause(verb + 1)
                    && ClauseActors.isPersonHead(v.norm(d.end() - 1)) || verb > 0 && verb < v.size()
                    && isMannerVerb(verb) && endsClause(verb + 1) && v.isCapitalised(d.end() - 1)) {
                return new Attribution(d, verb, v.text(verb));
            }
        }
        if (NounPhrases.isNameWord(v, a) && !SpeakerResolver.CALENDAR.contains(v.norm(a))) {
            Mention m = NounPhrases.nameForward(v, a, stop);
            int verb = m.end();
            if (verb < v.size() && isMannerVerb(verb) && endsClause(verb + 1)) {
                return new Attribution(m, verb, v.text(verb));
            }
            // "…,” Rubel pointed out. / “…,” Bennett shot back with a laugh.": a verb and its particle
            if (verb + 1 < v.size() && (isMannerVerb(verb) || IRREGULAR_MANNER.contains(v.norm(verb)))
                    && PARTICLES.contains(v.norm(verb + 1)) && endsClause(verb + 2)) {
                return new Attribution(m, verb, v.raw.substring(v.start(verb), v.end(verb + 1)));
            }
        }
        return null;
    }

    /** Particles that make a phrasal verb of speaking after a quote: "pointed out", "shot back", "chimed in". */
    private static final Set<String> PARTICLES = Set.of("out", "back", "up", "in", "on");

    /** Irregular past tenses that, with a particle, report speech: "shot back", "went on", "cut in", "spoke up". */
    private static final Set<String> IRREGULAR_MANNER = Set.of("shot", "went", "cut", "spoke", "broke");

    /**
     * "Hilda shot back, “…”", "Rubio fired back forcefully: “…”": a name, a verb of manner with its particle
     * (and perhaps an adverb) and a comma or colon right before the quotation. Null unless that holds exactly.
     */
    Attribution phrasalVerbBefore(MarkedSpan s) {
        int k = s.open() - 1;
        int from = v.sentenceStart(s.open());
        if (k <= from || !v.isPunct(k, ",:")) {
            return null;
        }
        k--;
        if (k > from && v.isLowerWord(k) && v.norm(k).endsWith("ly")) {
            k--;
        }
        if (k - 2 < from || !PARTICLES.contains(v.norm(k))) {
            return null;
        }
        int verb = k - 1;
        if (!(isMannerVerb(verb) || IRREGULAR_MANNER.contains(v.norm(verb))) || !NounPhrases.isNameWord(v, verb - 1)
                || SpeakerResolver.CALENDAR.contains(v.norm(verb - 1))) {
            return null;
        }
        Mention name = NounPhrases.nameBackward(v, verb - 1, from);
        return new Attribution(name, verb, v.raw.substring(v.start(verb), v.end(k)));
    }

    /** True if the clause ends at {@code k} or goes on with a circumstance: "Kelly charged." / "charged in her question". */
    private boolean endsClause(int k) {
        if (k >= v.size() || v.sentenceStart(k) == k) {
            return true;
        }
        TokenKind kind = v.kind(k);
        return kind == TokenKind.PUNCT || kind == TokenKind.QUOTE || kind == TokenKind.DASH
                || CLAUSE_GOES_ON.contains(v.norm(k));
    }

    /** Words after the verb that add a circumstance: "Kelly charged in her question", "Palin posted via Facebook". */
    private static final Set<String> CLAUSE_GOES_ON = Set.of("in", "on", "at", "during", "after", "before", "as",
            "while", "with", "via", "from", "through");

    /** A lower-case past-tense word: the verb of "…,” Kelly charged". */
    private boolean isMannerVerb(int k) {
        String n = v.norm(k);
        return v.isLowerWord(k) && n.length() > 4 && n.endsWith("ed") && !CueVerbs.PASSIVE.contains(n)
                && !n.endsWith("eed");
    }
}
