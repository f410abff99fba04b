package dev.byline.quotes;

import java.util.Set;

/**
 * A name written after the people who speak for it: "Aides to Mr. Vos said …", "a spokesman for Ivo Lind called it
 * …". Taken as a speaker mention, the name is not the speaker: the aides or the spokesman are, and the speaker is that
 * description as written ("Aides to Mr. Vos", "a spokesman for Ivo Lind"). So is a name before its possessive and
 * its agents or campaign ("Vos's aides cast her victory as …", "Lind's potential VP then revealed …").
 */
final class RepresentedNames {
    private RepresentedNames() {
    }

    /** People who speak for someone else, singular and plural. */
    static final Set<String> AGENTS = Set.of("spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser",
            "advisers", "advisor", "advisors", "lawyer", "lawyers", "attorney", "attorneys", "representative",
            "representatives", "ally", "allies", "staffer", "staffers");
    private static final Set<String> PLURALS = Set.of("aides", "advisers", "advisors", "lawyers", "attorneys",
            "representatives", "allies", "staffers");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "several", "some");

    /**
     * The description that name mention {@code m} ends — its first token, with the agent noun before "for", "to" or
     * "of" ("a spokesman for" m, "Aides to" m) — or null when no agent stands before the name.
     */
    static Mention of(TextView v, Mention m) {
        int k = m.first() - 1;
        if (k >= 0 && v.norm(k).equals("the")) {
            k--;
        }
        if (k < 1 || !v.isLowerWord(k) || !(v.norm(k).equals("for") || v.norm(k).equals("to") || v.norm(k).equals("of"))) {
            return null;
        }
        int agent = k - 1;
        if (!AGENTS.contains(v.norm(agent)) || !v.isWord(agent)) {
            return null;
        }
        int first = agent;
        if (first - 1 >= 0 && v.isWord(first - 1) && DETERMINERS.contains(v.norm(first - 1))) {
            first--;   // "a spokesman for …"
        } else if (first != v.sentenceStart(first) || !PLURALS.contains(v.norm(agent))) {
            return null;   // a bare plural only as the sentence's subject: "Aides to Mr. Vos said …"
        }
        return new Mention(first, m.end(), Mention.Type.DESCRIPTION);
    }

    /** What a name's people are called after its possessive: "Vos's aides", "Lind's campaign", "Vos's running mate". */
    private static final Set<String> OWNED = Set.of("campaign", "team", "staff", "office", "vp", "spokesman",
            "spokeswoman", "spokesperson", "aides", "aide", "advisers", "adviser", "lawyers", "lawyer", "attorneys",
            "attorney", "allies");

    /**
     * The description name mention {@code m} opens with its possessive ("Vos's aides", "Lind's potential VP"), or null
     * when no agent, campaign or office follows the possessive within three words.
     */
    static Mention possessed(TextView v, Mention m) {
        int k = m.end();
        if (k >= v.size() || !(v.norm(k).equals("'s") || v.norm(k).equals("\u2019s"))) {
            return null;
        }
        for (int j = k + 1; j < v.size() && j <= k + 3 && v.isWord(j); j++) {
            if (OWNED.contains(v.norm(j))) {
                return new Mention(m.first(), j + 1, Mention.Type.DESCRIPTION);
            }
            if (!v.isLowerWord(j) || v.has(j, WordClasses.CLOSED)) {
                return null;
            }
        }
        return null;
    }

    /** True if the agent noun of description {@code d} ({@link #of}) is plural: a group, never a he or she. */
    static boolean plural(TextView v, Mention d) {
        int k = d.first();
        while (k < d.end() && !AGENTS.contains(v.norm(k))) {
            k++;
        }
        return k < d.end() && PLURALS.contains(v.norm(k));
    }
}
