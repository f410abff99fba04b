package dev.byline.bench.accuracy;

/** One row of {@code byline drift A B}: the change (same, edited, only-in-a, only-in-b) and both texts. */
public record DriftRow(String change, String aText, String bText) {
}
