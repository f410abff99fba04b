package dev.byline.quotes;

import dev.byline.corpus.DocumentStream;

/**
 * One row of the quotation table ({@link Quotes#table(DocumentStream)}), detached from its document: what a
 * streamed run keeps of a document once it is analysed (the strings, not the article), so the table is built
 * once at the end, or not at all by a caller that only prints the rows. A missing speaker or verb is an empty
 * string, a missing speaker id or offset {@code null}.
 *
 * <pre>{@code
 * for (QuoteRow r : Quotes.rows(DocumentStream.of(LoadOptions.defaults(), Path.of("archive")), Parts.BODY)) {
 *     System.out.println(r.doc() + " " + r.speaker() + ": " + r.text());
 * }
 * }</pre>
 */
public record QuoteRow(String doc, int quoteId, String part, int start, int end, String text, String kind, String speaker,
        Integer speakerId, Integer speakerStart, Integer speakerEnd, String verb, String marks, int paragraph,
        int words) {
}
