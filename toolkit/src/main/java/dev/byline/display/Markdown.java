package dev.byline.display;

/** Markdown to show rendered (as text/markdown, with an HTML rendering for front ends that need it). */
public record Markdown(String markdown) {
}
