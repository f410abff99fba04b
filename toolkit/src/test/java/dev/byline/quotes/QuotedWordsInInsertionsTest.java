package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short quotation inside a phrase set off by commas between a subject and its verb (a title, a label: "Lind,
 * wearing a cap and “No Levy” badges, said") does not end the phrase: the walk back to the subject steps over it
 * ({@link ClauseSubjects}; the shape counted on the dev part of PolNeAR's train split). Every sentence is written for
 * this test; no article text is copied.
 */
class QuotedWordsInInsertionsTest {
    @Test
    void aLabelInsideAParticiplePhraseIsSteppedOver() {
        List<Quote> qs = Q.in("Port vote. \u201CWe have had better votes than this one,\u201D union delegate Ari Lind, "
                + "wearing a green cap and \u201CNo Levy\u201D badges, said calmly.");
        assertEquals("Ari Lind", Q.exactly(qs, "We have had better votes than this one,").speaker());
    }

    @Test
    void aTitleInsideAnAppositiveIsSteppedOver() {
        List<Quote> qs = Q.in("Port vote. Vos, the author of \u201CHarbour Days,\u201D about the history of the port, "
                + "said the vote was \u201Ca sad day.\u201D");
        assertEquals("Vos", Q.exactly(qs, "a sad day.").speaker());
    }

    @Test
    void aQuotationInsideAParenthesisIsNot() {
        // guard: passes before and after (the parenthesis's own commas open no phrase of the subject's)
        List<Quote> qs = Q.in("Port vote. The union, pushing the idea that the levy is unfair (like dock leader Ida "
                + "Vos, who called it \u201Ca theft\u201D on Monday), has said that the board must resign.");
        assertNotEquals("Ida Vos", Q.containing(qs, QuoteKind.INDIRECT, "the board must resign").speaker());
    }
}
