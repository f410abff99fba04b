package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A colon quotation after a verb of feeling is the reaction of the one who feels, its object: "The result stunned
 * analyst Ivo Lind: “…”". Shape of a wrong speaker on PolNeAR's train split (dev part, twenty-first pass); every
 * sentence is written for this test, no article text is copied.
 */
class ExperiencerObjectsTest {
    @Test
    void theObjectOfAVerbOfFeelingSpeaksAfterTheColon() {
        List<Quote> qs = Q.in("The size of the deficit doesn\u2019t surprise economist Maria Duarte: "
                + "\u201CWe have seen this coming for years.\u201D The vote stunned Republican analyst Peter Hollis: "
                + "\u201CThe numbers were never there.\u201D");
        assertEquals("Maria Duarte", Q.exactly(qs, "We have seen this coming for years.").speaker());
        assertEquals("Peter Hollis", Q.exactly(qs, "The numbers were never there.").speaker());
    }

    @Test
    void aPassiveOrAnotherVerbLeavesTheSubjectSpeaking() {
        List<Quote> qs = Q.in("Mayor Ana Ruiz was surprised by Peter Hollis: \u201CI never expected it.\u201D "
                + "Governor Tom Brandt thanked Maria Duarte: \u201CShe did the work.\u201D");
        assertEquals("Ana Ruiz", Q.exactly(qs, "I never expected it.").speaker());
        assertEquals("Tom Brandt", Q.exactly(qs, "She did the work.").speaker());
    }
}
