package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title closing the phrase set off between a subject and its verb, its comma written inside the marks as American
 * style has it ("Ruiz, speaking on NBC's “Meet the Press,” said"): the walk back from the verb steps over the whole
 * phrase ({@link ClauseSubjects#ofVerb}). Every sentence is written for this test.
 */
class TitlesClosedByTheirCommaTest {
    @Test
    void aShowOrBookTitleEndingTheSetOffPhraseIsSteppedOver() {
        List<Quote> qs = Q.in("Ana Ruiz, speaking on NBC's \u201CHarbour Hour,\u201D called the levy \u201Ca tax on "
                + "dockers.\u201D");
        assertEquals("Ana Ruiz", Q.exactly(qs, "a tax on dockers.").speaker());
        List<Quote> q2 = Q.in("\u201CThe port is safe,\u201D Ana Ruiz, the author of \u201CThe Quiet Harbour,\u201D said.");
        assertEquals("Ana Ruiz", Q.exactly(q2, "The port is safe,").speaker());
        List<Quote> q3 = Q.in("Ana Ruiz, appearing on \u201CHarbour Hour,\u201D said the port was \u201Csafe.\u201D");
        assertEquals("Ana Ruiz", Q.containing(q3, QuoteKind.INDIRECT, "the port was").speaker());
    }

    @Test
    void aQuotedRemarkEndingInACommaIsNoTitle() {
        // words in lower case are a remark, not a title: the cue right before them keeps them, as before
        List<Quote> qs = Q.in("Ruiz, the mayor, called the levy \u201Ca tax on dockers,\u201D Okafor said.");
        assertEquals("Ruiz", Q.exactly(qs, "a tax on dockers,").speaker());
    }
}
