package dev.byline.bench.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpeakerKeyTest {
    @Test
    void aRelativePronounSourceStandsForThePhraseBeforeIt() {
        String t = "It drew a reply from Governor Ruth Amari, who called the plan “a disgrace.”";
        int who = t.indexOf("who");
        assertEquals("It drew a reply from Governor Ruth Amari", SpeakerKey.antecedentOfRelative(t, who, who + 3));
        assertEquals("amari", SpeakerKey.of(SpeakerKey.antecedentOfRelative(t, who, who + 3)));
    }

    @Test
    void anyOtherSourceIsKeptAsAnnotated() {
        String t = "“No,” said Ruth Amari.";
        int s = t.indexOf("Ruth");
        assertEquals("Ruth Amari", SpeakerKey.antecedentOfRelative(t, s, s + 10));
    }

    @Test
    void theKeyIsTheLastWordBeforeAnAppositionOrRelativeClause() {
        assertEquals("graham", SpeakerKey.of("presidential candidate Sen. Lindsey Graham (R-SC)"));
        assertEquals("official", SpeakerKey.of("a senior official, who asked not to be named"));
    }
}
