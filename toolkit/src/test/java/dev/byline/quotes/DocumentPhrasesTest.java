package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document qualified by a phrase ("the pitch on Kickstarter", "the order released Friday") is read whole as the
 * subject of the verb after it: the name or date the phrase ends on is what the document is on, by or from. Every
 * sentence is written for this test; no article text is copied.
 */
class DocumentPhrasesTest {
    @Test
    void aDocumentOnOrBySomeoneSpeaksNotTheNameAfterThePreposition() {
        List<Quote> qs = Q.in("Echo Press is raising money to reprint the guide: \u201CRead the guide the mayor does not "
                + "want you to read,\u201D the pitch on Kickstarter says.");
        assertEquals("the pitch on Kickstarter", Q.exactly(qs, "Read the guide the mayor does not want you to read,")
                .speaker());
        List<Quote> q2 = Q.in("With polls showing Ruiz ahead, a story by the website Harbourwatch says that \u201Cmore "
                + "than a dozen councillors are ready to defect.\u201D");
        assertEquals("a story by the website Harbourwatch",
                Q.exactly(q2, "more than a dozen councillors are ready to defect.").speaker());
    }

    @Test
    void aDocumentAParticipleQualifiesSpeaksNotTheDateOrGroupAfterIt() {
        List<Quote> qs = Q.in("Judge Okafor seemed unconvinced. The council's \u201Cclaim that the plan has any merit "
                + "is speculative,\u201D the order released Friday said.");
        assertEquals("the order released Friday", Q.exactly(qs, "claim that the plan has any merit is speculative,")
                .speaker());
        List<Quote> q2 = Q.in("A new textbook just published for ninth graders explains \u201Cthe benefits of trade for "
                + "the river towns\u201D with a map.");
        assertEquals("a new textbook just published for ninth graders",
                Q.exactly(q2, "the benefits of trade for the river towns").speaker());
    }

    @Test
    void aDocumentAfterAnInvertedVerbRunsThroughTheTitleItNames() {
        List<Quote> qs = Q.in("Some people interview well. It doesn't tell you much.\n\n''Voters feel they learn a lot "
                + "from debates, even when they learn nothing,'' concluded a 2014 article in the academic journal Trust "
                + "and Civic Life.");
        assertEquals("a 2014 article in the academic journal Trust and Civic Life",
                Q.exactly(qs, "Voters feel they learn a lot from debates, even when they learn nothing,").speaker());
        // a name with no joint after it is read as before
        List<Quote> q2 = Q.in("\u201CSunk!\u201D blared the front page of the Gazette.");
        assertEquals("the front page of the Gazette", Q.exactly(q2, "Sunk!").speaker());
    }

    @Test
    void aCapitalisedAdjectiveOpeningADocumentBeforeAColonIsNoName() {
        List<Quote> qs = Q.in("The mayor spoke to the council on Monday.\n\nPartial transcript as follows:\n\n"
                + "\u201CBERG: Mayor Ruiz, did you mislead them? RUIZ: I did not.\u201D");
        assertEquals("Partial transcript", Q.exactly(qs, "BERG: Mayor Ruiz, did you mislead them? RUIZ: I did not.")
                .speaker());
        // a name before a colon keeps its name
        List<Quote> q2 = Q.in("The mayor spoke to the council on Monday. Ruiz explained her plan: \u201CWe build "
                + "for everyone.\u201D");
        assertEquals("Ruiz", Q.exactly(q2, "We build for everyone.").speaker());
    }

    @Test
    void aFiniteVerbAfterADocumentOrAPersonsPhraseIsNoQualifier() {
        // "showed" is the poll's verb: the voters are its finding and say the words
        List<Quote> qs = Q.in("The poll showed a majority of voters say the port is \u201Ca mess.\u201D");
        assertEquals("a majority of voters", Q.exactly(qs, "a mess.").speaker());
        // after a comma the clause's own subject speaks, not the letter of the opening phrase
        List<Quote> q2 = Q.in("A week after the letter from Berg, Ana Ruiz said the deal was \u201Cdead.\u201D");
        assertEquals("Ana Ruiz", Q.exactly(q2, "dead.").speaker());
    }
}
