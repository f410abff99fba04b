package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * The people who chant, shout or cheer the words a noun of crying out introduces: "the crowd took up the familiar
 * chant “…”", "Ruiz roused the crowd to loud chants of “…”", "“…,” came shouts from the crowd", "A mix of dock
 * workers and students joined in a chant of “…”". The noun is no cue verb here (a determiner or an adjective stands
 * before it), and whoever moves a crowd to it is not who chants: the chanters are those it comes "from", those a verb
 * moves "to" or "into" it, else the subject of the clause it is the object of ("joined in", "broke into", "took up",
 * "reprised"). Verbs of hearing or answering a chant ("Ruiz heard the chant “…”") are no such clause.
 */
final class Chants {
    /** Nouns of crying out that introduce the very words cried. */
    private static final Set<String> NOUNS = WordSet.of("chant", "chants", "shout", "shouts", "cry", "cries", "cheer",
            "cheers", "chorus", "refrain", "roar");

    /** Verbs that take the chant as their object: the subject chants ("the crowd reprised the chant"). */
    private static final Set<String> RAISING = Set.of("reprised", "reprises", "started", "starts", "began", "begins",
            "led", "leads", "raised", "raises", "launched", "launches", "resumed", "resumes", "repeated", "repeats",
            "took", "takes", "picked", "picks", "struck", "strikes", "kept", "keeps", "sent", "sends", "let", "lets");

    /** Prepositions or particles between such a verb and the chant: "joined in", "broke into", "took up". */
    private static final Set<String> PARTICLES = Set.of("in", "into", "up");

    /** How many adjectives may stand before the noun: "a loud, angry chant", "spontaneous chants". */
    private static final int ADJECTIVES = 3;

    private Chants() {
    }

    /** The chanters' attribution of quotation {@code s} in one of those shapes; null otherwise. */
    static Attribution of(TextView v, boolean[] quoted, MarkedSpan s) {
        int from = v.sentenceStart(s.open());
        int k = s.open() - 1;
        if (k >= from && v.isPunct(k, ",:")) {
            k--;
        }
        if (k >= from && v.isLowerWord(k) && v.norm(k).equals("of")) {
            k--;
        }
        if (k >= from && !quoted[k] && v.isLowerWord(k) && NOUNS.contains(v.norm(k))) {
            Mention m = fromAfter(v, s.close() + 1);
            m = m != null ? m : before(v, k, from);
            return m == null ? null : new Attribution(m, k, v.text(k));
        }
        return after(v, quoted, s);
    }

    /**
     * True if the word at {@code j} is a noun of crying out, not the verb: "chants of", "the familiar chant", "a loud,
     * angry chant"; never after a group or a plural ("the crowd chant", "supporters chant": the verb).
     */
    static boolean isNoun(TextView v, int j) {
        if (!v.isLowerWord(j) || !NOUNS.contains(v.norm(j))) {
            return false;
        }
        if (j + 1 < v.size() && v.isLowerWord(j + 1) && v.norm(j + 1).equals("of")) {
            return true;
        }
        int k = j - 1;
        for (int n = 0; n < ADJECTIVES && k > 0 && (isAdjective(v, k) || v.isPunct(k, ",") && isAdjective(v, k - 1)); n++) {
            k--;
        }
        String before = v.norm(j - 1);
        return k < j - 1 && k >= 0 && v.isLowerWord(k) && NounPhrases.DETERMINERS.contains(v.norm(k))
                && !before.endsWith("s") && !ClauseActors.isPersonHead(before);
    }

    /** "“…,” came shouts from the crowd": a noun of crying out after the quotation, "from" its chanters. */
    private static Attribution after(TextView v, boolean[] quoted, MarkedSpan s) {
        int end = s.close() < 0 ? -1 : Math.min(v.sentenceEnd(s.close()), s.close() + 6);
        for (int k = s.close() + 1; k > 0 && k < end; k++) {
            if (quoted[k] || v.kind(k) == TokenKind.QUOTE) {
                return null;
            }
            if (v.isLowerWord(k) && NOUNS.contains(v.norm(k))) {
                Mention m = fromAfter(v, k + 1);
                return m == null ? null : new Attribution(m, k, v.text(k));
            }
        }
        return null;
    }

    /** The phrase after "from" at {@code k}: "from the crowd", "from Ruiz's supporters"; null if none. */
    private static Mention fromAfter(TextView v, int k) {
        if (k < 0 || k + 1 >= v.size() || !v.isLowerWord(k) || !v.norm(k).equals("from")) {
            return null;
        }
        int first = k + 1;
        int ceiling = Math.min(v.size(), v.sentenceEnd(first));
        if (NounPhrases.isNameWord(v, first)) {
            return NounPhrases.nameForward(v, first, ceiling);
        }
        return v.isLowerWord(first) ? NounPhrases.descriptionForward(v, first, ceiling) : null;
    }

