package dev.byline.bench.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Own sentences in the shapes of the dev misses the old antecedent walk counted against a right speaker. */
class RelativeAntecedentTest {
    private static String antecedent(String t) {
        int who = t.indexOf(" who ") + 1;
        return RelativeAntecedent.of(t, who, who + 3);
    }

    @Test
    void aNamesAbbreviationIsNoSentenceEnd() {
        String a = antecedent("The remark drew a sharp reply from Walter Brandt Jr., who called it “a cheap shot.”");
        assertEquals("Walter Brandt Jr.", a);
        assertTrue(SpeakerKey.all(a).contains("brandt") || SpeakerKey.all(a).contains("jr"));
    }

    @Test
    void aDescriptionInAppositionKeepsTheNameBeforeIt() {
        String a = antecedent("“It is too early,” said Mara Lindqvist, a county organiser and a former teacher who "
                + "called the plan “a fair start.”");
        assertEquals("Mara Lindqvist, a county organiser and a former teacher", a);
        assertTrue(SpeakerKey.all(a).contains("lindqvist"));
        assertTrue(SpeakerKey.all(a).contains("teacher"));
    }

    @Test
    void theObjectOfFromIsTheOneWhoSpoke() {
        String a = antecedent("At the summit, the minister sat through a lecture from the visiting president, who "
                + "said the treaty had been “good for both sides.”");
        assertEquals("the visiting president", a);
        assertEquals("president", SpeakerKey.of(a));
    }

    @Test
    void aPostposedComplementIsNotCut() {
        String a = antecedent("One aide familiar with the discussion, who asked not to be named, said it was “over.”");
        assertEquals("One aide familiar with the discussion", a);
        assertEquals("aide", SpeakerKey.of(a));
    }

    @Test
    void anInitialInsideTheNameIsKept() {
        assertEquals("Ruth J. Amari", antecedent("It drew a reply from Ruth J. Amari, who called the plan “a disgrace.”"));
    }

    @Test
    void aCueWordAnnotatedAsTheSourceNamesNoOne() {
        assertTrue(SpeakerKey.isCueWord("said"));
        assertTrue(SpeakerKey.isCueWord("According to"));
        assertFalse(SpeakerKey.isCueWord("Mara Lindqvist"));
    }
}
