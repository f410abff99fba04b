package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishLmTest {
    private static final EnglishLm LM = EnglishLm.builtIn();

    private static String[] keys(String text) {
        return text.split(" ");
    }

    @Test
    void knowsEverydayWordsAndNotASpinnersOddity() {
        assertTrue(LM.knows("said"));
        assertTrue(LM.knows("minister"));
        assertFalse(LM.knows("aggroup"));
    }

    @Test
    void theTwoWordsBeforeAWordDecideHowLikelyItIs() {
        String[] k = keys("<s> the prime minister said on monday");
        double minister = LM.window(k, 3, 1, new String[] {"minister"}, 0);
        double curate = LM.window(k, 3, 1, new String[] {"curate"}, 0);
        assertTrue(minister > curate + 5, minister + " vs " + curate);
        // The same word after a history that does not call for it.
        double afterRed = LM.window(keys("<s> the red minister said on monday"), 3, 1, 0);
        assertTrue(minister > afterRed + 2, minister + " vs " + afterRed);
    }

    @Test
    void theWindowCarriesOnToTheWordsAfterAndAnEdgeEndsIt() {
        String[] k = keys("<s> he took a deep breath <s> then he spoke");
        double breath = LM.window(k, 5, 1, new String[] {"breath"}, 2);
        double intake = LM.window(k, 5, 1, new String[] {"intake"}, 2);
        assertTrue(breath > intake + 3, breath + " vs " + intake);
        // The edge after "breath" ends the window: asking for more words after it changes nothing, and a word
        // before the edge is weighed with the end of its sentence.
        assertEquals(LM.window(k, 5, 1, 1), LM.window(k, 5, 1, 3), 1e-9);
        assertTrue(LM.window(k, 4, 1, 2) < LM.window(k, 4, 1, 1), "the end of the sentence has a probability below 1");
    }

    @Test
    void aWordTheModelDoesNotKnowGetsTheUnknownProbability() {
        double p = LM.window(keys("<s> the aggroup"), 2, 1, 0);
        assertEquals(EnglishLm.UNKNOWN * Math.log(10), p, 1e-9);
    }
}
