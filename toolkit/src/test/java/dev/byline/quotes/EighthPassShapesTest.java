package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speaker shapes from the miss census of PolNeAR's train split (dev part, eighth pass): cries in the participle,
 * verbs of assertion and accusation, description phrases that run on ("known as", "one of these") or start too
 * early ("that voters", "while analysts"), and openers that are not names ("Ever since …"). Every sentence is
 * written for this test; no article text is copied.
 */
class EighthPassShapesTest {
    @Test
    void aNameBeforeACryInTheParticipleSpeaksTheWordsAfterIt() {
        List<Quote> qs = Q.in("At a rally in Dover, some of her supporters jeered a heckler, with Mara Lindqvist "
                + "reportedly shouting: \u201CLet him speak!\u201D");
        assertEquals("Mara Lindqvist", Q.exactly(qs, "Let him speak!").speaker());
    }

    @Test
    void theSubjectOfAssertedSpeaksThePartialQuotation() {
        List<Quote> qs = Q.in("Ruth Okafor asserted that, costs aside, Northwind did \u201Cwonderful things\u201D for the port.");
        assertEquals("Ruth Okafor", Q.exactly(qs, "wonderful things").speaker());
    }

    @Test
    void theAccuserSpeaksTheWordsOfTheAccusation() {
        List<Quote> qs = Q.in("The feud began when Ana Ruiz, after a rude remark from the mayor, accused him of a "
                + "\u201Clifelong contempt for workers.\u201D");
        assertEquals("Ana Ruiz", Q.exactly(qs, "lifelong contempt for workers.").speaker());
    }

    @Test
    void aDescriptionKnownByANameRunsThroughTheName() {
        List<Quote> qs = Q.in("\u201CThere never was an order,\u201D said the port chief known as Karel.");
        assertEquals("the port chief known as Karel", Q.exactly(qs, "There never was an order,").speaker());
    }

    @Test
    void oneOfTheseStaysInsideTheDescription() {
        List<Quote> qs = Q.in("\u201CWe will decide in June,\u201D said a strategist for one of these campaigns, "
                + "speaking on condition of anonymity.");
        assertEquals("a strategist for one of these campaigns", Q.exactly(qs, "We will decide in June,").speaker());
    }

    @Test
    void aComplementiserIsNeverTheFirstWordOfASpeaker() {
        List<Quote> qs = Q.in("Governor Alan Varga said he expected that voters will say \u201Cno\u201D to the levy.");
        Quote no = Q.exactly(qs, "no");
        assertEquals(false, no.speaker() != null && no.speaker().startsWith("that "), no.speaker());
        List<Quote> qs2 = Q.in("The board met again, while dock workers argued the offer was \u201Can insult.\u201D");
        assertEquals("dock workers", Q.exactly(qs2, "an insult.").speaker());
    }

    @Test
    void everSinceOpensAClauseAndIsNoName() {
        List<Quote> qs = Q.in("Ever since she joined the board, Ms. Lind has been its loudest voice, with a simple "
                + "message: \u201CDon't give up!\u201D");
        assertEquals("Ms. Lind", Q.exactly(qs, "Don't give up!").speakerMention().text());
    }

    @Test
    void aRoleWithOfBeforeANameLeadsToThePerson() {
        List<Quote> qs = Q.in("Former secretary of state Lena Marsh: \u201CWe learned that from the ministry.\u201D");
        assertEquals("Lena Marsh", Q.exactly(qs, "We learned that from the ministry.").speaker());
    }

    @Test
    void afterAnInvertedCueThePossessorIsNotTheSpeakerTheNameAfterItIs() {
        List<Quote> qs = Q.in("\u201CWe are going to lose the coast,\u201D said Ohio\u2019s Petra Ode, a party "
                + "consultant and longtime critic of the plan.");
        assertEquals("Petra Ode", Q.exactly(qs, "We are going to lose the coast,").speaker());
    }

    @Test
    void aWholeNamedBodyBetweenWithAndAParticipleSpeaks() {
        List<Quote> qs = Q.in("Dock unions were among her first backers, with the Northern Federation of Dockers "
                + "calling her \u201Cthe ally the harbour needs.\u201D");
        assertEquals("the Northern Federation of Dockers", Q.exactly(qs, "the ally the harbour needs.").speaker());
    }
}
