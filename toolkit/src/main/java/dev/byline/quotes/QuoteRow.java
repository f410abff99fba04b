package dev.byline.quotes;

/**
 * One row of the quotation table, detached from its document: what a streamed run keeps of a
 * document once it is analysed (the strings, not the article), so the table is built once at the end.
 */
record QuoteRow(String doc, int quoteId, String part, int start, int end, String text, String kind, String speaker,
        Integer speakerId, Integer speakerStart, Integer speakerEnd, String verb, String marks, int paragraph,
        int words) {
}
