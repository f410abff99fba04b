package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

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
     * The "according to" attribution that carries {@code own} (a verb cue of quotation {@code s}), the speaker of
     * the clause a cue of speech yet to come stands in, or {@code own} itself when the sentence cites no report around it.
     */
    static Attribution outer(TextView v, boolean[] quoted, Attributor at, MarkedSpan s, Attribution own) {
        if (own == null || own.verb() == null || v.norm(own.cue()).equals("according")) {
            return own;
        }
        Attribution thinker = ComplementClauses.overHypothetical(v, quoted, own);   // "expected that voters will say “no”"
        if (thinker != null) {
            return thinker;
        }
        int sentenceStart = v.sentenceStart(own.cue());
        int sentenceEnd = v.sentenceEnd(own.cue());
        int from = Math.max(s.last(), Math.max(own.cue(), own.mention().end() - 1)) + 1;
        Attribution closing = closingReport(v, quoted, at, own, from, sentenceEnd);
        closing = closing != null ? closing : ClosingDocuments.of(v, quoted, own, from, sentenceEnd);   // "…, a study found."
        if (closing != null) {
            return closing;
        }
        if (own.cue() > s.last()) {
            // "…,” Obama said of the families, according to a pool report.
            int after = Math.max(own.cue(), own.mention().end() - 1) + 1;
            for (int k = after; k < sentenceEnd && k <= after + GAP; k++) {
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

    /**
     * "Fans chanted “Build a wall,” referring to his vow, the Herald reported." and "Canova said, “No comment,” the
     * Herald reported.": a report verb closing the sentence after a comma, its subject between the comma and the verb,
     * relays every cue before it; null when the sentence does not end so.
     */
    private static Attribution closingReport(TextView v, boolean[] quoted, Attributor at, Attribution own, int from,
            int sentenceEnd) {
        int e = sentenceEnd - 1;
        while (e > from && (v.kind(e) == TokenKind.PUNCT || v.kind(e) == TokenKind.QUOTE)) {
            e--;
        }
        if (e <= from || !CLOSING_VERBS.contains(v.norm(e)) || !v.isLowerWord(e) || quoted[e]) {
            return null;
        }
        int c = e - 1;
        while (c >= from && c > e - SUBJECT_WORDS && (v.kind(c) == TokenKind.WORD || v.kind(c) == TokenKind.CLITIC)
                && !quoted[c]) {
            c--;
        }
        // the subject follows a comma, or the closing mark of words that end with one ("“No comment,” the Herald reported")
        boolean afterComma = v.isPunct(c, ",") && !quoted[c]
                || v.kind(c) == TokenKind.QUOTE && c > 0 && v.isPunct(c - 1, ",");
        if (!afterComma || c + 1 >= e || c < from - 1) {
            return null;
        }
        Attribution report = at.atCue(e, c + 1, sentenceEnd);
        return report != null && report.mention().first() > c && report.mention().first() != own.mention().first()
                ? report : null;
    }

    /**
     * True if attribution {@code a} is a publication's report verb closing its sentence ("…, the Herald reported."),
     * the shape {@link #closingReport} gives every cue before it to.
     */
    static boolean closesSentence(TextView v, Attribution a) {
        int e = a.cue();
        if (a.verb() == null || !CLOSING_VERBS.contains(v.norm(e)) || !v.isLowerWord(e)) {
            return false;
        }
        int end = v.sentenceEnd(e);
        for (int k = e + 1; k < end; k++) {
            if (v.kind(k) != TokenKind.PUNCT && v.kind(k) != TokenKind.QUOTE) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of a publication passing on what it found: ", the Herald reported." */
    private static final Set<String> CLOSING_VERBS = WordSet.of("reported", "reports");

    /** How many words the subject of a closing report may have: ", the Lakeside Daily Herald reported." */
    private static final int SUBJECT_WORDS = 8;

    private static boolean isAccordingTo(TextView v, int k, int ceiling) {
        return k + 2 < ceiling && v.norm(k).equals("according") && v.norm(k + 1).equals("to");
    }
}
