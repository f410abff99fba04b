package dev.byline.bench.accuracy;

/** A document pair Byline labelled ({@code copy}, {@code rewrite}, {@code same-story}, …). */
public record PredictedPair(String a, String b, String relation) {
}
