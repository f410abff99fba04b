package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MobyThesaurusTest {
    private static List<String> originals(String seen) {
        return MobyThesaurus.builtIn().originals(seen).stream().map(MobyThesaurus.Original::word).toList();
    }

    @Test
    void aWordSwappedFromMobysListLeadsBackToItsHeadInflectedAsSeen() {
        // Moby lists "proclaim" under "announce": a spinner that wrote "proclaimed" (or, gluing the
        // suffix on naively, "proclaimd") for "announced" is traced back to "announced".
        assertTrue(originals("proclaimed").contains("announced"), originals("proclaimed").toString());
        assertTrue(originals("proclaimd").contains("announced"), originals("proclaimd").toString());
        assertTrue(originals("proclaim").contains("announce"));
        assertFalse(originals("proclaimed").contains("proclaimed"), "never the word itself");
    }

    @Test
    void aWordMobyDoesNotKnowHasNoOriginals() {
        assertEquals(List.of(), originals("qzxv"));
        assertEquals(1, MobyThesaurus.builtIn().size("qzxv"));
        assertTrue(MobyThesaurus.builtIn().size("announce") > 20, "Moby's lists are long");
    }

    @Test
    void originalsAreSpelledAsASpinnerGluesTheSuffixAndAsEnglishDoes() {
        assertEquals(List.of("carryed", "carried"), MobyThesaurus.inflected("carry", "ed"));
        assertEquals(List.of("makeing", "making"), MobyThesaurus.inflected("make", "ing"));
        assertEquals(List.of("announced"), MobyThesaurus.inflected("announce", "d"));
        assertEquals(List.of("boxs", "boxes"), MobyThesaurus.inflected("box", "s"));
        assertEquals(List.of("word"), MobyThesaurus.inflected("word", ""));
    }
}
