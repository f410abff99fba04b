package dev.byline.bench.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated article before rendering: headline, whether the headline line is in the file,
 * dateline text (may be empty), paragraphs, the quotations planted in it, and its metadata.
 */
public record Article(String title, boolean titleInText, String dateline, List<Paragraph> paragraphs,
                      List<QuoteSpec> quotes, String outlet, LocalDate date, String url, MarkStyle marks,
                      String paragraphBreak) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
    }

    Article withParagraphs(List<Paragraph> newParagraphs) {
        return new Article(title, titleInText, dateline, newParagraphs, quotes, outlet, date, url, marks,
                paragraphBreak);
    }
}
