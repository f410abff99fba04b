package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * The owner of a noun of speaking as a quotation's source: "Trump's claim that Obama “founded ISIS”", "the
 * suggestion by a potential president that someone “ought to look into” the judge", "Fitton called Clinton's
 * assertion of a “claim of right” significant", "In Okafor's words, the plan is “a gift”". The quoted words stand
 * in the noun's complement, so they are the owner's, whoever the clause's subject is. Only in that exact shape:
 * the noun is the nearest word of speaking before the quotation (no cue verb, other quotation or clause break
 * between), its owner is a name or a person's description (a possessive before it, or "by" after it), and a
 * complement ("that", "of", "as") or the quotation follows it.
 */
final class SpeechNounOwners {
    /** Nouns that name an act of speaking whose words a complement may quote. */
    private static final Set<String> NOUNS = WordSet.of("claim", "claims", "suggestion", "suggestions", "assertion",
            "assertions", "remark", "remarks", "words", "description", "descriptions", "accusation", "accusations",
            "allegation", "allegations", "insistence", "promise", "promises", "pledge", "pledges", "warning",
            "warnings", "comment", "comments", "argument", "declaration", "demand", "prediction", "characterization",
            "characterisation", "boast", "complaint", "contention", "admission", "vow", "vows", "threat", "threats",
            "denial", "insinuation", "quip", "retort", "jibe", "jab", "dismissal", "charge", "charges", "call");
    /** Words after the noun that open its complement: "claim that …", "assertion of a “…”". */
    private static final Set<String> COMPLEMENTS = Set.of("that", "of");
    /** How far before the quotation the noun may stand, in tokens. */
    private static final int REACH = 25;
    /** Adjectives between a possessive and the noun: "Mr. Obama's patronizing suggestion", "most surprising". */
    private static final int MODIFIERS = 3;

    private SpeechNounOwners() {
    }

    /** The owner's attribution of quotation {@code s} in that shape; null otherwise. */
    static Attribution of(TextView v, boolean[] quoted, MarkedSpan s) {
        int open = s.open();
        int from = v.sentenceStart(open);
        for (int k = open - 1; k >= from && k >= open - REACH; k--) {
            if (quoted[k] || v.isPunct(k, ";:") || v.kind(k) == TokenKind.QUOTE) {
                return null;
            }
            String n = v.norm(k);
            if (v.isLowerWord(k) && NOUNS.contains(n)) {
                return owned(v, k, from, open);
            }
            if (v.isLowerWord(k) && CueVerbs.cue(n) != null) {
                return null;   // "Ruiz's statement said the port “…”": a verb of speaking nearer the quote has its own subject
            }
        }
        return null;
    }

    /** The attribution to the owner of noun {@code k}, when its complement runs to the quotation at {@code open}. */
    private static Attribution owned(TextView v, int k, int from, int open) {
        Mention owner = null;
        int after = k + 1;
        if (k + 2 < open && v.norm(k + 1).equals("by")) {
            owner = agent(v, k + 2, open);
            after = owner == null ? after : owner.end();
        }
        if (owner == null) {
            owner = possessor(v, k, from);
        }
        if (owner == null || !ClauseSubjects.isPerson(v, owner)) {
            return null;
        }
        boolean complement = after < open && COMPLEMENTS.contains(v.norm(after)) && inComplement(v, after, open)
                // "In Okafor's words, the plan is “…”"
                || v.norm(k).equals("words") && v.isPunct(after, ",") && owner.first() - 1 >= from
                    && v.norm(owner.first() - 1).equals("in");
        return complement ? new Attribution(owner, k, v.text(k)) : null;
    }

    /**
     * True if the quotation at {@code open} is still inside the complement opened at {@code c}: no "as" between
     * ("denounced Trump's remarks as “hurtful”" is the subject's description of them), and at most one finite verb
     * after "that" ("Rubio's claim that Cruz is in favour of … is “simply not true”": the second is the main clause's).
     */
    private static boolean inComplement(TextView v, int c, int open) {
        int verbs = 0;
        for (int k = c + 1; k < open; k++) {
            if (v.norm(k).equals("as") || ClauseSubjects.isFiniteVerb(v, k) && ++verbs > 1) {
                return false;
            }
        }
        return true;
    }

    /** "the suggestion by a potential president": the name or description after "by"; null if none. */
    private static Mention agent(TextView v, int i, int ceiling) {
        if (NounPhrases.isNameWord(v, i)) {
            return NounPhrases.nameForward(v, i, ceiling);
        }
        return v.isLowerWord(i) && NounPhrases.DETERMINERS.contains(v.norm(i))
                ? NounPhrases.descriptionForward(v, i, ceiling) : null;
    }

    /** "Donald Trump's claim", "the senator's remarks", "Forbes' words": the possessor before noun {@code k}. */
    private static Mention possessor(TextView v, int k, int from) {
        int j = k - 1;
        while (j > from && j >= k - MODIFIERS && v.isLowerWord(j) && !NounPhrases.DETERMINERS.contains(v.norm(j))
                && CueVerbs.cue(v.norm(j)) == null) {
            j--;   // "Mr. Obama's patronizing suggestion"
        }
        if (j - 1 < from || !isPossessive(v, j)) {
            return null;
        }
        int last = j - 1;
        if (NounPhrases.isNameWord(v, last)) {
            return NounPhrases.nameBackward(v, last, from);
        }
        return v.isLowerWord(last) ? NounPhrases.descriptionBackward(v, last, from) : null;
    }

    /** The clitic "'s", or a lone apostrophe glued to a word ending in s ("Forbes' words"). */
    private static boolean isPossessive(TextView v, int j) {
        if (v.kind(j) == TokenKind.CLITIC) {
            String n = v.norm(j);
            return n.equals("'s") || n.equals("\u2019s");
        }
        if (v.end(j) - v.start(j) != 1 || v.end(j - 1) != v.start(j)) {
            return false;
        }
        char c = v.raw.charAt(v.start(j));
        return (c == '\'' || c == '\u2019') && v.norm(j - 1).endsWith("s");
    }
}
