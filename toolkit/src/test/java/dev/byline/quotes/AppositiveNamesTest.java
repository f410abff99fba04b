package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A description set off right after the name opening its sentence is that person (nineteenth pass). Every sentence
 * is written for this test.
 */
class AppositiveNamesTest {
    @Test
    void anIndefiniteDescriptionAfterTheOpeningNameIsThatPerson() {
        // fails before: the speaker was "a Nordland native", as written
        List<Quote> qs = Q.in("Data firm grows.\n\nHalvorsen, a Nordland native who writes verse on the side (his "
                + "book of verse includes one on a race \u201Cwhere the last boat wins\u201D), has cast himself as a numbers man.");
        assertEquals("Halvorsen", Q.containing(qs, QuoteKind.PARTIAL, "last boat wins").speaker());
    }

    @Test
    void aDescriptionAfterANameInsideAPhraseIsSomeoneElse() {
        // guard: "In downtown Tromsø, a crowd …": the crowd, not the town
        List<Quote> qs = Q.in("Rally held.\n\nIn downtown Tromsø, a crowd chanted "
                + "\u201Cwe are one town\u201D for an hour.");
        assertEquals("a crowd", Q.containing(qs, QuoteKind.PARTIAL, "one town").speaker());
    }

    @Test
    void aDescriptionBeforeItsOwnCueSpeaksForItself() {
        // guard: "Lind, a top aide said, is …": the aide speaks
        List<Quote> qs = Q.in("Vote near.\n\nLind, a top aide said, is \u201Cvery sure of the numbers\u201D this week.");
        assertEquals("a top aide", Q.containing(qs, QuoteKind.PARTIAL, "sure of the numbers").speaker());
    }
    @Test
    void aNameSetOffAfterADescriptionAtItsCueIsThatPerson() {
        // fails before: the speaker was "the yard's chief engineer", as written
        List<Quote> qs = Q.in("Yard keeps its staff.\n\nThe yard will not cut jobs this winter, said the yard's chief "
                + "engineer, Ivo Lindqvist. \u201CWe have orders until the spring,\u201D he added.");
        assertEquals("Ivo Lindqvist", Q.exactly(qs, "We have orders until the spring,").speaker());
    }

    @Test
    void aDaySetOffAfterADescriptionIsNoName() {
        // guard: "said the harbour official, Tuesday." names no one
        List<Quote> qs = Q.in("Yard keeps its staff.\n\n\u201CThe yard will not cut jobs,\u201D said the harbour "
                + "official, Tuesday.");
        assertEquals("the harbour official", Q.exactly(qs, "The yard will not cut jobs,").speaker());
    }
}
