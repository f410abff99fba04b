package dev.byline.quotes;

import java.util.Set;

/**
 * "The size of the deficit doesn’t surprise economist Maria Duarte: “We saw it coming.”": after a verb of feeling
 * whose object is the one who feels (surprise, worry, anger …), a name closing the clause before a colon is the
 * person whose reaction the quotation gives; the clause's subject is what they react to and says nothing.
 */
final class ExperiencerObjects {
    private ExperiencerObjects() {
    }

    /** Verbs of feeling that take the one who feels as their object, in every form a clause may use. */
    private static final Set<String> FEELING = WordSet.of("surprise", "surprises", "surprised", "shock", "shocks",
            "shocked", "worry", "worries", "worried", "anger", "angers", "angered", "bother", "bothers", "bothered",
            "frustrate", "frustrates", "frustrated", "puzzle", "puzzles", "puzzled", "alarm", "alarms", "alarmed",
            "trouble", "troubles", "troubled", "disappoint", "disappoints", "disappointed", "impress", "impresses",
            "impressed", "stun", "stuns", "stunned", "baffle", "baffles", "baffled", "dismay", "dismays", "dismayed",
            "concern", "concerns", "concerned", "upset", "upsets", "please", "pleases", "pleased", "delight",
            "delights", "delighted", "amuse", "amuses", "amused", "annoy", "annoys", "annoyed", "astonish",
            "astonishes", "astonished", "encourage", "encourages", "encouraged");

    /** How many modifiers and role nouns may stand between the verb and the name ("Republican pollster"). */
    private static final int ROLE_WORDS = 3;

    /**
     * The name that ends at the colon {@code colon} as the object of a verb of feeling in an active clause, or null.
     * {@code from} is where the colon's sentence starts.
     */
    static Mention atColon(TextView v, int colon, int from) {
        int last = colon - 1;
        if (last < from || !NounPhrases.isNameWord(v, last)) {
            return null;
        }
        Mention name = NounPhrases.nameBackward(v, last, from);
        int k = name.first() - 1;
        int stop = Math.max(from, k - ROLE_WORDS);
        while (k > stop && !v.isLowerWord(k) && NounPhrases.isNameWord(v, k)
                || k > stop && v.isLowerWord(k) && !FEELING.contains(v.norm(k)) && !NounPhrases.NOT_A_HEAD.contains(v.norm(k))
                && !NounPhrases.DETERMINERS.contains(v.norm(k))) {
            k--;   // "Republican pollster", "economist": the name's modifiers and role
        }
        if (k <= from || !v.isLowerWord(k) || !FEELING.contains(v.norm(k))) {
            return null;
        }
        // "was surprised by …", "is worried": a passive or adjective reading has its feeler before the verb
        int before = k - 1;
        while (before > from && v.isLowerWord(before) && v.norm(before).endsWith("ly")) {
            before--;
        }
        return CueVerbs.PASSIVE.contains(v.norm(before)) || v.norm(before).equals("get") || v.norm(before).equals("got")
                ? null : name;
    }
}
