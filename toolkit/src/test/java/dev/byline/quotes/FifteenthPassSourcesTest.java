package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which mention or cue is a quotation's source (fifteenth pass, classes counted on the dev part of PolNeAR's train
 * split): the source "according to" names whatever its shape, the owner of a thing a "who" follows, a document
 * a sentence opens with before its colon. Every sentence is written for this test; no article
 * text is copied.
 */
class FifteenthPassSourcesTest {
    @Test
    void whateverPeopleAccordingToNamesAreTheSourceNotTheClausesSubject() {
        List<Quote> qs = Q.in("According to their friends and advisers, Mayor Ruiz and her deputy Tomas Berg have "
                + "fretted for weeks that slogans like \u201Cwe build for everyone\u201D no longer move voters.");
        assertEquals("their friends and advisers", Q.exactly(qs, "we build for everyone").speaker());
        List<Quote> q2 = Q.in("According to some on the docks, Okafor was \u201Cin a foul mood\u201D all week.");
        assertEquals("some on the docks", Q.exactly(q2, "in a foul mood").speaker());
        List<Quote> q3 = Q.in("According to dock workers familiar with the harbour, the new channel is "
                + "\u201Ctoo narrow by half.\u201D");
        assertEquals("dock workers familiar with the harbour", Q.exactly(q3, "too narrow by half.").speaker());
    }

    @Test
    void aThingAccordingToNamesIsNoSource() {
        // "according to" meaning "in keeping with": the voters pick, no preference speaks
        List<Quote> qs = Q.in("Most voters simply pick \u201Cred\u201D or \u201Cblue\u201D according to their "
                + "inherited loyalty, Ana Ruiz said.");
        assertEquals("Ana Ruiz", Q.exactly(qs, "red").speaker());
    }

    @Test
    void whoAfterAThingAndItsOwnerIsTheOwner() {
        List<Quote> qs = Q.in("Among the replies was this post from Lena Marsh who wrote, \u201CNothing is ever done "
                + "here.\u201D");
        assertEquals("Lena Marsh", Q.exactly(qs, "Nothing is ever done here.").speaker());
        List<Quote> q2 = Q.in("In the capital, Okafor sat through a lecture from the port's chief engineer, who said "
                + "that the plan was good for \u201Cthe river as well as the town.\u201D");
        assertEquals("the port's chief engineer", Q.exactly(q2, "the river as well as the town.").speaker());
        List<Quote> q3 = Q.in("Critics have been sharing a passage from the memoirs of a former harbour master who "
                + "wrote about the \u201Ccreative\u201D use of tide tables.");
        assertEquals("a former harbour master", Q.exactly(q3, "creative").speaker());
        List<Quote> q4 = Q.in("On Thursday, Ruiz won her first endorsement from a council colleague, from Tomas Berg, "
                + "who declared at the dock, \u201CIt is time to unite.\u201D");
        assertEquals("Tomas Berg", Q.exactly(q4, "It is time to unite.").speaker());
    }

    @Test
    void whoAfterAPersonAPlaceOrAShareKeepsItsPhrase() {
        List<Quote> qs = Q.in("A spokesman for Ortiz who spoke on condition of anonymity said, \u201CWe will "
                + "appeal.\u201D");
        assertEquals("a spokesman for Ortiz", Q.exactly(qs, "We will appeal.").speaker());
        List<Quote> q2 = Q.in("\u201CI never voted before,\u201D said Nina Lund, 24, from Harbourtown, who said "
                + "the mayor was \u201Ctoo slow.\u201D");
        assertEquals("Nina Lund", Q.exactly(q2, "too slow.").speaker());
    }

    @Test
    void aSentenceOpeningFromADocumentNamesTheSourceOfTheQuotationAfterItsColon() {
        List<Quote> qs = Q.in("Aides say the former governor plans to back Ruiz. From Berg's Facebook post: "
                + "\u201CFor the sake of our party, we must unite.\u201D");
        assertEquals("Berg", Q.exactly(qs, "For the sake of our party, we must unite.").speaker());
        List<Quote> q2 = Q.in("The biases shown should not be read as a verdict on web panels. From the report: "
                + "\u201CIn general, samples with more weighting do better.\u201D");
        assertEquals("the report", Q.exactly(q2, "In general, samples with more weighting do better.").speaker());
        // a place or a time after "From" is no document
        List<Quote> q3 = Q.in("Ana Ruiz flew home on Monday. From Paris: \u201CWe did what we came to do.\u201D");
        assertNotEquals("Paris", Q.exactly(q3, "We did what we came to do.").speaker());
    }

    @Test
    void asSomeonePutsItInThePresentToo() {
        List<Quote> qs = Q.in("As The Herald's Ana Lind puts it, Ruiz is trying to make the council \u201Can offer it "
                + "can't refuse.\u201D");
        assertEquals("Ana Lind", Q.exactly(qs, "an offer it can't refuse.").speaker());
    }
}
