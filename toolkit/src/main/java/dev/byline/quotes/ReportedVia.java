package dev.byline.quotes;

import dev.byline.text.TokenKind;

/**
 * A report the writer passes on second-hand: "“…,” the mayor said, according to a pool report" or
 * "According to the minutes, the mayor said …". The writer vouches only for what the report says,
 * so the report is the quotation's source (as PolNeAR's annotators mark it); the person it quotes
 * is the inner speaker the report relays.
 *
 * <p>Example: in "“We will rebuild,” Leer said, according to a transcript of the meeting." the
 * source is "a transcript of the meeting".
 */
final class ReportedVia {
    /** How many tokens may stand between the cue's phrase and ", according to" ("said of the families of …"). */
    private static final int GAP = 10;

    private ReportedVia() {
    }

    /**
     * The "according to" attribution that carries {@code own} (a verb cue of quotation {@code s}), or
     * {@code own} itself when the sentence cites no report around it.
     */
    static Attribution outer(TextView v, boolean[] quoted, Attributor at, MarkedSpan s, Attribution own) {
        if (own == null || own.verb() == null || v.norm(own.cue()).equals("according")) {
            return own;
        }
        int sentenceStart = v.sentenceStart(own.cue());
        int sentenceEnd = v.sentenceEnd(own.cue());
        if (own.cue() > s.last()) {
            // "…,” Obama said of the families, according to a pool report.
            int from = Math.max(own.cue(), own.mention().end() - 1) + 1;
            for (int k = from; k < sentenceEnd && k <= from + GAP; k++) {
                if (quoted[k] || v.kind(k) == TokenKind.QUOTE || v.isPunct(k, ";:")) {
                    return own;
                }
                if (v.isPunct(k, ",") && isAccordingTo(v, k + 1, sentenceEnd)) {
                    Attribution report = at.atCue(k + 1, sentenceStart, sentenceEnd);
                    return report != null ? report : own;
                }
            }
            return own;
        }
        // "According to White House pool reports, Obama said “there is love” …": the opener cites the report
        if (isAccordingTo(v, sentenceStart, own.cue()) && own.mention().first() > sentenceStart + 2) {
            int comma = sentenceStart + 2;
            while (comma < own.mention().first() && !v.isPunct(comma, ",")) {
                comma++;
            }
            if (comma < own.mention().first() && comma + 1 == own.mention().first()) {
                Attribution report = at.atCue(sentenceStart, sentenceStart, comma);
                return report != null ? report : own;
            }
        }
        return own;
    }

    private static boolean isAccordingTo(TextView v, int k, int ceiling) {
        return k + 2 < ceiling && v.norm(k).equals("according") && v.norm(k + 1).equals("to");
    }
}
