package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A past participle right after a noun opens a reduced relative clause ("a leaflet just printed for dock workers",
 * "the crowd gathered in the Harbour Hall"): the noun is the subject of the verb that follows, never the object of the
 * participle's phrase ({@link ClauseSubjects}; the shape counted on the dev part of PolNeAR's train split). Every
 * sentence is written for this test; no article text is copied.
 */
class ReducedRelativesTest {
    @Test
    void theNounBeforeThePastParticipleIsTheSubject() {
        List<Quote> qs = Q.in("Port vote. A leaflet just printed for dock workers explains \u201Cthe costs of the levy "
                + "for every family.\u201D");
        assertEquals("a leaflet just printed for dock workers",
                Q.exactly(qs, "the costs of the levy for every family.").speaker());
    }

    @Test
    void aParticipleCueSharesTheSubjectBeforeTheReducedRelative() {
        List<Quote> qs = Q.in("Port vote. The crowd gathered in the Harbour Hall followed her by loudly chanting "
                + "\u201Cno levy.\u201D");
        assertEquals("the crowd", Q.exactly(qs, "no levy.").speaker());
    }

    @Test
    void aFiniteVerbOrAnInfinitiveKeepsItsOwnSubject() {
        // guards: these pass before and after
        List<Quote> qs = Q.in("Port vote. Mayor Ruiz appeared on Harbor Radio and said the levy was \u201Cdead.\u201D");
        assertEquals("Ruiz", Q.exactly(qs, "dead.").speaker());
        List<Quote> q2 = Q.in("Port vote. The union declined to comment, and Ida Vos said the vote was \u201Cfair.\u201D");
        assertEquals("Ida Vos", Q.exactly(q2, "fair.").speaker());
    }
}
