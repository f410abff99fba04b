package dev.byline.bench.generate;

import java.util.List;

/** An article's raw text, with the planted quotations and boilerplate lines located in it. */
public record RenderedArticle(String raw, List<PlantedQuote> quotes, List<int[]> boilerplate) {
}
