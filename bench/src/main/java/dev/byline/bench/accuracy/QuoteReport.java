package dev.byline.bench.accuracy;

import java.util.List;

/**
 * Quotation accuracy: overall, by attribution pattern and by mark style, plus precision over the
 * {@code judged} predictions (direct quotations), of which {@code matched} hit a planted one.
 * {@code indirect} predictions (reported speech) are counted but not judged.
 */
public record QuoteReport(QuoteScore overall, List<QuoteScore> byPattern, List<QuoteScore> byMarks, int judged,
                          int matched, int indirect) {
    /** matched / judged. */
    public double precision() {
        return judged == 0 ? 0 : (double) matched / judged;
    }
}
