package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The speaker of words quoted inside a reported clause is the subject of the clause that reports them, not a
 * name or pronoun inside it. Shapes found on PolNeAR's train split (dev part, sixth pass); every sentence is
 * written for this test, no article text is copied.
 */
class ReportedClauseSpeakersTest {
    @Test
    void aProgressiveCueWithItsListenerReportsTheQuotedWords() {
        List<Quote> qs = Q.in("Maria Costa spoke at noon. The Ohio senator is telling reporters in Dayton that he will "
                + "have “a lot of delegates” after the vote.");
        assertEquals("The Ohio senator", Q.exactly(qs, "a lot of delegates").speakerMention().text());
    }

    @Test
    void aBeingToldIsStillPassive() {
        List<Quote> qs = Q.in("The crew is being told that the port will “stay shut for now,” Lind said.");
        assertEquals("Lind", Q.exactly(qs, "stay shut for now,").speaker());
    }
}
