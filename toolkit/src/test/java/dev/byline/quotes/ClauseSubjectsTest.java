package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subject of the verb a quotation hangs on, read back over what stands between a subject and its verb
 * ({@link ClauseSubjects}; shapes counted on the dev part of PolNeAR's train split): a phrase without commas, a
 * parenthesis, an appositive, a coordinated verb, a participle after a subordinate clause, an opening place before a
 * colon. Every sentence is written for this test; no article text is copied.
 */
class ClauseSubjectsTest {
    @Test
    void aPhraseBetweenTheSubjectAndItsCueIsSteppedOver() {
        List<Quote> qs = Q.in("The row deepened when Ruiz in her budget speech called the dock workers \u201Ca drain on "
                + "the town.\u201D");
        assertEquals("Ruiz", Q.exactly(qs, "a drain on the town.").speaker());
        List<Quote> q2 = Q.in("The row deepened when Ruiz in her budget speech said the dock workers were \u201Ca drain "
                + "on the town.\u201D");
        assertEquals("Ruiz", Q.exactly(q2, "a drain on the town.").speaker());
        List<Quote> q3 = Q.in("A harbour official speaking to the Herald said, \u201CThe channel will be closed until "
                + "spring.\u201D");
        assertEquals("a harbour official", Q.exactly(q3, "The channel will be closed until spring.").speaker());
    }

    @Test
    void aPartyLabelOrAnAppositiveBeforeAVerbThatIsNoCue() {
        List<Quote> qs = Q.in("And after the court refused to hear the case, Sen. Tomas Berg (D) blamed the judges' "
                + "\u201Ctimid reading of the law.\u201D");
        assertEquals("Tomas Berg", Q.exactly(qs, "timid reading of the law.").speaker());
        List<Quote> q2 = Q.in("The governor signed an order on Monday, while Ana Ruiz, the former harbour master, "
                + "proposed we \u201Cbuild the wall higher\u201D instead.");
        assertEquals("Ana Ruiz", Q.exactly(q2, "build the wall higher").speaker());
    }

    @Test
    void coordinatedVerbsAndParticiplesShareTheSubjectOfTheirClause() {
        List<Quote> qs = Q.in("But Ruiz, making it clear that trade came first, stood beside the new premier, Tomas "
                + "Berg, and described his government as \u201Cfreely elected.\u201D");
        assertEquals("Ruiz", Q.exactly(qs, "freely elected.").speaker());
        List<Quote> q2 = Q.in("The first incident came at a rally in Dover, when harbour protesters interrupted her "
                + "speech, shouting \u201CJobs, not talk!\u201D");
        assertEquals("harbour protesters", Q.exactly(q2, "Jobs, not talk!").speaker());
    }

    @Test
    void aSubordinateClauseWithItsOwnSubjectAndCueSpeaks() {
        // the subject after "when", "as", "because" is read over its relative clause or participle, and the weaker cue
        // of that clause is not passed over for the main clause's "said"
        List<Quote> qs = Q.in("Some dockers said they feared a repeat of the 1990 strike, when Mr. Okafor, who had lost "
                + "the vote, called for a \u201Cwar on the owners.\u201D");
        assertEquals("Okafor", Q.exactly(qs, "war on the owners.").speaker());
        List<Quote> q2 = Q.in("The quarrel began before the ship left port, as Ana Ruiz, contradicting Lind, said she had "
                + "told him the dock would close.");
        assertEquals("Ana Ruiz", Q.containing(q2, QuoteKind.INDIRECT, "she had told him").speaker());
        List<Quote> q3 = Q.in("Vos said the vote was lost because Lind, the harbour master, called the dockers "
                + "\u201Clazy.\u201D");
        assertEquals("Lind", Q.exactly(q3, "lazy.").speaker());
        // guard (passes before and after): no subject of its own after "when", the reporting verb's subject keeps it
        List<Quote> q4 = Q.in("Lind said that when the strike began, the owners were \u201Ccaught off guard.\u201D");
        assertEquals("Lind", Q.exactly(q4, "caught off guard.").speaker());
    }

    @Test
    void aDocumentOrGroupBeforeAPrepositionSpeaksNotItsObject() {
        List<Quote> qs = Q.in("The town has a new welcome. \u201CWelcome, sailors!\u201D a message on the harbour "
                + "website reads.");
        assertEquals("a message on the harbour website", Q.exactly(qs, "Welcome, sailors!").speaker());
        List<Quote> q2 = Q.in("His critics in the Harbour Council, many of them dockers, argue that Ruiz is a \u201Cmayor "
                + "for the owners.\u201D");
        assertEquals("His critics in the Harbour Council", Q.exactly(q2, "mayor for the owners.").speaker());
        // guard (passes before and after): a description in apposition to a name leaves the name
        List<Quote> q3 = Q.in("Teo Lau, the spokesman for the Harbour Union said the strike will \u201Cgo on all "
                + "winter.\u201D");
        assertEquals("Teo Lau", Q.exactly(q3, "go on all winter.").speaker());
    }

    @Test
    void anOpeningPlaceIsNotTheSubjectBeforeAColon() {
        List<Quote> qs = Q.in("At a dinner that week in Lakeside, Ore., the retired engineer ended her talk by quoting "
                + "an old proverb: \u201CWater always finds a way.\u201D");
        assertEquals("the retired engineer", Q.exactly(qs, "Water always finds a way.").speaker());
        List<Quote> q2 = Q.in("In the hours after the flood in Harbourtown, Del., a familiar account posted on "
                + "Twitter: \u201CWe warned you about the dam.\u201D");
        assertEquals("a familiar account", Q.exactly(q2, "We warned you about the dam.").speaker());
    }

    @Test
    void theSubjectOfAReportedClauseOrANameWithAPrepositionStaysAsItWas() {
        // guards: these pass before and after
        List<Quote> qs = Q.in("Like Ruiz, Berg also rejected the notion that the unions could walk away from the deal, "
                + "arguing that there is \u201Croom for the city\u201D in the plan.");
        assertEquals("Berg", Q.exactly(qs, "room for the city").speaker());
        List<Quote> q2 = Q.in("Okafor has given no details about how she would cut the budget, saying only that she "
                + "was \u201Clooking at every line.\u201D");
        assertEquals("Okafor", Q.exactly(q2, "looking at every line.").speaker());
        List<Quote> q3 = Q.in("A spokesman for the Club for Growth, which is running the ads, argues that \u201Conly "
                + "Ruiz can win.\u201D");
        assertEquals("a spokesman for the Club for Growth", Q.exactly(q3, "only Ruiz can win.").speaker());
        List<Quote> q4 = Q.in("At the hearing, Ruiz said the board had failed: \u201CWe asked for years.\u201D");
        assertEquals("Ruiz", Q.exactly(q4, "We asked for years.").speaker());
    }
}
