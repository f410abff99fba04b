package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A description whose head is followed by an adjective and its complement ("pilots familiar with the harbour", "a
 * person close to the mayor") keeps the complement: the speaker is never "several veteran pilots familiar" (sixteenth
 * pass). Every sentence is written for this test.
 */
class PostposedPhrasesTest {
    @Test
    void familiarWithKeepsItsObject() {
        List<Quote> qs = Q.in("The ferry ran aground on Sunday.\n\nSeveral veteran pilots familiar with the harbour said "
                + "the channel had silted up. \u201CEvery captain knew it,\u201D one of them added.");
        assertEquals("Several veteran pilots familiar with the harbour",
                Q.containing(qs, QuoteKind.INDIRECT, "channel had silted").speaker());
    }

    @Test
    void closeToKeepsItsObjectBeforeTheCue() {
        List<Quote> qs = Q.in("The mayor has not decided.\n\n\u201CShe is leaning towards running again,\u201D a person "
                + "close to the mayor told reporters.");
        assertEquals("a person close to the mayor", Q.exactly(qs, "She is leaning towards running again,").speaker());
    }

    @Test
    void involvedInStopsAtTheRelativeClause() {
        List<Quote> qs = Q.in("Talks on the port resumed in Drummond.\n\nOfficials involved in the talks, who asked not to be "
                + "named, said a deal was \u201Cwithin reach.\u201D");
        // guard: passes before too (the relative clause already ends the description)
        assertEquals("Officials involved in the talks", Q.containing(qs, QuoteKind.PARTIAL, "within reach").speaker());
    }
}
