package dev.byline.quotes;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What one article itself says of its people's gender, read once before any pronoun is resolved: an
 * honorific before a name ("Ms. Okafor", "Mr. Brandt") and a name whose own cue reports a pronoun
 * ("Okafor said she would …", "Brandt told reporters that he …" is not read: the listener comes
 * between). No list of first names: a name's gender comes from this article or stays unknown, so "he"
 * never resolves to a woman the article has called "Ms." or has quoted as saying "she".
 */
final class GenderEvidence {
    private final Map<String, int[]> votes = new HashMap<>();

    private GenderEvidence() {
    }

    /**
     * The evidence of one article; {@code nameOf} turns a name mention into the speaker's name (titles
     * stripped, the fullest form the article gives), the key pronoun resolution looks up.
     */
    static GenderEvidence of(TextView v, Function<Mention, String> nameOf) {
        GenderEvidence e = new GenderEvidence();
        for (int k = 0; k + 1 < v.size(); k++) {
            if (!v.has(k, WordClasses.HONORIFIC | WordClasses.AT_CUE)) {
                continue;   // neither an honorific nor a cue: nothing below reads this token (one bit test)
            }
            String norm = v.norm(k);
            char honorific = v.has(k, WordClasses.HONORIFIC) ? honorific(norm) : '?';
            if (honorific != '?' && v.isCapitalised(k) && NounPhrases.isNameWord(v, k + 1)) {
                e.vote(nameOf.apply(NounPhrases.nameForward(v, k + 1, v.size())), honorific);
                continue;
            }
            // cheapest test first: most words do not follow a capitalised one
            if (k == 0 || !v.isCapitalised(k - 1) || !v.isLowerWord(k) || !v.has(k, WordClasses.AT_CUE)
                    || CueVerbs.cue(norm) == null
                    || CueVerbs.isParticiple(norm) || !NounPhrases.isNameWord(v, k - 1)) {
                continue;
            }
            int p = k + 1;
            if (p < v.size() && v.norm(p).equals("that")) {
                p++;
            }
            String pronoun = p < v.size() ? v.norm(p) : "";
            char g = pronoun.equals("he") ? 'm' : pronoun.equals("she") ? 'f' : '?';
            if (g != '?') {
                e.vote(nameOf.apply(NounPhrases.nameBackward(v, k - 1, v.sentenceStart(k))), g);
            }
        }
        return e;
    }

    /** The words {@link #honorific} knows: {@link WordClasses#HONORIFIC} is made from them. */
    static final java.util.Set<String> HONORIFICS = java.util.Set.of("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss");

    /** m for Mr., f for Ms., Mrs., Miss (with or without the full stop), else ?; no allocation for other words. */
    static char honorific(String norm) {
        if (norm.isEmpty() || norm.charAt(0) != 'm' || norm.length() > 5) {
            return '?';
        }
        return switch (norm) {
            case "mr", "mr." -> 'm';
            case "ms", "ms.", "mrs", "mrs.", "miss" -> 'f';
            default -> '?';
        };
    }

    private void vote(String name, char gender) {
        if (name == null || name.isEmpty()) {
            return;
        }
        int[] c = votes.computeIfAbsent(name, x -> new int[2]);
        c[gender == 'm' ? 0 : 1]++;
    }

    /** m or f when the article's evidence for {@code name} points one way at least three times to one, else ?. */
    char of(String name) {
        int[] c = votes.get(name);
        if (c == null) {
            return '?';
        }
        return c[0] >= 3 * c[1] && c[0] > 0 ? 'm' : c[1] >= 3 * c[0] && c[1] > 0 ? 'f' : '?';
    }
}
