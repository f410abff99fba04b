package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Set;

/**
 * A document closing the sentence that reports it: "Dockers now say they value the union as a “shield,” a study by
 * two labour historians, Ana Ruiz and Tomas Berg, concluded this year." The writer vouches only for what the study
 * found, so the study is the source of every quotation before it, as a closing "…, the Herald reported." is
 * ({@link ReportedVia}); the people the study speaks of are inside its finding.
 */
final class ClosingDocuments {
    /** A document's verbs of reporting at the end of a sentence. */
    private static final Set<String> VERBS = Set.of("concluded", "concludes", "found", "finds", "showed", "shows",
            "noted", "notes", "reported", "reports", "estimated", "estimates", "said", "says", "warned", "warns",
            "suggested", "suggests", "stated", "states");

    /** Words of a time phrase that may close the sentence after the verb: "concluded this year", "found in 2013". */
    private static final Set<String> TIME = WordSet.of("this", "last", "next", "year", "week", "month", "earlier", "later",
            "ago", "in", "on", "recently", "previously");

    /** How many tokens the document's phrase (with its appositives) may take before the verb. */
    private static final int PHRASE_TOKENS = 25;

    private ClosingDocuments() {
    }

    /**
     * The closing document's attribution for the sentence of {@code own} (a cue of a quotation before it), reading
     * from token {@code from} to {@code sentenceEnd}; null when the sentence does not end so.
     */
    static Attribution of(TextView v, boolean[] quoted, Attribution own, int from, int sentenceEnd) {
        int e = sentenceEnd - 1;
        while (e > from && (v.kind(e) == TokenKind.PUNCT || v.kind(e) == TokenKind.QUOTE)) {
            e--;
        }
        for (int n = 0; n < 4 && e > from && isTime(v, e); n++) {
            e--;
        }
        if (e <= from || quoted[e] || !v.isLowerWord(e) || !VERBS.contains(v.norm(e))) {
            return null;
        }
        for (int c = e - 1; c >= Math.max(from - 1, 1) && c > e - PHRASE_TOKENS; c--) {
            if (quoted[c] && v.kind(c) != TokenKind.QUOTE || v.isPunct(c, ";:.") && !v.isInnerDot(c)
                    || v.kind(c) == TokenKind.DASH || v.isLowerWord(c) && CueVerbs.cue(v.norm(c)) != null
                    && !CueVerbs.NOT_BEFORE_CUE.contains(v.norm(c - 1))) {
                return null;   // another clause, or the words of the quotation: not one document's phrase
            }
            boolean boundary = v.isPunct(c, ",") && !quoted[c]
                    || v.kind(c) == TokenKind.QUOTE && v.isPunct(c - 1, ",");
            if (boundary && NounPhrases.DETERMINERS.contains(v.norm(c + 1)) && !v.norm(c + 1).equals("that")) {
                Mention d = NounPhrases.descriptionForward(v, c + 1, e);
                if (d != null && isDocument(v, d) && d.first() != own.mention().first()) {
                    return new Attribution(d, e, v.text(e));
                }
            }
        }
        return null;
    }

    /** True if {@code a} is a document's verb closing its sentence ("…, a study by two historians concluded this year."). */
    static boolean closes(TextView v, Attribution a) {
        int e = a.cue();
        if (a.verb() == null || !VERBS.contains(v.norm(e)) || a.mention().end() > e || !isDocument(v, a.mention())) {
            return false;
        }
        int end = v.sentenceEnd(e);
        for (int k = e + 1; k < end; k++) {
            if (v.kind(k) != TokenKind.PUNCT && v.kind(k) != TokenKind.QUOTE && !isTime(v, k)) {
                return false;
            }
        }
        return true;
    }

    /** True if the phrase's head, the word before "by" ("a study by two historians") or its head, is a document. */
    static boolean isDocument(TextView v, Mention d) {
        for (int k = d.first() + 1; k < d.end(); k++) {
            if (v.norm(k).equals("by") && v.isLowerWord(k)) {
                return DocumentCues.DOCUMENTS.contains(v.norm(k - 1));
            }
        }
        return DocumentCues.isDocument(v, d);
    }

    private static boolean isTime(TextView v, int k) {
        return v.kind(k) == TokenKind.NUMBER || v.isLowerWord(k) && TIME.contains(v.norm(k))
                || SpeakerResolver.CALENDAR.contains(v.norm(k));
    }
}
