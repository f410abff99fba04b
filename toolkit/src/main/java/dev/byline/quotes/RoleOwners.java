package dev.byline.quotes;

import java.util.Set;
import java.util.function.IntBinaryOperator;

/**
 * An organisation or place written inside a named person's role, taken as a speaker mention: the speaker is the person
 * the role belongs to. Two shapes: the organisation after the role and "of" or "for" ("Ada Vos, the communications
 * director for the Harbour Democratic Party said", "Ivo Lind, who is chairman of Our Valley Fund said", "Ada Vos,
 * president and CEO of Harbour Restaurant Association stated"), and the organisation, place or person before the role
 * and the name ("Lind's Ohio state director, Ada Vos, reached out"). The person is a written-out name (two name words
 * or more once titles are dropped, first and last word never written in lower case by the article); the role has a
 * role noun or title and no verb of its own.
 */
final class RoleOwners {
    private RoleOwners() {
    }

    /** Longest mention (tokens) read as the organisation, and longest role (tokens) read between it and the name. */
    private static final int MAX_TOKENS = 5;
    private static final int MAX_ROLE = 6;

    /**
     * The person-name mention whose role name mention {@code m} is part of, or null. {@code nameStart} gives the first
     * token of the name in a run of tokens (first, end) after its titles, or -1 ({@link SpeakerResolver}'s).
     */
    static Mention owner(TextView v, Mention m, IntBinaryOperator nameStart) {
        if (m.type() != Mention.Type.NAME || m.end() - m.first() > MAX_TOKENS) {
            return null;
        }
        Mention before = afterRole(v, m, nameStart);
        return before != null ? before : beforeRole(v, m, nameStart);
    }

    /** "Ada Vos, [who is] [the] ROLE of|for [the] ORG": the name before the role, or null. */
    private static Mention afterRole(TextView v, Mention m, IntBinaryOperator nameStart) {
        int k = m.first() - 1;
        if (k >= 0 && (v.norm(k).equals("the") || v.norm(k).equals("our"))) {
            k--;   // "of the Harbour Party", "of Our Valley Fund"
        }
        for (int t = m.first() + 1; t < m.end() - 1 && v.has(m.first(), WordClasses.TITLE); t++) {
            if (v.isLowerWord(t) && (v.norm(t).equals("of") || v.norm(t).equals("for"))) {
                k = t;   // the mention holds the role's end: "CEO of Harbour Restaurant Association"
                break;
            }
        }
        if (k < 1 || !v.isLowerWord(k) || !(v.norm(k).equals("of") || v.norm(k).equals("for"))) {
            return null;
        }
        int floor = Math.max(v.sentenceStart(k), k - MAX_ROLE);
        int j = k - 1;
        boolean role = false;
        while (j >= floor && isRoleWord(v, j)) {
            role |= isRoleNoun(v, j);
            j--;
        }
        if (!role) {
            return null;
        }
        if (j >= floor && (v.norm(j).equals("the") || v.norm(j).equals("a") || v.norm(j).equals("an"))) {
            j--;
        }
        if (j - 1 >= floor && v.isLowerWord(j) && (v.norm(j).equals("is") || v.norm(j).equals("was"))
                && v.norm(j - 1).equals("who")) {
            j -= 2;   // "Ivo Lind, who is chairman of …"
        }
        if (j < 1 || !v.isPunct(j, ",")) {
            return null;
        }
        return personEndingAt(v, j, nameStart);
    }

