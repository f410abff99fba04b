package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where an article writes out its names, in reading order, for a "he" or "she" that no speaker or sentence subject
 * before it fits: "Democratic presidential candidate Ivo Lind promised Monday to … “…,” he said." The name must be
 * shown as a person and a subject where it is written: before "who" ("Ada Vos, who …"), or after a title ("Chancellor
 * Ada Vos") or a role noun in lower case ("comedian Ivo Lind", "front-runner Ada Vos") and before a verb; a name after
 * "in", "of", "visited", "the" or opening a sentence may be a place or a thing ("in New Hampshire", "of Nashua Community
 * College"), and a name before a full stop, "and" or a preposition is no subject ("the policies of President Ada Vos."):
 * both are passed over, as is a name with a word the article writes in lower case. A surname alone counts after a
 * title ("Mrs. Vos drew cheers as she …"), and an apposition or age set off by commas may stand between the name and
 * its verb ("Ms. Vos, 21, who …"). Only the same paragraph and the two before it are read.
 */
final class WrittenPeople {
    private static final int PARAGRAPHS_BACK = 2;

    private final TextView v;
    private int[] run = new int[16];
    private int[] from = new int[16];
    private int[] end = new int[16];
    private final List<String> names = new ArrayList<>();

    WrittenPeople(TextView v) {
        this.v = v;
    }

    /**
     * Adds the written-out name {@code name}, tokens {@code first} (after its titles) to {@code stop}, in reading order;
     * the run of name words began at {@code runFirst} (its titles: "Mrs. Vos" is a surname kept after a title).
     */
    void add(int runFirst, int first, int stop, String name) {
        int n = names.size();
        if (n == from.length) {
            run = Arrays.copyOf(run, n * 2);
            from = Arrays.copyOf(from, n * 2);
            end = Arrays.copyOf(end, n * 2);
        }
        run[n] = runFirst;
        from[n] = first;
        end[n] = stop;
        names.add(name);
    }

    /**
     * The index of the last name written out before token {@code k}, shown there as a person, that {@code fits} (given
     * the index); or -1.
     */
    int personBefore(int k, IntPredicate fits) {
        int floor = v.paragraphOf(k) - PARAGRAPHS_BACK;
        for (int i = names.size() - 1; i >= 0; i--) {
            if (from[i] >= k) {
                continue;
            }
            if (v.paragraphOf(from[i]) < floor) {
                return -1;
            }
            if (shownAsPerson(i) && fits.test(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The name of entry {@code i}, as written after its titles. */
    String name(int i) {
        return names.get(i);
    }

    /** The first token of entry {@code i}'s run of name words, its titles included. */
    int runFirst(int i) {
        return run[i];
    }

    /** The token after entry {@code i}'s name. */
    int end(int i) {
        return end[i];
    }

    /** m or f when entry {@code i} is written after Mr., Mrs., Ms. or Miss; else ?. */
    char honorific(int i) {
        return from[i] > run[i] ? GenderEvidence.honorific(v.norm(from[i] - 1)) : '?';
    }

    /** Longest apposition read between a name and its verb, in tokens. */
    private static final int APPOSITION = 12;

    /**
     * The token after an apposition or age set off by commas right after a name ("Ms. Vos, the party's nominee,
     * proposed", "Ivo Lind, 21, who …"), else {@code z}: the apposition opens with a determiner, a lower-case word or
     * a number and holds no other name's end of sentence.
     */
    static int afterApposition(TextView v, int z) {
        if (z + 2 >= v.size() || !v.isPunct(z, ",") || !(v.isLowerWord(z + 1) || v.kind(z + 1) == TokenKind.NUMBER)
                || v.norm(z + 1).equals("who")) {
            return z;
        }
        int stop = Math.min(v.size() - 1, z + 1 + APPOSITION);
        for (int k = z + 2; k < stop; k++) {
            if (v.isPunct(k, ",")) {
                return v.isLowerWord(k + 1) ? k + 1 : z;
            }
            if (v.isPunct(k, ".;:()") || v.kind(k) == TokenKind.QUOTE || v.sentenceStart(k) == k) {
                return z;
            }
        }
        return z;
    }

    private boolean shownAsPerson(int i) {
        int a = from[i];
        int z = end[i];
        if (v.seenInLowerCaseAt(a) || v.seenInLowerCaseAt(z - 1)) {
            return false;   // "Community College", "Mark Warner" too: a word the article writes in lower case
        }
        if (z < v.size() && v.isPunct(z, "(")) {
            // "Former Rep. Ivo Lind (R-Conn.) was …": the party and state in brackets
            int close = z + 1;
            while (close < v.size() && close < z + 8 && !v.isPunct(close, ")")) {
                close++;
            }
            z = close < v.size() && v.isPunct(close, ")") ? close + 1 : z;
        }
        if (z < v.size() && v.norm(z).equals("who") || z + 1 < v.size() && v.isPunct(z, ",") && v.norm(z + 1).equals("who")) {
            return true;
        }
        z = afterApposition(v, z);   // "Ms. Vos, the party's nominee, proposed", "Ivo Lind, 21, who …"
        if (z < v.size() && v.norm(z).equals("who")) {
            return true;
        }
        // otherwise the subject of a verb after a title or role: "candidate Ivo Lind promised", not "of President Ada
        // Vos." or "channel nominee Ivo Lind and …"
        if (a == 0 || a == v.sentenceStart(a) || z >= v.size() || !v.isLowerWord(z) || v.has(z, WordClasses.CLOSED)
                || NounPhrases.PREPOSITIONS.contains(v.norm(z))) {
            return false;
        }
        int b = a - 1;
        if (v.has(b, WordClasses.TITLE)) {
            return true;
        }
        String role = v.norm(b);
        return v.isLowerWord(b) && (SubjectPhrases.ROLE_NOUNS.contains(role) || SpeakerResolver.PERSON_NOUNS.contains(role)
                || role.endsWith("ian") || role.endsWith("ist") || role.endsWith("-runner"));
    }
}
