package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "She’s told reporters that …": the clitic ’s after a personal subject and before a cue's past form is "has", so
 * the cue is active and its subject speaks. Shape from PolNeAR's train split (dev part, twenty-first pass); every
 * sentence is written for this test, no article text is copied.
 */
class PerfectCliticsTest {
    @Test
    void aPerfectCueAfterAPronounIsActive() {
        List<Quote> qs = Q.in("Mayor Ana Ruiz spoke on Friday. She\u2019s told reporters that the budget is \u201Ca total "
                + "mess.\u201D");
        assertEquals("Ana Ruiz", Q.exactly(qs, "a total mess.").speaker());
    }

    @Test
    void aPerfectCueIsNotReadAsInverted() {
        List<Quote> qs = Q.in("Mayor Ana Ruiz ran again. Ever since she announced her run last year, she\u2019s said the "
                + "same thing at every stop: \u201CIt is about the port.\u201D");
        assertEquals("Ana Ruiz", Q.exactly(qs, "It is about the port.").speaker());
        assertEquals("said", Q.exactly(qs, "It is about the port.").verb());
    }

    @Test
    void thePassiveReadingsStay() {
        List<Quote> qs = Q.in("Mayor Ana Ruiz spoke on Friday. She\u2019s said to regard the levy as \u201Ca total "
                + "mess.\u201D");
        assertNull(Q.exactly(qs, "a total mess.").verb());
        List<Quote> q2 = Q.in("Mayor Ana Ruiz spoke on Friday. She\u2019s told that the levy is \u201Cthe law.\u201D");
        assertNull(Q.exactly(q2, "the law.").verb());
    }
}
