package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers named after a quotation that ends its own sentence, and quotations signed on the next line.
 * Shapes found on PolNeAR's train split (dev part, sixth pass); every sentence is written for this test,
 * no article text is copied.
 */
class SignOffsAndTrailingCuesTest {
    @Test
    void aCueWithItsListenerAfterAnExclamationStillAttributes() {
        List<Quote> qs = Q.in("The port reopened. “Sometimes us old sailors need our fix!” Berg said to Harbor Radio. "
                + "The former captain ran the port for years.");
        assertEquals("Berg", Q.exactly(qs, "Sometimes us old sailors need our fix!").speaker());
    }

    @Test
    void aCueSpeakingOfSomethingAfterAQuestionStillAttributes() {
        List<Quote> qs = Q.in("The vote was close. “Who counts the ballots now?” Ana Ruiz said of the new board.");
        assertEquals("Ana Ruiz", Q.exactly(qs, "Who counts the ballots now?").speaker());
    }

    @Test
    void aLongAppositiveBeforeTheCueAfterAnExclamationStillAttributes() {
        List<Quote> qs = Q.in("The banner flew over the parade. “Not us but we like it!” Kell, the head of the Rise "
                + "Forward fund, tweeted on Friday with a photo.");
        assertEquals("Kell", Q.exactly(qs, "Not us but we like it!").speaker());
    }

    @Test
    void aQuotationSignedWithADashOnTheNextLineIsTheSignersWords() {
        List<Quote> qs = Q.in("Quotable.\n\n\"The whole idea is something we hear about all the time, and it needs to stop.\"\n\n"
                + "-Mia Marks, Bergen.\n\n\"Great speech. She is ready. She never quits.\"\n\n"
                + "-President Lund, tweeting after the speech.");
        assertEquals("Mia Marks", Q.containing(qs, QuoteKind.FULL, "The whole idea").speaker());
        assertEquals("Lund", Q.containing(qs, QuoteKind.FULL, "Great speech").speaker());
    }
}
