package dev.byline.web;

import java.util.Optional;

/**
 * What {@link ArticleExtractor} found in a page: an article, or the reason there is none.
 *
 * @param article the article, if the page holds one
 * @param reason  why there is none (empty when there is one)
 */
public record Extraction(Optional<Article> article, String reason) {
    /** No article, for {@code reason}. */
    public static Extraction none(String reason) {
        return new Extraction(Optional.empty(), reason);
    }
}
