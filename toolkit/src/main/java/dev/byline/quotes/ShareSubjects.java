package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * A share of respondents standing alone as the subject of a cue: "About four in 10 said they were “angry”", "Six
 * out of 10 say …", "Nearly one in five said". The phrase ends on a number, which no noun-phrase reader takes for a
 * head, so without it a pronoun inside the reported clause ("they") was read as the speaker. The share is the
 * phrase from its hedge ("about", "nearly", "more than") to the second number.
 */
final class ShareSubjects {
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    /** Words that hedge a share before its first number: "About four in 10", "More than six in 10". */
    private static final Set<String> HEDGES = Set.of("about", "nearly", "roughly", "almost", "around", "some", "just",
            "only", "over", "under", "approximately");

    /** Comparatives before "than": "More than six in 10", "Fewer than one in five". */
    private static final Set<String> COMPARATIVES = Set.of("more", "fewer", "less");

    private ShareSubjects() {
    }

    /** The share whose second number is the token before the verb at {@code verb} (adverbs skipped), or null. */
    static Mention before(TextView v, int verb, int floor) {
        int i = verb - 1;
        while (i >= floor && v.isLowerWord(i) && CueVerbs.betweenSubjectAndVerb(v.norm(i))) {
            i--;
        }
        if (i - 2 < floor || !isNumber(v, i)) {
            return null;
        }
        int k = i - 1;
        if (v.norm(k).equals("of") && k - 1 >= floor && v.norm(k - 1).equals("out")) {
            k--;   // "six out of 10"
        }
        if (!v.norm(k).equals("in") && !v.norm(k).equals("out") || k - 1 < floor || !isNumber(v, k - 1)) {
            return null;
        }
        int first = k - 1;
        if (first - 1 >= floor && HEDGES.contains(v.norm(first - 1))) {
            first--;
        } else if (first - 2 >= floor && v.norm(first - 1).equals("than") && COMPARATIVES.contains(v.norm(first - 2))) {
            first -= 2;
        }
        return new Mention(first, i + 1, Mention.Type.DESCRIPTION);
    }

    private static boolean isNumber(TextView v, int k) {
        return v.kind(k) == TokenKind.NUMBER || NUMBER_WORDS.contains(v.norm(k));
    }
}
