package dev.byline.web;

import java.util.List;
import java.util.Objects;

/**
 * A news article read from a web page, a feed item or a web-archive record: its body paragraphs and what the page
 * says about it. Absent fields are empty strings, never null.
 *
 * <pre>{@code
 * Article a = ArticleExtractor.extract(html, "https://example.org/story").article().orElseThrow();
 * a.title();       // the headline
 * a.text();        // the body, paragraphs separated by a blank line
 * }</pre>
 *
 * @param url         the canonical URL if the page gives one, else the URL it was read from
 * @param title       the headline
 * @param authors     the authors' names, in the page's order
 * @param published   when it was published, ISO 8601 (with its offset when the page gives one)
 * @param modified    when it was last modified, as {@code published}
 * @param outlet      the outlet or site name
 * @param language    the language tag ({@code en}, {@code de-AT})
 * @param section     the section (Politics, Sport)
 * @param description the page's own summary
 * @param paragraphs  the body, paragraph by paragraph (headings and list items are paragraphs too)
 */
public record Article(String url, String title, List<String> authors, String published, String modified, String outlet,
        String language, String section, String description, List<String> paragraphs) {
    public Article {
        url = Objects.requireNonNullElse(url, "");
        title = Objects.requireNonNullElse(title, "");
        authors = List.copyOf(authors);
        published = Objects.requireNonNullElse(published, "");
        modified = Objects.requireNonNullElse(modified, "");
        outlet = Objects.requireNonNullElse(outlet, "");
        language = Objects.requireNonNullElse(language, "");
        section = Objects.requireNonNullElse(section, "");
        description = Objects.requireNonNullElse(description, "");
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body: the paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** The article with {@code other}'s metadata filling the fields this one lacks (its body stays). */
    public Article filledFrom(Article other) {
        return new Article(or(url, other.url), or(title, other.title), authors.isEmpty() ? other.authors : authors,
                or(published, other.published), or(modified, other.modified), or(outlet, other.outlet),
                or(language, other.language), or(section, other.section), or(description, other.description), paragraphs);
    }

    /** The same metadata over another body. */
    public Article withParagraphs(List<String> body) {
        return new Article(url, title, authors, published, modified, outlet, language, section, description, body);
    }

    private static String or(String mine, String theirs) {
        return mine.isBlank() ? theirs : mine;
    }
}
