package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.HashSet;
import java.util.Set;

/**
 * Words a subject gives something "as" its label: "Marsh dismissed the complaints about Mr. Lind as “party talking
 * points”", "Okafor routinely characterizes himself as a “harbour man”". The verb is no speech verb ("dismissed the
 * complaint" reports nothing), but with "as" right before a quotation the quoted words are the subject's label for
 * its object, so the subject is their source, never a name inside the object. Asked only for the quotation that
 * opens at {@code ceiling}: a reported clause is never read from it.
 */
final class AsComplements {
    /** How many tokens the object may take between the verb and "as". */
    private static final int OBJECT_WORDS = 12;

    /** Verbs that label their object, in every form: "dismissed … as", "portrays … as", "hailing … as". */
    static final Set<String> VERBS = forms("dismiss", "characterize", "characterise", "portray", "paint", "depict",
            "denounce", "deride", "condemn", "hail", "praise", "tout", "criticize", "criticise", "attack", "mock",
            "ridicule", "blast", "reject", "bill", "lambast", "lambaste");

    private AsComplements() {
    }

    /** The lemmas' forms: "dismiss", "dismisses", "dismissed", "dismissing"; "praise", "praised", "praising". */
    private static Set<String> forms(String... lemmas) {
        Set<String> out = new HashSet<>(Set.of("slam", "slams", "slammed", "slamming", "cast", "casts", "casting",
                "decry", "decries", "decried", "decrying"));
        for (String l : lemmas) {
            String stem = l.endsWith("e") ? l.substring(0, l.length() - 1) : l;
            out.add(l);
            out.add(l.endsWith("ss") ? l + "es" : l + "s");
            out.add(stem + "ed");
            out.add(stem + "ing");
        }
        return Set.copyOf(out);
    }

    /**
     * The attribution at token {@code j} when it is a labelling verb whose "as" takes the quotation opening at
     * {@code ceiling}; null otherwise. {@code floor} bounds where its subject may be looked for.
     */
    static Attribution at(TextView v, boolean[] quoted, Attributor at, int j, int floor, int ceiling) {
        if (!v.isLowerWord(j) || !VERBS.contains(v.norm(j)) || !asTakes(v, quoted, j, ceiling)) {
            return null;
        }
        Mention m = subject(v, quoted, at, j, floor);
        return m == null ? null : new Attribution(m, j, v.text(j));
    }

    /** True if "as" (or "as a", "as being") opens the quotation at {@code open}, the verb's object alone between. */
    private static boolean asTakes(TextView v, boolean[] quoted, int j, int open) {
        if (open >= v.size() || open - j < 2 || open - j > OBJECT_WORDS + 3 || v.kind(open) != TokenKind.QUOTE) {
            return false;
        }
        int as = open - 1;
        while (as > j && (NounPhrases.DETERMINERS.contains(v.norm(as)) || v.norm(as).equals("being"))) {
            as--;
        }
        if (as <= j + 1 || !v.norm(as).equals("as") || j > 0 && CueVerbs.NOT_BEFORE_CUE.contains(v.norm(j - 1))) {
            return false;   // "described the attack as “…”": a noun; "characterized as “truthful” all of …": no object
        }
        for (int k = j + 1; k < as; k++) {
            if (quoted[k] || v.kind(k) == TokenKind.QUOTE || v.isPunct(k, ",;:.") && !v.isInnerDot(k)
                    || v.kind(k) == TokenKind.DASH || CueVerbs.cue(v.norm(k)) != null && v.isLowerWord(k)
                        && v.kind(k - 1) != TokenKind.CLITIC && !CueVerbs.NOT_BEFORE_CUE.contains(v.norm(k - 1))) {
                return false;   // "dismissed it and said …": another clause; not "Lind's comments", a noun
            }
        }
        return true;
    }

    /** Who labels: the subject a participle or coordinated verb shares, else the phrase right before the verb. */
    private static Mention subject(TextView v, boolean[] quoted, Attributor at, int j, int floor) {
        int i = j - 1;
        while (i >= floor && v.isLowerWord(i) && CueVerbs.betweenSubjectAndVerb(v.norm(i))) {
            i--;
        }
        if (i < floor) {
            return null;
        }
        String before = v.norm(i);
        if (before.equals("to")) {
            return null;   // "started to portray the shooting as a “…”": the infinitive's subject is not read here
        }
        if (v.norm(j).endsWith("ing") || before.equals("and") || before.equals("but")) {
            return SharedSubjects.of(v, quoted, at, j);   // "…, dismissing the complaints as “…”"
        }
        Mention m = SubjectPhrases.endingAt(v, i, floor);
        if (m == null || m.type() == Mention.Type.PRONOUN && v.norm(m.first()).equals("it")) {
            return null;
        }
        return m;
    }
}
