package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import org.junit.jupiter.api.Test;

/** Regression: a cue with nothing after it (found by the jqwik property "never throws"). */
class CueAtSentenceEndTest {
    @Test
    void cueThatEndsTheTextReportsNoIndirectQuoteAndDoesNotThrow() {
        for (String text : new String[] {"according to he ,", "ADetIh according to the official ,", "Rosin said ,"}) {
            var quotes = assertDoesNotThrow(() -> Quotes.find(Document.of("t", text)), text);
            assertTrue(quotes.stream().noneMatch(q -> q.kind() == QuoteKind.INDIRECT && q.start() == q.end()), text);
        }
    }
}
