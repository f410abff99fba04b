package dev.byline.bench.accuracy;

/** One row of {@code byline drift A B}: the change (same, edited, cut, stitched, speaker-changed, made-a-quote, only-in-a, only-in-b) and both texts. */
public record DriftRow(String change, String aText, String bText) {
}
