package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * Quoted words inside an absolute "with" clause are its subject's, whatever the participle: "…, with Cruz recently
 * promising to “sink the levy”", "The union has denied it, with Okafor taking to the radio to call the board “out of
 * touch”". The clause hangs off a main clause whose own cue ("denied") reports something else, so the person after
 * "with" is the one the words are pinned on. {@link SharedSubjects#afterWith} reads the same clause when its
 * participle is itself a cue ("with Trump tweeting that …"); this reads it for any participle, up to the quotation.
 */
final class WithClauses {
    private WithClauses() {
    }

    /** How far before the opening mark "with" may stand, in tokens. */
    private static final int REACH = 25;

    /** How many words the subject between "with" and its participle may have. */
    private static final int SUBJECT_WORDS = 8;

    /** Words in "-ing" that open a phrase of their own rather than a clause's verb ("with funding including …"). */
    private static final Set<String> NOT_PARTICIPLES = Set.of("including", "according", "regarding", "concerning",
            "following", "during", "something", "nothing", "anything", "everything", "king", "thing", "things",
            "morning", "evening", "building", "meeting", "hearing", "briefing", "funding", "spending", "ruling",
            "bring", "wing", "ring", "spring");

    /**
     * The attribution of the quotation {@code s} to the subject of the absolute "with" clause it sits in (after a
     * comma or dash, running to the opening mark with no other quotation, colon or semicolon between), when that
     * subject is a person or the clause holds a cue; null for any other shape.
     */
    static Attribution of(TextView v, boolean[] quoted, MarkedSpan s) {
        int from = v.sentenceStart(s.open());
        int w = -1;
        for (int k = s.open() - 1; k >= from && k >= s.open() - REACH; k--) {
            if (quoted[k] || v.kind(k) == TokenKind.QUOTE || v.isPunct(k, ";:")) {
                return null;
            }
            if (v.norm(k).equals("with") && v.isLowerWord(k)) {
                w = k;
                break;
            }
        }
        if (w - 1 < from || !(v.isPunct(w - 1, ",") || v.kind(w - 1) == TokenKind.DASH)) {
            return null;   // "dockers with Okafor badges", "worked with Okafor on plans": no clause of its own
        }
        int p = w + 2;
        while (p < s.open() && p <= w + SUBJECT_WORDS && !participle(v, p)) {
            if (!v.isWord(p)) {
                return null;
            }
            p++;
        }
        if (p >= s.open() || !participle(v, p)) {
            return null;
        }
        int subjectEnd = p;
        while (subjectEnd - 1 > w + 1 && v.isLowerWord(subjectEnd - 1) && CueVerbs.betweenSubjectAndVerb(v.norm(subjectEnd - 1))) {
            subjectEnd--;   // "with Cruz recently promising"
        }
        Mention m = SpeakerAfterCue.after(v, w + 1, subjectEnd);
        if (m == null || m.first() != w + 1 || m.end() != subjectEnd) {
            return null;
        }
        int cue = -1;
        for (int k = p; k < s.open(); k++) {
            if (v.isPunct(k, ",") && k != s.open() - 1) {
                return null;   // "…, with Okafor leading the march, the crowd chanted “…”": the clause ended
            }
            if (cue < 0 && v.isLowerWord(k) && CueVerbs.cue(v.norm(k)) != null) {
                cue = k;
            }
        }
        if (cue < 0 && !ClauseSubjects.isPerson(v, m)) {
            return null;   // "with prices rising to “record” levels": no one speaks
        }
        // the participle is the clause's verb when no cue stands in it: the words are pinned on its subject all the same
        return cue < 0 ? new Attribution(m, p, v.text(p)) : new Attribution(m, cue, v.text(cue));
    }

    private static boolean participle(TextView v, int k) {
        String n = v.norm(k);
        return v.isLowerWord(k) && n.length() > 4 && n.endsWith("ing") && !NOT_PARTICIPLES.contains(n);
    }
}
