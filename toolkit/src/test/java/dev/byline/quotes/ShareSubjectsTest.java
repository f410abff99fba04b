package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A share of respondents ending on a number ("About four in 10", "More than six out of 10") is the subject of the cue
 * after it, not the pronoun inside the reported clause. Every sentence is written for this test; no article text is
 * copied.
 */
class ShareSubjectsTest {
    @Test
    void aShareEndingOnANumberIsTheSpeakerNotThePronounAfterTheCue() {
        List<Quote> qs = Q.in("The survey asked voters about the council. About four in 10 said they were "
                + "\u201Cangry\u201D with the way it works.");
        assertEquals("About four in 10", Q.exactly(qs, "angry").speaker());
        List<Quote> q2 = Q.in("More than six out of 10 say the new toll is \u201Ctoo costly.\u201D");
        assertEquals("More than six out of 10", Q.exactly(q2, "too costly.").speaker());
    }

    @Test
    void aShareWithItsGroupOrAPersonKeepsItsPhrase() {
        List<Quote> qs = Q.in("Six in 10 voters said they felt \u201Cleft behind\u201D by the port.");
        assertEquals("10 voters", Q.exactly(qs, "left behind").speaker());
        List<Quote> q2 = Q.in("On a scale of one to 10, Ruiz said the plan was \u201Ca nine.\u201D");
        assertEquals("Ruiz", Q.exactly(q2, "a nine.").speaker());
    }
}
