package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cue that introduces a quotation directly ("Lind tweeted, “…”") is its own, though a stronger cue opens the next
 * sentence's first words ("This sort of remark, the board claimed, …"): that sentence reports something else (the
 * shape counted on the dev part of PolNeAR's train split). Every sentence is written for this test; no article text
 * is copied.
 */
class CueBeforeQuotationTest {
    @Test
    void theCueRightBeforeTheMarksBeatsOneInTheNextSentence() {
        List<Quote> qs = Q.in("Port vote. On Monday, Lind tweeted, \u201CThe board voted again. The harbour weeps.\u201D "
                + "This sort of remark, the board claimed, breaks its rules.");
        assertEquals("Lind", Q.exactly(qs, "The board voted again. The harbour weeps.").speaker());
    }

    @Test
    void eachQuotationKeepsItsOwnCue() {
        // guard: passes before and after
        List<Quote> qs = Q.in("Port vote. Ida Vos told the crowd, \u201CWe won the vote.\u201D \u201CIt was close,\u201D "
                + "Mayor Ruiz said.");
        assertEquals("Ida Vos", Q.exactly(qs, "We won the vote.").speaker());
        assertEquals("Ruiz", Q.exactly(qs, "It was close,").speaker());
    }
}
