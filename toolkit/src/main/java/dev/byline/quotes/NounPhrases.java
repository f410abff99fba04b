package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * Finds the noun phrase that names a speaker next to a cue verb, without a parser: names are runs
 * of capitalised words, descriptions run back to their determiner, pronouns stand alone, and an
 * appositive between commas ("Kaupo Rosin, the head of …, said") is stepped over to its name.
 */
final class NounPhrases {
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "one",
            "another", "two", "three", "several", "some", "many", "most", "other");
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
    static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "reporters", "journalists");
    /** Capitalised words that start sentences or clauses but never names. */
    static final Set<String> CLOSED_CLASS = Set.of("the", "a", "an", "in", "on", "at", "for", "from", "by", "with",
            "although", "but", "and", "or", "if", "when", "while", "after", "before", "during", "since", "as",
            "despite", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their",
            "its", "our", "both", "all", "some", "not", "one", "many", "most", "meanwhile", "now", "first", "second",
            "third", "finally", "notably", "however", "so", "then", "there", "here", "what", "why", "how", "who",
            "according", "referring", "speaking", "being", "citing", "still", "even", "just", "only", "also",
            "yet", "further", "because", "though", "whereas", "unless", "until", "instead", "against", "to", "of",
            "no", "yes", "lastly", "thus", "therefore", "moreover", "indeed", "perhaps", "last", "next", "every",
            "each", "any", "such", "my", "your", "mr", "ms", "mrs", "dr", "asked", "told", "said");
    /** Lower-case words that cannot end a description (so cannot be its head noun). */
    private static final Set<String> NOT_A_HEAD = Set.of("that", "which", "what", "this", "these", "those", "it",
            "there", "here", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as", "than", "not", "who",
            "whom", "when", "where", "why", "how", "if", "so", "also", "and", "but", "or", "nor", "be", "been",
            "being", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "may",
            "might", "should", "must", "do", "does", "did", "then", "now", "only", "just", "even", "still",
            "ago", "week", "year", "month", "today", "yesterday", "time", "them", "him", "her", "us", "me", "you");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "bin", "al", "la",
            "le", "da", "di", "du", "del", "ibn", "abu", "el", "ben");

    private NounPhrases() {
    }

    /** True if token {@code i} can be part of a name: capitalised and not a closed-class word. */
    static boolean isNameWord(TextView v, int i) {
        return v.isCapitalised(i) && !CLOSED_CLASS.contains(v.norm(i).replace(".", ""));
    }

    /** The name ending at token {@code last}, extended back over capitalised words (and "X and Y"). */
    static Mention nameBackward(TextView v, int last, int floor) {
        int j = last;
        while (j - 1 >= floor && (isNameWord(v, j - 1)
                || (NAME_PARTICLES.contains(v.norm(j - 1)) && j - 2 >= floor && isNameWord(v, j - 2)))) {
            j--;
        }
        // "Putin and Trump mentioned": two names sharing one verb
        if (j - 2 >= floor && v.norm(j - 1).equals("and") && isNameWord(v, j - 2) && j == last) {
            int k = j - 2;
            while (k - 1 >= floor && isNameWord(v, k - 1)) {
                k--;
            }
            j = k;
        }
        return new Mention(j, last + 1, Mention.Type.NAME);
    }

    /** The name starting at token {@code first}, extended forward over capitalised words. */
    static Mention nameForward(TextView v, int first, int ceiling) {
        int j = first;
        while (j + 1 < ceiling && (isNameWord(v, j + 1)
                || (NAME_PARTICLES.contains(v.norm(j + 1)) && j + 2 < ceiling && isNameWord(v, j + 2)))) {
            j++;
        }
        return new Mention(first, j + 1, Mention.Type.NAME);
    }

    /** A description ending at its head noun {@code head}: back to its determiner or the clause start. */
    static Mention descriptionBackward(TextView v, int head, int floor) {
        if (!v.isLowerWord(head) || NOT_A_HEAD.contains(v.norm(head))) {
            return null;
        }
        int j = head;
        int limit = Math.max(floor, head - 10);
        while (j - 1 >= limit) {
            int t = j - 1;
            String n = v.norm(t);
            if (DETERMINERS.contains(n)) {
                j = t;
                break;
            }
            boolean word = v.kind(t) == TokenKind.WORD || v.kind(t) == TokenKind.CLITIC || v.kind(t) == TokenKind.NUMBER;
            if (!word || (NOT_A_HEAD.contains(n) && !n.equals("of") && !n.equals("and"))
                    || SUBJECT_PRONOUNS.contains(n) || CueVerbs.cue(n) != null) {
                break;
            }
            j = t;
        }
        while (j < head && (v.norm(j).equals("and") || v.norm(j).equals("of"))) {
            j++;
        }
        return new Mention(j, head + 1, Mention.Type.DESCRIPTION);
    }

    /** A description starting at determiner {@code first}, forward to punctuation or a clause word. */
    static Mention descriptionForward(TextView v, int first, int ceiling) {
        int j = first + 1;
        int last = -1;
        while (j < ceiling && j < first + 10) {
            String n = v.norm(j);
            boolean word = v.kind(j) == TokenKind.WORD || v.kind(j) == TokenKind.CLITIC || v.kind(j) == TokenKind.NUMBER;
            if (!word || n.equals("who") || n.equals("which") || n.equals("that") || CueVerbs.cue(n) != null) {
                break;
            }
            if (!NOT_A_HEAD.contains(n) || n.equals("of")) {
                last = j;
            } else {
                break;
            }
            j++;
        }
        while (last > first && v.norm(last).equals("of")) {
            last--;
        }
        return last > first ? new Mention(first, last + 1, Mention.Type.DESCRIPTION) : null;
    }

    /**
     * The noun phrase ending at token {@code i} (the token just before a cue verb, adverbs already
     * skipped): a pronoun, a name, a description, or the subject behind an appositive or "who".
     */
    static Mention endingAt(TextView v, int i, int floor) {
        if (i < floor) {
            return null;
        }
        String n = v.norm(i);
        if (SUBJECT_PRONOUNS.contains(n)) {
            return new Mention(i, i + 1, Mention.Type.PRONOUN);
        }
        if (n.equals("who")) {
            return appositiveSubject(v, i - 1, floor);
        }
        if (v.isPunct(i, ",") || v.isPunct(i, ")")) {
            return appositiveSubject(v, i, floor);
        }
        if (isNameWord(v, i) || (v.isCapitalised(i) && i == floor)) {
            return nameBackward(v, i, floor);
        }
        return descriptionBackward(v, i, floor);
    }

    /**
     * Steps back over comma-delimited appositives ("Rosin, who spoke …, said", "X, director of Y,
     * said") to the noun phrase they describe.
     */
    static Mention appositiveSubject(TextView v, int comma, int floor) {
        int segEnd = comma;
        for (int round = 0; round < 4 && segEnd > floor; round++) {
            if (v.isPunct(segEnd, ")")) {
                int open = segEnd - 1;
                while (open >= floor && !v.isPunct(open, "(")) {
                    open--;
                }
                if (open < floor) {
                    return null;
                }
                Mention m = endingAt(v, open - 1, floor);
                if (m != null) {
                    return m;
                }
                segEnd = open - 1;
                continue;
            }
            if (!v.isPunct(segEnd, ",")) {
                return endingAt(v, segEnd, floor);
            }
            int b = segEnd - 1;
            while (b >= floor && !v.isPunct(b, ",") && v.kind(b) != TokenKind.QUOTE && v.kind(b) != TokenKind.DASH) {
                b--;
            }
            int segStart = b + 1;
            if (segStart >= segEnd) {
                return null;
            }
            if (isAppositive(v, segStart, segEnd)) {
                if (b < floor || !v.isPunct(b, ",")) {
                    return null;
                }
                segEnd = b;
                continue;
            }
            int last = segEnd - 1;
            if (isNameWord(v, last)) {
                return nameBackward(v, last, segStart);
            }
            return descriptionBackward(v, last, segStart);
        }
        return null;
    }

    /** A segment that describes rather than names: "the head of …", "who spoke …", "director of …". */
    private static boolean isAppositive(TextView v, int from, int to) {
        String n = v.norm(from);
        if (n.equals("who") || n.equals("which") || n.equals("whose") || n.equals("a") || n.equals("an")
                || n.equals("the") || v.isLowerWord(from)) {
            return true;
        }
        // "Trump’s predecessor": a name with a possessive is a description of someone else
        for (int k = from; k < to; k++) {
            if (v.kind(k) == TokenKind.CLITIC) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject that opens a clause: leading adverbials ("On Tuesday, …") are stepped over.
     */
    static Mention clauseSubject(TextView v, int from, int ceiling) {
        int i = from;
        for (int round = 0; round < 3 && i < ceiling; round++) {
            String n = v.norm(i);
            if (SUBJECT_PRONOUNS.contains(n)) {
                return new Mention(i, i + 1, Mention.Type.PRONOUN);
            }
            if (DETERMINERS.contains(n) && !n.equals("that")) {
                Mention d = descriptionForward(v, i, ceiling);
                if (d != null) {
                    return d;
                }
            }
            if (isNameWord(v, i)) {
                Mention m = nameForward(v, i, ceiling);
                // "Russian officials have …": a capitalised adjective before a plural noun is a description
                if (m.end() < ceiling && v.isLowerWord(m.end()) && !NOT_A_HEAD.contains(v.norm(m.end()))
                        && CueVerbs.cue(v.norm(m.end())) == null && v.norm(m.end()).endsWith("s")) {
                    return new Mention(i, m.end() + 1, Mention.Type.DESCRIPTION);
                }
                return m;
            }
            // skip an introductory phrase up to its comma
            int c = i;
            while (c < ceiling && !v.isPunct(c, ",")) {
                c++;
            }
            if (c >= ceiling) {
                return null;
            }
            i = c + 1;
        }
        return null;
    }
}