    /** The chanters named before the noun at {@code noun}, or null. */
    private static Mention before(TextView v, int noun, int from) {
        int j = noun - 1;
        for (int n = 0; n < ADJECTIVES && j > from && isAdjective(v, j); n++) {
            j--;
        }
        if (j > from && v.isLowerWord(j) && NounPhrases.DETERMINERS.contains(v.norm(j))) {
            j--;
        }
        if (j <= from || !v.isLowerWord(j)) {
            return null;
        }
        String n = v.norm(j);
        if (n.equals("to") || n.equals("in") || n.equals("into")) {
            // "roused the crowd to chants of …", "led supporters in a chant": the moved group chants
            Mention moved = NounPhrases.descriptionBackward(v, j - 1, from);
            if (moved != null && moved.first() - 1 > from && isMovingVerb(v, moved.first() - 1) && isGroup(v, moved)) {
                return moved;
            }
        }
        boolean particle = PARTICLES.contains(n);
        int verb = particle ? j - 1 : j;
        if (verb <= from || !v.isLowerWord(verb) || !particle && !RAISING.contains(v.norm(verb))
                || NounPhrases.DETERMINERS.contains(v.norm(verb)) || NounPhrases.PREPOSITIONS.contains(v.norm(verb))) {
            return null;
        }
        return subjectOf(v, verb, from);
    }

    /**
     * The subject of the verb at {@code verb}: the sentence's own subject when only its appositives or a list stand
     * between ("A mix of dock workers, students and retirees joined"), else the phrase right before the verb.
     */
    private static Mention subjectOf(TextView v, int verb, int from) {
        int k = verb - 1;
        while (k > from && v.isLowerWord(k) && (v.norm(k).endsWith("ly") || CueVerbs.betweenSubjectAndVerb(v.norm(k)))) {
            k--;   // "the crowd loudly reprised"
        }
        Mention opening = SubjectPhrases.clauseSubject(v, from, verb);
        if (opening != null && opening.type() != Mention.Type.PRONOUN && opening.end() <= k
                && onlyNounsBetween(v, opening.end(), k + 1)) {
            return opening;
        }
        Mention m = SubjectPhrases.endingAt(v, k, from);
        return m == null || v.norm(m.first()).equals("it") ? null : m;
    }

    /** True if no verb, clause word or sentence break stands in [a, b): a list or appositive, not another clause. */
    private static boolean onlyNounsBetween(TextView v, int a, int b) {
        for (int k = a; k < b; k++) {
            String n = v.norm(k);
            if (v.isPunct(k, ";:.") && !v.isInnerDot(k) || v.kind(k) == TokenKind.QUOTE || v.kind(k) == TokenKind.DASH
                    || ClauseSubjects.isFiniteVerb(v, k) || v.isLowerWord(k) && (n.equals("when") || n.equals("while")
                    || n.equals("who") || n.equals("which") || n.equals("that") || n.equals("but"))
                    || n.equals("and") && k > a && v.isPunct(k - 1, ",")) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case word that may stand as an adjective before the noun: none of the closed words, verbs or cues. */
    private static boolean isAdjective(TextView v, int k) {
        String n = v.norm(k);
        return v.isLowerWord(k) && !NounPhrases.CLOSED_CLASS.contains(n) && !NounPhrases.DETERMINERS.contains(n)
                && !NounPhrases.PREPOSITIONS.contains(n) && !PARTICLES.contains(n) && !RAISING.contains(n)
                && CueVerbs.cue(n) == null && !n.endsWith("ed");
    }

    /** Past forms that move a group to a chant: "roused the crowd to chants", "led supporters in a chant". */
    private static final Set<String> MOVING = Set.of("led", "brought", "drove", "sent", "got", "set", "whipped", "stirred");

    /**
     * True if the word at {@code k} is a verb in the past that moves its object: "roused", "led", "brought"; not a
     * preposition ("Walking into the office to chants of …": the office is where, not who).
     */
    private static boolean isMovingVerb(TextView v, int k) {
        String n = v.norm(k);
        return v.isLowerWord(k) && (MOVING.contains(n) || n.length() > 4 && n.endsWith("ed"));
    }

    /** A group or people: "the crowd", "supporters", "the delegates". */
    private static boolean isGroup(TextView v, Mention m) {
        String head = v.norm(m.end() - 1);
        return ClauseActors.isPersonHead(head) || head.length() > 5 && (head.endsWith("ers") || head.endsWith("ists")
                || head.endsWith("ants") || head.endsWith("ents"));
    }
}
