package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quoted words inside an absolute "with" clause are its subject's ({@link WithClauses}; the shape counted on the dev
 * part of PolNeAR's train split). Every sentence is written for this test; no article text is copied.
 */
class WithClausesTest {
    @Test
    void theSubjectAfterWithSpeaksWhateverTheParticiple() {
        List<Quote> qs = Q.in("Port vote. Cruz and Dane have used the harshest words about the port, with Cruz recently "
                + "promising to \u201Csink the levy for good.\u201D");
        assertEquals("Cruz", Q.exactly(qs, "sink the levy for good.").speaker());
    }

    @Test
    void aCueOfTheMainClauseIsNotTheQuotations() {
        List<Quote> qs = Q.in("Port vote. The union has denied it, with Okafor taking to the radio to call the board "
                + "\u201Ctotally out of touch\u201D for the plan.");
        assertEquals("Okafor", Q.exactly(qs, "totally out of touch").speaker());
    }

    @Test
    void withAfterAVerbOrNounOpensNoClause() {
        // guards: these pass before and after
        List<Quote> qs = Q.in("Port vote. At the rally, dockers with Okafor badges stood near people wearing the "
                + "\u201CSave the Yard\u201D shirts the union sold.");
        assertEquals(null, Q.exactly(qs, "Save the Yard").speaker());
        List<Quote> q2 = Q.in("Port vote. Mayor Ruiz said the board had worked with Okafor on plans including a "
                + "\u201Cfair share\u201D levy.");
        assertEquals("Ruiz", Q.exactly(q2, "fair share").speaker());
    }

    @Test
    void aClauseThatEndsOrNamesNoOneGivesNoSpeaker() {
        // guards: these pass before and after
        List<Quote> qs = Q.in("Port vote. The march went on past midnight, with Okafor leading the dockers, and the "
                + "crowd chanted \u201CNo levy, no vote!\u201D until dawn.");
        assertEquals("the crowd", Q.exactly(qs, "No levy, no vote!").speaker());
        List<Quote> q2 = Q.in("Port vote. Rents climbed all year, with prices rising to \u201Crecord\u201D levels "
                + "by June.");
        assertNotEquals("prices", Q.exactly(q2, "record").speaker());
    }
}
