package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A connective or manner adverb opening a sentence ("Likewise, …", "Hastily blaming …, Ruiz …") is never a name, so
 * never the speaker (the shape counted on the dev part of PolNeAR's train split). Every sentence is written for this
 * test; no article text is copied.
 */
class OpeningAdverbsTest {
    @Test
    void aConnectiveBeforeTheSubjectIsNoSpeaker() {
        List<Quote> qs = Q.in("Port vote. Likewise, a study from the harbour institute had this to say about the levy: "
                + "\u201CFamilies at the top would gain twice as much.\u201D");
        assertEquals("a study from the harbour institute",
                Q.exactly(qs, "Families at the top would gain twice as much.").speaker());
    }

    @Test
    void anAdverbBeforeAnOpeningParticipleIsNoSpeaker() {
        List<Quote> qs = Q.in("Port vote. Hastily blaming the board for the vote, Ruiz cast the blame on her rivals and "
                + "stressed the danger that \u201Cport decline\u201D poses.");
        assertEquals("Ruiz", Q.exactly(qs, "port decline").speaker());
    }

    @Test
    void aSurnameEndingInLyStaysAName() {
        // guard: passes before and after
        List<Quote> qs = Q.in("Port vote. Connolly, the union head, said the vote was \u201Crigged.\u201D");
        assertEquals("Connolly", Q.exactly(qs, "rigged.").speaker());
    }
}
