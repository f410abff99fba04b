package dev.byline.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An excerpt's cut ({@link ExcerptCards#cutOff}) is read from the end of a card's text only. */
class ExcerptCardsTest {
    @Test
    void everyFormOfTheCutIsFound() {
        for (String cut : new String[] {"...", " ...", "…", " …", "[…]", " […]", "[...]", " [...]", "(…)", " (...)"}) {
            assertTrue(ExcerptCards.cutOff("The council will decide on the roof of the old market hall" + cut), cut);
            assertTrue(ExcerptCards.cutOff("Night buses return to the coast road in June, and" + cut + " \n"), cut);
        }
        assertTrue(ExcerptCards.cutOff("Der Rat entscheidet über das Dach der Markthalle 2026;…"));
        assertTrue(ExcerptCards.cutOff("A word in a script beyond the first plane: \uD801\uDC00 [...]"));
    }

    @Test
    void textThatEndsOtherwiseIsNoCut() {
        for (String text : new String[] {"", "   ", "...", "…", "The roof is finished.", "It is (finished)",
            "See [1]", "Wait. ...", "The end -...", "The roof is finished...\u00a0more", "quoted \"...\""}) {
            assertFalse(ExcerptCards.cutOff(text), text);
        }
    }
}
