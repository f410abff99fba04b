package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cue joined by "and" right after a quotation shares the subject of the verb the quotation's clause has ("…, while
 * Vos, the former harbour master, proposed we “…” and said …"), not the sentence's first subject; a reported clause's
 * subject is never that ({@link SharedSubjects}; the shape counted on the dev part of PolNeAR's train split). Every
 * sentence is written for this test; no article text is copied.
 */
class CoordinatedAfterQuotationTest {
    @Test
    void theSubordinateClauseSubjectSpeaks() {
        List<Quote> qs = Q.in("Port vote. Mayor Ana Ruiz on Monday signed an order to block the levy, while Ida Vos, "
                + "the former harbour master, proposed we \u201Csell the cranes and go home\u201D and said the board "
                + "should resign.");
        assertEquals("Ida Vos", Q.exactly(qs, "sell the cranes and go home").speaker());
    }

    @Test
    void aReportedClauseSubjectDoesNot() {
        // guard: passes before and after
        List<Quote> qs = Q.in("Port vote. Ida Vos said that Ruiz is a \u201Cgood, decent mayor,\u201D and said that "
                + "the board \u201Cfailed.\u201D");
        assertEquals("Ida Vos", Q.exactly(qs, "good, decent mayor,").speaker());
    }
}
