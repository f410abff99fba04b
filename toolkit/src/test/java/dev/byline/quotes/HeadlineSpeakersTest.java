package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.text.Document;
import dev.byline.text.Parts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Headline digests found missed on PolNeAR's train split (dev part): the headline names its speaker with a
 * label and a colon or a capitalised cue, and quotes in Title Case. Sentences written for this test.
 */
class HeadlineSpeakersTest {
    private static final String BODY = "\n\nThe port deal was signed on Monday after a long night of talks.\n\n"
            + "Dock workers will vote on it next week.\n";

    private static List<Quote> headlineQuotes(String headline) {
        Document d = Document.of("wire", headline + BODY);
        return Quotes.find(d, Parts.TITLE_AND_BODY).stream().filter(q -> q.document().isHeadline()).toList();
    }

    @Test
    void aNameAndAColonOpeningTheHeadlineSpeaksItsQuotes() {
        List<Quote> qs = headlineQuotes("Ruiz: Port Deal Is ‘Far From Done,’ ‘We Need More Time.’");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("Ruiz", Q.exactly(qs, "Far From Done,").speaker());
        assertEquals(QuoteKind.PARTIAL, Q.exactly(qs, "Far From Done,").kind());
        assertEquals("Ruiz", Q.exactly(qs, "We Need More Time.").speaker());
    }

    @Test
    void aNameBeforeACapitalisedCueSpeaks() {
        List<Quote> qs = headlineQuotes("Ana Ruiz Says Port Deal ‘Far From Done’");
        assertEquals("Ana Ruiz", Q.exactly(qs, "Far From Done").speaker());
    }

    @Test
    void aHeadlineWithoutLabelOrCueKeepsItsTitleCaseQuoteATerm() {
        List<Quote> qs = headlineQuotes("Port Deal Gets ‘Green Light’ From Council");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Green Light").kind());
        assertEquals(null, Q.exactly(qs, "Green Light").speaker());
    }

    @Test
    void aPossessiveLabelIsAColumnNotASpeaker() {
        List<Quote> qs = headlineQuotes("Tuesday’s Morning Email: The ‘Big Day’ Arrives");
        assertEquals(null, Q.exactly(qs, "Big Day").speaker());
    }
}
