package dev.byline.quotes;

import dev.byline.text.TokenKind;

/**
 * An excerpt credited in brackets at the end of its paragraph, as news digests and newsletters print them:
 *
 * <pre>
 * HARBOUR TALKS STALL “The port authority walked out of the talks on Friday, leaving the strike in its third week.” [Lakeside Herald.]
 * </pre>
 *
 * The quoted words are the credited publication's, not the capitalised item heading's and not the last speaker's: the
 * credit is the quotation's source. Only a quotation with no cue of its own that no lower-case word leads into, and a
 * credit of one to four capitalised words closing the paragraph.
 */
final class BracketCredit {
    /** How many words a credit may have: "[AP.]", "[Mother Jones.]", "[The Lakeside Herald.]". */
    private static final int MAX_WORDS = 4;

    private BracketCredit() {
    }

    /** The sign-off line under quotation {@code s} ({@link SignOffLine}), else the bracketed credit after it, else null. */
    static Attribution orSignOff(TextView v, MarkedSpan s) {
        Attribution signed = SignOffLine.of(v, s);
        return signed != null ? signed : of(v, s);
    }

    /** True if the attribution is a bracketed credit: the ranker keeps it, as it keeps a report cited with "according to". */
    static boolean isCredit(TextView v, Attribution a) {
        return a.verb() == null && v.isPunct(a.cue(), "[");
    }

    /** The publication credited in brackets right after quotation {@code s}, closing its paragraph; or null. */
    static Attribution of(TextView v, MarkedSpan s) {
        if (s.close() < 0 || v.isLowerWord(s.open() - 1)) {
            return null;   // "a trailer for season four of “Sherlock.” [Buzzfeed]": words of the sentence, not an excerpt
        }
        int end = v.paragraphEnd[s.paragraph()];
        int k = s.close() + 1;
        while (k < end && v.isPunct(k, ".,")) {
            k++;
        }
        if (k >= end || !v.isPunct(k, "[")) {
            return null;
        }
        int first = k + 1;
        int j = first;
        while (j < end && j - first < MAX_WORDS && (v.isCapitalised(j) || v.kind(j) == TokenKind.NUMBER && j > first)) {
            j++;
        }
        int last = j;
        if (last == first || !NounPhrases.isNameWord(v, first)) {
            return null;
        }
        if (j < end && v.isPunct(j, ".")) {
            j++;
        }
        if (j >= end || !v.isPunct(j, "]") || j + 1 < end && !(j + 2 == end && v.isPunct(j + 1, "."))) {
            return null;   // the credit closes the paragraph
        }
        return new Attribution(new Mention(first, last, Mention.Type.NAME), k, null);
    }
}
