package dev.byline.quotes;

import java.util.Set;

/**
 * "She’s told reporters that …", "He’s said the plan is …": after a personal subject, the clitic ’s before a cue
 * verb's past form is "has", not "is"; the verb is active and its subject speaks. Only "’s said to", "’s told
 * that" and a cue with "by" after it ("he’s asked by …") stay passives, as does any cue after "it’s" ("it’s said").
 */
final class PerfectClitics {
    private PerfectClitics() {
    }

    /** Subjects a perfect "’s" follows in a report of speech. */
    private static final Set<String> PERSONAL = Set.of("he", "she", "who");

    /** Cues whose passive takes a "that" clause ("she’s told that …", "he’s asked that …"): a listener comes first. */
    private static final Set<String> LISTENER_FIRST = Set.of("tell", "ask", "inform", "warn", "assure", "remind");

    /**
     * True if the clitic at {@code clitic}, right before the cue verb at {@code j}, is the perfect "has": a personal
     * subject before it, and after the verb neither "to" nor "by" (nor "that" after a cue whose listener comes first).
     */
    static boolean isPerfect(TextView v, int clitic, int j) {
        if (clitic < 1 || !v.norm(clitic).equals("'s") || !PERSONAL.contains(v.norm(clitic - 1)) || v.norm(j).endsWith("ing")) {
            return false;
        }
        CueVerbs.Cue cue = CueVerbs.cue(v.norm(j));
        if (cue == null || j + 1 >= v.size()) {
            return false;
        }
        String next = v.norm(j + 1);
        return !next.equals("to") && !next.equals("by") && !(LISTENER_FIRST.contains(cue.lemma()) && (next.equals("that")
                || !v.isWord(j + 1)));
    }
}
