package dev.byline.display;

/** HTML to show as it is: {@code html("<b>bold</b>")} as the last expression of a cell. */
public record Html(String html) {
}
