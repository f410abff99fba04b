package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb outside the cue lexicon's inversions, its subject after it, right after a quotation that opens the sentence
 * ({@link InvertedVerbs}; the shape counted on the dev part of PolNeAR's train split). Every sentence is written for
 * this test; no article text is copied.
 */
class InvertedVerbsTest {
    @Test
    void theDescriptionAfterTheVerbIsTheSource() {
        List<Quote> qs = Q.in("The paper was scathing the next morning. \u201CSunk!\u201D blared the front page of the "
                + "Harbor Gazette.");
        assertEquals("the front page of the Harbor Gazette", Q.exactly(qs, "Sunk!").speaker());
    }

    @Test
    void oneAndAnotherStandAlone() {
        List<Quote> qs = Q.in("The crowd chanted for an hour. \u201CKeep the port public!\u201D read one. \u201CNo "
                + "sale!\u201D demanded another.");
        assertEquals("one", Q.exactly(qs, "Keep the port public!").speaker());
        assertEquals("another", Q.exactly(qs, "No sale!").speaker());
    }

    @Test
    void verbsOfBeingOrFollowingAreNoInversion() {
        // guards: these pass before and after
        List<Quote> qs = Q.in("Mayor Ruiz spoke first. \u201CBuild the dock,\u201D remains the slogan of her campaign.");
        assertNotEquals("the slogan of her campaign", Q.exactly(qs, "Build the dock,").speaker());
        List<Quote> q2 = Q.in("Mayor Ruiz spoke first. \u201CBuild the dock,\u201D followed a long silence.");
        assertNotEquals("a long silence", Q.exactly(q2, "Build the dock,").speaker());
    }
}
