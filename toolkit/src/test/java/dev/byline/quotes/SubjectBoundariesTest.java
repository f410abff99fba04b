package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the speaker's phrase before a cue begins and ends: an adverb between the name and the verb is not part of
 * the name, and a clause-joining preposition before the name is not part of it either. Shapes found on PolNeAR's
 * train split (dev part, seventh pass); every sentence is written for this test, no article text is copied.
 */
class SubjectBoundariesTest {
    @Test
    void howeverBetweenTheNameAndTheCueIsNotPartOfTheSpeaker() {
        List<Quote> qs = Q.in("Defence Minister Ruth Okafor spoke on Friday. Okafor however said she would welcome a "
                + "“fair and open process” for the port talks.");
        assertEquals("Ruth Okafor", Q.exactly(qs, "fair and open process").speaker());
    }

    @Test
    void firstBetweenTheNameAndTheCueIsNotPartOfTheSpeaker() {
        List<Quote> qs = Q.in("Tomas Rieger first told the paper that the budget was “a fiction.”");
        assertEquals("Tomas Rieger", Q.exactly(qs, "a fiction.").speaker());
        assertEquals("Tomas Rieger", Q.exactly(qs, "a fiction.").speakerMention().text());
    }

    @Test
    void aNameAfterATimePrepositionStartsTheSpeakingClause() {
        List<Quote> qs = Q.in("Dock workers were furious after Ortiz said, “The owners are greedy landlords.” "
                + "They were calmer before Mayor Ana Ruiz told them the port had “heard every word.”");
        assertEquals("Ortiz", Q.exactly(qs, "The owners are greedy landlords.").speakerMention().text());
        assertEquals("Ana Ruiz", Q.exactly(qs, "heard every word.").speaker());
    }

    @Test
    void aSpokesmanForANamedBodyStaysOnePhrase() {
        List<Quote> qs = Q.in("“The vote is final,” a spokesman for Northwind Shipping said.");
        assertEquals("a spokesman for Northwind Shipping", Q.exactly(qs, "The vote is final,").speaker());
    }
}
