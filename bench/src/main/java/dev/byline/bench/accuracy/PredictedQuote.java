package dev.byline.bench.accuracy;

/** A quotation Byline found: where, what kind, and who it says spoke (empty when nobody). */
public record PredictedQuote(String doc, int start, int end, String kind, String speaker) {
}
