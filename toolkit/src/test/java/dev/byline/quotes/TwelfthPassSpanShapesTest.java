package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Span shapes read among the quotation boundaries Byline got wrong on PolNeAR's train split (dev part, twelfth
 * pass): a block quotation typed with straight marks whose last paragraph opens a curly quotation of its own, a
 * year's dropped century typed as a left single mark ("in ‘08"), and a list of titles whose commas stand inside the
 * marks. Every sentence is written for this test; no article text is copied.
 */
class TwelfthPassSpanShapesTest {
    @Test
    void aStraightMarkBlockQuoteIsNotCarriedIntoAParagraphThatOpensACurlyQuotation() {
        List<Quote> qs = Q.in("Harbour board in trouble\n\nThe council wrote on Friday:\n\n"
                + "\"The harbour board has not met since March, and the accounts are late.\n\n"
                + "\"At the hearing, members asked the chair about the delay.\n\n"
                + "\u201CI cannot say when we will meet again,\u201D the chair said.\"\n");
        Quote chair = Q.exactly(qs, "I cannot say when we will meet again,");
        assertEquals(QuoteKind.FULL, chair.kind());
        assertEquals("the chair", chair.speaker());
        assertTrue(qs.stream().noneMatch(q -> q.text().contains("accounts are late") && q.text().contains("meet again")),
                () -> "the block quotation ran into the chair's words: " + qs);
    }

    @Test
    void aQuotationCarriedOverParagraphsWithTheSameMarksIsStillOneSpan() {
        List<Quote> qs = Q.in("Ruiz spoke for an hour.\n\n\u201CWe will keep the port open.\n\n"
                + "\u201CAnd we will pay every worker on time,\u201D she said.\n\nBerg wrote:\n\n"
                + "\"The board is late.\n\n\"The accounts are later,\" he added.\n");
        assertTrue(Q.exactly(qs, "We will keep the port open.\n\n\u201CAnd we will pay every worker on time,")
                .kind().isDirectSpeech());
        assertTrue(Q.exactly(qs, "The board is late.\n\n\"The accounts are later,").kind().isDirectSpeech());
    }

    @Test
    void aYearsDroppedCenturyIsNotAnOpeningMark() {
        List<Quote> qs = Q.in("Rep. Ana Ruiz said in \u201808 that the vote was close. \u201CIt was a \u2018fair fight\u2019 "
                + "and a \u2018clean race\u2019 all along,\u201D she said. In the '90s the port was busier.");
        Quote ruiz = Q.exactly(qs, "It was a \u2018fair fight\u2019 and a \u2018clean race\u2019 all along,");
        assertEquals(QuoteKind.FULL, ruiz.kind());
        assertEquals("Ana Ruiz", ruiz.speaker());
        assertFalse(qs.stream().anyMatch(q -> q.text().startsWith("08") || q.text().startsWith("90s")), qs::toString);
    }

    @Test
    void aQuotationOpeningOnAFigureStillOpens() {
        List<Quote> qs = Q.in("Ana Ruiz said, \u201811 people lost their jobs,\u2019 and Berg said \u201822.5% is too "
                + "much.\u2019");
        assertEquals("Ana Ruiz", Q.exactly(qs, "11 people lost their jobs,").speaker());
        assertTrue(Q.exactly(qs, "22.5% is too much.").kind().isDirectSpeech());
    }

    @Test
    void titlesListedWithTheirCommasInsideTheMarksAreTitles() {
        List<Quote> qs = Q.in("Berg, who had roles in \u201CWhen the River Came Home,\u201D \u201CTide 3,\u201D and "
                + "\u201CHarbour Lights,\u201D spoke on Monday.");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "When the River Came Home,").kind());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Tide 3,").kind());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Harbour Lights,").kind());
    }

    @Test
    void aRightMarkTypedForALeftOneOpensWhenNothingIsOpen() {
        List<Quote> qs = Q.in("Berg said the board would not let its engineers \u201Dsee the books before the vote.\u201D "
                + "Readers wrote in.\n\n\u202A\u201DThe port was never better run!\u201D wrote Ana Lind.\n");
        assertEquals(QuoteKind.PARTIAL, Q.exactly(qs, "see the books before the vote.").kind());
        assertEquals("Ana Lind", Q.exactly(qs, "The port was never better run!").speaker());
    }
}
