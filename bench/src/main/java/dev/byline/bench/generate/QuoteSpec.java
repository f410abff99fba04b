package dev.byline.bench.generate;

/**
 * What the generator planted for one quotation: who said it (null for scare quotes), its kind
 * ({@code full}, {@code partial}, {@code term}), the marks, the attribution pattern, and its group
 * (the two halves of a split quotation share a group, and so one speaker mention).
 */
public record QuoteSpec(int id, String speaker, String kind, MarkStyle marks, String pattern, int group) {
}
