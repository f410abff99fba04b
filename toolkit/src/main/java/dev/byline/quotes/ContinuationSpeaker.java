package dev.byline.quotes;

/**
 * The speaker of a quotation that opens its sentence with no cue of its own, right after a sentence that reports
 * someone's speech without quoting it: "Coan, the defendant's lawyer, argues that his client never threatened anyone.
 * “The charge rests on a misreading,” …". The quotation goes on from that report, so its cue's speaker is the
 * quotation's, where the last quoted speaker may be someone else.
 */
final class ContinuationSpeaker {
    private ContinuationSpeaker() {
    }

    /** The attribution of the cue in the sentence right before {@code s}, or null when there is none or it quotes. */
    static Attribution of(TextView v, boolean[] quoted, Attributor at, MarkedSpan s) {
        int prev = s.open() - 1;
        if (prev < 0 || s.open() != v.sentenceStart(s.open()) || v.paragraphOf(prev) < s.paragraph() - 1) {
            return null;
        }
        int first = v.sentenceStart(prev);
        for (int j = first; j <= prev; j++) {
            if (quoted[j]) {
                // the sentence before quotes someone: the last quotation's speaker decides, unless a run follows one who spoke
                return SpokeBefore.of(v, quoted, s);
            }
        }
        for (int j = first; j <= prev; j++) {
            Attribution a = at.atCue(j, first, prev + 1);
            if (a != null && a.mention().first() >= first && a.mention().end() <= prev + 1) {
                return a;
            }
        }
        return SpokeBefore.of(v, quoted, s);
    }
}
