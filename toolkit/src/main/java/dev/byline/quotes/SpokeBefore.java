package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * Quotations set in paragraphs of their own, with no cue, after a paragraph that ends by saying someone spoke: "…,
 * since Mayor Vos spoke only in vague promises during the interview. ¶ “We have to do something.” ¶ “We have to be
 * tougher.”" The run is what that person said; the verb ("spoke", "talked") names the speaking without introducing
 * words, so no cue rule reads it.
 */
final class SpokeBefore {
    /** Verbs that say someone spoke, without being a cue for the words themselves. */
    private static final Set<String> SPOKE = Set.of("spoke", "speaks", "talked", "talks", "addressed", "lectured",
            "preached", "rambled");

    private SpokeBefore() {
    }

    /**
     * The speaker of quotation {@code s} when it and every paragraph back to the one before the run are quotations
     * alone, and that paragraph's last sentence has a named or pronoun subject who spoke; null otherwise.
     */
    static Attribution of(TextView v, boolean[] quoted, MarkedSpan s) {
        int p = s.paragraph();
        if (!quotationAlone(v, quoted, p)) {
            return null;
        }
        int q = p - 1;
        while (q >= 0 && q > p - 8 && quotationAlone(v, quoted, q)) {
            q--;
        }
        if (q < 0 || v.paragraphEnd[q] <= v.paragraphFirst[q]) {
            return null;
        }
        int last = v.paragraphEnd[q] - 1;
        int first = v.sentenceStart(last);
        for (int j = last; j > first; j--) {
            if (quoted[j] || !v.isLowerWord(j) || !SPOKE.contains(v.norm(j))) {
                continue;
            }
            int i = j - 1;
            while (i > first && v.isLowerWord(i) && CueVerbs.betweenSubjectAndVerb(v.norm(i))) {
                i--;
            }
            Mention m = SubjectPhrases.endingAt(v, i, first);
            if (m != null && m.end() == i + 1 && (m.type() == Mention.Type.NAME
                    || m.type() == Mention.Type.PRONOUN && !v.norm(m.first()).equals("it"))) {
                return new Attribution(m, j, null);
            }
            return null;
        }
        return null;
    }

    /** True if paragraph {@code p} holds one quotation and nothing but punctuation around it. */
    private static boolean quotationAlone(TextView v, boolean[] quoted, int p) {
        int a = v.paragraphFirst[p];
        int b = v.paragraphEnd[p];
        if (b <= a || v.kind(a) != TokenKind.QUOTE) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (!quoted[k] && v.kind(k) != TokenKind.PUNCT) {
                return false;
            }
        }
        return true;
    }
}
