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

    @Test
    void theReaderTakesWordsPairsTriplesAndValuesAsTheTextGivesThem() throws Exception {
        // A model written for this test: no newline after the last line, values with 0, 1 and 2 decimals, a comment.
        String model = "# a comment\n</s>\t-1\t0\n<s>\t-99\t-1.3\nthe\t-1.25\t-0.5\ncat\t-3\t-0.25\nsat\t-2.5\n"
                + "the cat\t-0.75\t-0.1\ncat sat\t-0.6\nthe cat sat\t-0.05";
        EnglishLm lm = new EnglishLm(new java.io.ByteArrayInputStream(model.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        double ln10 = Math.log(10);
        assertEquals(-0.05 * ln10, lm.window(keys("the cat sat"), 2, 1, 0), 1e-6, "the triple");
        assertEquals(-0.6 * ln10, lm.window(keys("dog cat sat"), 2, 1, 0), 1e-6, "the pair: 'dog' is unknown, no history");
        assertEquals((-0.5 - 2.5) * ln10, lm.window(keys("the the sat"), 2, 1, 0), 1e-6, "back-off of 'the' to the word");
        assertEquals((-0.1 - 0.25 - 1.25) * ln10, lm.window(keys("the cat the"), 2, 1, 0), 1e-6, "back-off of the pair, then of 'cat'");
        assertTrue(lm.knows("sat"));
        assertFalse(lm.knows("a"));
    }

    @Test
    void aWordsContextGainIsHighWhereAWriterPutsItAndLowWhereAThesaurusDoes() {
        // Written for this test: "took a deep breath" is a collocation; "took a deep intake" and "a deep respiration" are
        // not, although each word is English. The gain weighs the word against its own frequency, so a rare word is
        // not low for being rare.
        double breath = LM.contextGain(keys("<s> he took a deep breath and then he spoke"), 5, 2);
        double intake = LM.contextGain(keys("<s> he took a deep intake and then he spoke"), 5, 2);
        double respiration = LM.contextGain(keys("<s> he took a deep respiration and then he spoke"), 5, 2);
        assertTrue(breath > intake + 2, breath + " vs " + intake);
        assertTrue(breath > respiration + 2, breath + " vs " + respiration);
        assertTrue(LM.unigramLog10("breath") > LM.unigramLog10("respiration"));
        assertEquals(EnglishLm.UNKNOWN, LM.unigramLog10("aggroup"), 1e-9);
    }
}