    /** "ORG['s] ROLE, Ada Vos": the name after the role, or null. */
    private static Mention beforeRole(TextView v, Mention m, IntBinaryOperator nameStart) {
        int j = m.end();
        if (j < v.size() && (v.norm(j).equals("'s") || v.norm(j).equals("\u2019s"))) {
            j++;
        }
        int stop = Math.min(v.size(), j + MAX_ROLE);
        boolean role = false;
        int k = j;
        while (k < stop && v.isLowerWord(k) && isRoleWord(v, k)) {
            role = isRoleNoun(v, k);   // the role's last word is its head
            k++;
        }
        int at = k < v.size() && v.isPunct(k, ",") ? k + 1 : k;   // "… state director, Ada Vos", "… cleric Ada Vos"
        // with no comma, in a phrase a determiner opens, a noun right before the name is its title: "the Yemen-born
        // extremist cleric Anwar al-Awlaki" (not "Roloson supports Democrat Ada Vos", "Neither Ivo Lind nor Ada Vos")
        role |= at == k && k > j && determinedBefore(v, m.first()) && !v.norm(k - 1).equals("and")
                && !v.norm(k - 1).endsWith("s");
        if (!role || k == j || at >= v.size() || !NounPhrases.isNameWord(v, at)) {
            return null;
        }
        Mention name = NounPhrases.nameForward(v, at, v.sentence(k).endToken());
        if (particleSurname(v, name.end())) {
            name = new Mention(name.first(), name.end() + 1, Mention.Type.NAME);   // "Anwar al-Awlaki"
        }
        return isPerson(v, name, nameStart) ? name : null;
    }

    /** The person's name that ends right before token {@code comma}, or null. */
    private static Mention personEndingAt(TextView v, int comma, IntBinaryOperator nameStart) {
        int last = comma - 1;
        if (!NounPhrases.isNameWord(v, last)) {
            return null;
        }
        int first = NounPhrases.nameRunStart(v, last, v.sentenceStart(last));
        Mention name = new Mention(first, last + 1, Mention.Type.NAME);
        return isPerson(v, name, nameStart) ? name : null;
    }

    /** Two name words or more after the titles, first and last never written in lower case, no institution's head. */
    private static boolean isPerson(TextView v, Mention name, IntBinaryOperator nameStart) {
        int from = nameStart.applyAsInt(name.first(), name.end());
        int last = name.end() - 1;
        return from >= 0 && last - from >= 1 && !v.seenInLowerCaseAt(from)
                && (!v.seenInLowerCaseAt(last) || particleSurname(v, last))
                && !SpeakerCandidates.BODY_WORDS.contains(v.norm(last));
    }

    /** "the", "a" or "an" right before token {@code first}, or before a lower-case particle there ("the al Qaeda-…"). */
    private static boolean determinedBefore(TextView v, int first) {
        int d = first - 1;
        if (d >= 1 && v.isLowerWord(d) && v.has(d, WordClasses.NAME_PARTICLE)) {
            d--;
        }
        return d >= 0 && v.isLowerWord(d) && Set.of("the", "a", "an").contains(v.norm(d));
    }

    /** A surname written with its particle and a hyphen, the particle in lower case: "al-Awlaki", "el-Sisi". */
    private static boolean particleSurname(TextView v, int k) {
        if (k >= v.size() || !v.isLowerWord(k)) {
            return false;
        }
        String n = v.norm(k);
        int dash = n.indexOf('-');
        return dash > 0 && dash + 1 < n.length() && NounPhrases.NAME_PARTICLES.contains(n.substring(0, dash))
                && Character.isUpperCase(v.raw.charAt(v.start(k) + dash + 1));
    }

    /** A word of a role: lower case (no verb, no clause word), "and", or a title ("CEO", "Sen."). */
    private static boolean isRoleWord(TextView v, int k) {
        if (v.has(k, WordClasses.TITLE)) {
            return true;
        }
        if (!v.isLowerWord(k)) {
            return false;
        }
        String n = v.norm(k);
        return n.equals("and") || !v.has(k, WordClasses.CLOSED | WordClasses.AT_CUE) && !NounPhrases.looksLikeVerb(v, k)
                && !VERBS.contains(n);
    }

    private static final Set<String> VERBS = Set.of("is", "was", "are", "were", "has", "had",
            "have", "be", "been", "will", "would");

    private static boolean isRoleNoun(TextView v, int k) {
        String n = v.norm(k);
        return v.has(k, WordClasses.TITLE) || SubjectPhrases.ROLE_NOUNS.contains(n) || SpeakerResolver.PERSON_NOUNS.contains(n);
    }
}
