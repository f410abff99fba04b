package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speaker shapes from the dev part of PolNeAR's train split (eleventh pass): an age in figures used as the noun of a
 * description ("the 43-year-old said"), a long role between a possessor and the name after an inverted cue
 * ("said Lind’s top foreign policy aide Jake Sullivan"), a participle after the determiner's adverb ("the recently
 * released playbook"), and three cues ("opined", "agrees", "wondered"). Every sentence is written for this test; no
 * article text is copied.
 */
class EleventhPassShapesTest {
    @Test
    void anAgeInFiguresHeadsTheDescriptionBeforeTheCue() {
        List<Quote> qs = Q.in("The comedian posted the clip on Thursday. \u201CThe mayor should take singing lessons,\u201D "
                + "the 43-year-old said.");
        assertEquals("the 43-year-old", Q.exactly(qs, "The mayor should take singing lessons,").speaker());
    }

    @Test
    void anAgeInFiguresAsksAQuestionToo() {
        List<Quote> qs = Q.in("The comedian posted the clip on Thursday. \u201CWhat if the mayor took singing lessons?\u201D "
                + "the 43-year-old asked in the clip\u2019s description.");
        assertEquals("the 43-year-old", Q.exactly(qs, "What if the mayor took singing lessons?").speaker());
    }

    @Test
    void anAgeBeforeANounLeavesTheNounTheHead() {
        // an age before a noun is not the head: the description runs on to the noun
        List<Quote> qs = Q.in("\u201CWe will stay,\u201D a 30-year-old fisherman said on Monday.");
        assertEquals("a 30-year-old fisherman", Q.exactly(qs, "We will stay,").speaker());
    }

    @Test
    void aLongRoleBetweenThePossessorAndTheNameAfterAnInvertedCue() {
        List<Quote> qs = Q.in("Voters were calm on Monday. \u201CThis is the first time a candidate has asked a foreign "
                + "power to spy on a rival,\u201D said Lind\u2019s top foreign policy aide Jake Sullivan. \u201CIt is a matter "
                + "of security.\u201D");
        assertEquals("Jake Sullivan", Q.exactly(qs,
                "This is the first time a candidate has asked a foreign power to spy on a rival,").speaker());
        assertEquals("Jake Sullivan", Q.exactly(qs, "It is a matter of security.").speaker());
    }

    @Test
    void aParticipleAfterTheDeterminersAdverbStaysInsideTheDescription() {
        List<Quote> qs = Q.in("The board met on Monday. \u201CYou do not sell products. You sell feelings,\u201D according to "
                + "the recently released Lakeside College playbook.");
        assertEquals("the recently released Lakeside College playbook",
                Q.exactly(qs, "You do not sell products. You sell feelings,").speaker());
        List<Quote> other = Q.in("\u201CWe will not sell,\u201D the newly elected chairwoman said on Monday.");
        assertEquals("the newly elected chairwoman", Q.exactly(other, "We will not sell,").speaker());
    }

    @Test
    void aNewspaperOpinesAfterItsWords() {
        List<Quote> qs = Q.in("Editorial pages were alarmed. \u201CVisitors should leave their boats at home,\u201D "
                + "opined the Lakeside Herald.");
        assertEquals("the Lakeside Herald", Q.exactly(qs, "Visitors should leave their boats at home,").speaker());
    }

    @Test
    void aSecondVoiceAgreesAfterTheWords() {
        List<Quote> qs = Q.in("\u201CI will earn more than my parents,\u201D says Ana Ruiz, 21, a student from Dover. "
                + "\u201COur ideas of success are different,\u201D agrees Mia Berg, 30, of Lakeside.");
        assertEquals("Mia Berg", Q.exactly(qs, "Our ideas of success are different,").speaker());
    }

    @Test
    void whoWondersAQuestionAloudSpeaksItButReportsNothingInOtherWords() {
        List<Quote> qs = Q.in("The chatter was about the job. \u201CWill he be the next harbour master?\u201D a clerk "
                + "in the room wondered.");
        assertEquals("a clerk in the room", Q.exactly(qs, "Will he be the next harbour master?").speaker());
        List<Quote> indirect = Q.in("Ana Ruiz wondered whether the port would ever reopen.");
        assertEquals(0, indirect.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).count(), indirect.toString());
    }

    @Test
    void aPlaceBeforeAParentheticalHeSaidIsNotWhomTheHeStandsFor() {
        List<Quote> qs = Q.in("\u201CMaybe we are just trying to let the bully learn the lesson,\u201D Tom Tripp said. "
                + "\u201CWe are trying to show some mercy.\u201D South Dakota, he said, was \u201Cwhere we have a chance.\u201D");
        assertEquals("Tom Tripp", Q.exactly(qs, "where we have a chance.").speaker());
        assertEquals("Tom Tripp", Q.exactly(qs, "We are trying to show some mercy.").speaker());
    }
}
