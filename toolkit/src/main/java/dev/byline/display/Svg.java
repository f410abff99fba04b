package dev.byline.display;

/** An SVG image (a chart) shown inline as {@code image/svg+xml}. */
public record Svg(String svg) {
}
