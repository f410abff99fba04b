package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quoted phrase inside a "that" clause belongs to the subject of the verb of speech or thought governing the
 * clause, not to the clause's own subject: the largest class of wrong speakers in the miss census of PolNeAR's
 * train split (dev part). Every sentence is written for this test; no article text is copied.
 */
class ThatClausePartialsTest {
    @Test
    void thePartialQuoteInAThatClauseIsTheGoverningSubjects() {
        List<Quote> qs = Q.in("At the hearing, Mara Lind said that Tom Brandt was \u201Ca disgrace to the port.\u201D");
        assertEquals("Mara Lind", Q.exactly(qs, "a disgrace to the port.").speaker());
    }

    @Test
    void aVerbOfFindingOrThoughtGovernsTheClauseToo() {
        List<Quote> qs = Q.in("Two port analysts, Ida Berg and Tom Lusk, found in 2019 that the Harbour Board is "
                + "\u201Cthe slowest in the region.\u201D Mayor Ana Ruiz believes that Northwind has "
                + "\u201Cno plan at all.\u201D");
        assertEquals("Ana Ruiz", Q.exactly(qs, "no plan at all.").speaker());
        String berg = Q.exactly(qs, "the slowest in the region.").speaker();
        assertEquals(true, berg != null && (berg.contains("analysts") || berg.contains("Berg")), berg);   // the finders, not the board
    }

    @Test
    void aRelativeThatAfterANounLeavesTheClausesOwnSubject() {
        List<Quote> qs = Q.in("Ana Ruiz criticised the levy that Tom Brandt has called \u201Ca fair price.\u201D");
        assertEquals("Tom Brandt", Q.exactly(qs, "a fair price.").speaker());
    }
}
