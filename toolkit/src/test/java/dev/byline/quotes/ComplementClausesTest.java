package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quoted words inside a "that" clause belong to the subject of the verb governing the clause, not to the clause's own
 * subject, a document's finding in it or a speech act it only foresees ({@link ComplementClauses}; the shapes counted
 * on the dev part of PolNeAR's train split). Every sentence is written for this test; no article text is copied.
 */
class ComplementClausesTest {
    @Test
    void aDocumentGovernsTheClause() {
        List<Quote> qs = Q.in("Port vote. The leaflet, titled \u201CEnough?\u201D, concludes that Mayor Dane is too "
                + "\u201Ccareless and vain\u201D to lead the port.");
        assertEquals("the leaflet", Q.exactly(qs, "careless and vain").speaker());
    }

    @Test
    void aFindingInsideTheClauseIsTheWritersReport() {
        List<Quote> qs = Q.in("Port vote. In his 60-page ruling, Okafor wrote that the title, history and text of the "
                + "law showed it to be \u201Ca plain attempt to shut out newcomers.\u201D The law was passed in May.");
        assertEquals("Okafor", Q.exactly(qs, "a plain attempt to shut out newcomers.").speaker());
    }

    @Test
    void aSpeechActYetToComeIsTheThinkersWords() {
        List<Quote> qs = Q.in("Port vote. Councillor Ada Lind said she expected that voters will say \u201Cenough\u201D "
                + "to the levy.");
        assertEquals("Ada Lind", Q.exactly(qs, "enough").speaker());
    }

    @Test
    void guardsKeepTheClausesOwnSpeakers() {
        // these pass before and after: a finding with no governing verb, a spoken cue in the clause, a modal cue
        // with no clause around it
        List<Quote> qs = Q.in("Port vote. A harbour board report found \u201Cno evidence of any fraud\u201D at the "
                + "yard.\n\nRuiz said that Dane had told her the plan was \u201Cdead in the water\u201D for now.\n\n"
                + "Voters will say \u201Cno\u201D to the levy.");
        assertEquals("a harbour board report", Q.exactly(qs, "no evidence of any fraud").speaker());
        assertEquals("Dane", Q.exactly(qs, "dead in the water").speaker());
        assertEquals("Voters", Q.exactly(qs, "no").speaker());
    }
}
