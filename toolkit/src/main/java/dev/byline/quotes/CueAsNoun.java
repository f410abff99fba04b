package dev.byline.quotes;

import java.util.Set;

/**
 * A cue verb's base or -s form used as a noun: "a tweet", "his remarks", and also with an adjective or a number
 * between the determiner and the word ("An early tweet quoted the president …", "One tweet said: …", "the latest
 * comments"). Such a word is the head of a subject phrase, never a speech verb of the words before it.
 */
final class CueAsNoun {
    /** Numbers that open a noun phrase as a determiner does: "One tweet said", "two reports". */
    private static final Set<String> NUMBERS = WordSet.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    /**
     * Adjectives that stand between a determiner and a noun, never a subject before its verb ("the woman says" keeps
     * "says" a verb: "woman" is no adjective).
     */
    private static final Set<String> ADJECTIVES = WordSet.of("early", "earlier", "first", "latest", "last", "later", "new",
            "recent", "final", "second", "third", "next", "previous", "initial", "original", "same", "own", "further",
            "brief", "short", "long", "lengthy", "angry", "terse", "single", "only");

    private CueAsNoun() {
    }

    /** True if the cue-like word at {@code j} is a noun: after a determiner, or an adjective after one. */
    static boolean at(TextView v, int j) {
        if (j <= 0) {
            return false;
        }
        String before = v.norm(j - 1);
        if (CueVerbs.NOT_BEFORE_CUE.contains(before)) {
            return true;
        }
        if (Chants.isNoun(v, j)) {
            return true;   // "the crowd took up the familiar chant", "joined in a loud chant of"
        }
        String n = v.norm(j);
        if (n.endsWith("ed") || n.endsWith("ing") || !v.isWord(j - 1)) {
            return false;   // "the group's leader tweeted", "a spokesman said": a past or participle form stays a verb
        }
        if (NUMBERS.contains(before) && v.isCapitalised(j - 1) && j - 1 == v.sentenceStart(j - 1)) {
            return true;    // "One tweet said: …" (a number in the sentence may be an object: "… wrote two notes")
        }
        // "An early tweet", "the latest remarks": an adjective of order or length after a determiner
        return j >= 2 && v.isLowerWord(j - 1) && ADJECTIVES.contains(before) && CueVerbs.NOT_BEFORE_CUE.contains(v.norm(j - 2));
    }
}
