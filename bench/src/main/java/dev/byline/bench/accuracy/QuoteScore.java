package dev.byline.bench.accuracy;

/**
 * Quotation accuracy for one group of planted quotations (all, one pattern, one mark style):
 * how many were planted, found (a predicted span overlapping at least half of the union), found
 * with the exact span, with the right speaker (full name; or lenient: a name part of it), and with
 * the right kind.
 */
public record QuoteScore(String group, int planted, int found, int exactSpan, int speakerExact, int speakerLenient,
                         int kindRight) {
    QuoteScore add(boolean isFound, boolean exact, boolean speaker, boolean speakerPart, boolean kind) {
        return new QuoteScore(group, planted + 1, found + (isFound ? 1 : 0), exact ? exactSpan + 1 : exactSpan,
                speaker ? speakerExact + 1 : speakerExact, speakerPart ? speakerLenient + 1 : speakerLenient,
                kind ? kindRight + 1 : kindRight);
    }

    /** found / planted. */
    public double recall() {
        return planted == 0 ? 0 : (double) found / planted;
    }
}
