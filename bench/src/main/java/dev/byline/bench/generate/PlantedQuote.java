package dev.byline.bench.generate;

/**
 * A quotation as planted in one rendered article. {@code start}/{@code end} bound the quoted words
 * (inside the marks; {@code raw.substring(start, end)} is {@code text}); {@code outerStart}/{@code outerEnd}
 * include the marks. The speaker mention is the name, surname or pronoun in the attribution
 * ({@code -1} offsets when there is none, as for scare quotes).
 */
public record PlantedQuote(int quote, int start, int end, int outerStart, int outerEnd, String text,
                           String speaker, String speakerMention, int speakerStart, int speakerEnd, String kind,
                           String marks, String pattern, int group, int paragraphs) {
}
