package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * Who a "who" clause is about when the noun phrase before it names a thing and its owner: "this post from Lena
 * Marsh who wrote …", "a lecture from the port's chief engineer, who said …", "the support of a retired admiral
 * who suggested …", "his first endorsement from a colleague, from Tomas Berg, who declared …". A post, a lecture or
 * support does not speak; the person after "from", "of" or "by" does. Anything else is left to
 * {@link SubjectPhrases#appositiveSubject} ("Rosin, the head of the union, who …", "a spokesman for Ortiz who …").
 */
final class WhoAntecedents {
    /** Prepositions that join a thing to the person it comes from. */
    private static final Set<String> OWNER_PREPOSITIONS = Set.of("from", "of", "by");

    /** How many words the owner's phrase may hold after its preposition. */
    private static final int OWNER_WORDS = 6;

    private WhoAntecedents() {
    }

    /** The person the "who" at {@code who} refers to, when the phrase before it is a thing and its owner; else null. */
    static Mention of(TextView v, int who, int floor) {
        int e = who - 1;
        if (e >= floor && v.isPunct(e, ",")) {
            e--;
        }
        if (e < floor) {
            return null;
        }
        if (NounPhrases.isNameWord(v, e)) {
            // a name after "of" is as often a place or a body ("a graduate of Harvard Law School who …"): not read
            Mention name = NounPhrases.nameBackward(v, e, floor);
            int p = name.first() - 1;
            return p > floor && !v.norm(p).equals("of") && ownedBy(v, p, floor) ? name : null;
        }
        if (!v.isLowerWord(e) || !personHead(v.norm(e))) {
            return null;
        }
        // back over the owner's modifiers and determiner ("the port's chief", "a former harbour") to the preposition
        for (int q = e - 1; q >= floor && q >= e - OWNER_WORDS; q--) {
            if (v.isLowerWord(q) && OWNER_PREPOSITIONS.contains(v.norm(q))) {
                return q + 1 <= e && ownedBy(v, q, floor) ? new Mention(q + 1, e + 1, Mention.Type.DESCRIPTION) : null;
            }
            if (!(v.isWord(q) || v.kind(q) == TokenKind.CLITIC)) {
                return null;
            }
        }
        return null;
    }

    /**
     * True if {@code p} is "from", "of" or "by" after a lower-case noun that names a thing, not a person ("post
     * from", "memoirs of"; not "a spokesman for", "the chief of"), or "from" opening a segment of its own after a
     * comma ("…, from Tomas Berg, who …").
     */
    private static boolean ownedBy(TextView v, int p, int floor) {
        if (p <= floor || !v.isLowerWord(p) || !OWNER_PREPOSITIONS.contains(v.norm(p))) {
            return false;
        }
        if (v.isPunct(p - 1, ",")) {
            return v.norm(p).equals("from") && restates(v, p - 1, floor);
        }
        String thing = v.norm(p - 1);
        return v.isLowerWord(p - 1) && !personHead(thing) && !NounPhrases.NOT_A_HEAD.contains(thing)
                && !PARTS.contains(thing) && !NounPhrases.looksLikeVerb(v, p - 1) && CueVerbs.cue(thing) == null;
    }

    /** Nouns of a part or share: "30 percent of voters who …", "a majority of members who …" are the part. */
    private static final Set<String> PARTS = Set.of("percent", "percentage", "number", "majority", "minority", "share",
            "half", "third", "quarter", "plurality", "rest", "handful", "dozens", "hundreds", "thousands", "millions",
            "most", "some", "many", "all", "none", "each", "both", "either", "neither", "one", "two", "three");

    /**
     * True if the segment before the comma at {@code comma} holds a "from" of its own: "his first endorsement from a
     * colleague, from Tomas Berg, who …" restates the source; "Nicky Lind, 24, from Harbourtown, who …" gives a place.
     */
    private static boolean restates(TextView v, int comma, int floor) {
        for (int k = comma - 1; k >= floor && k >= comma - OWNER_WORDS - 2; k--) {
            if (v.isPunct(k, ",;:.") || v.kind(k) == TokenKind.QUOTE) {
                return false;
            }
            if (v.isLowerWord(k) && v.norm(k).equals("from")) {
                return true;
            }
        }
        return false;
    }

    /** A noun that names a person or group: a known one, or one shaped like a role ("engineer", "historian"). */
    private static boolean personHead(String n) {
        String singular = n.endsWith("s") && !n.endsWith("ss") ? n.substring(0, n.length() - 1) : n;
        return ClauseActors.isPersonHead(n) || ClauseActors.isPersonHead(singular)
                || n.length() > 4 && (n.endsWith("er") || n.endsWith("ist") || n.endsWith("ian") || n.endsWith("man")
                    || n.endsWith("woman") || n.endsWith("ers") || n.endsWith("ists") || n.endsWith("ians"));
    }
}
