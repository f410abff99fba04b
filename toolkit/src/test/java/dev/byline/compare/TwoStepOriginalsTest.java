package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TwoStepOriginalsTest {
    private static Set<String> oneStep(String seen) {
        return MobyThesaurus.builtIn().originals(seen).stream().map(MobyThesaurus.Original::word).collect(Collectors.toSet());
    }

    @Test
    void anOriginalMobyDoesNotLinkToTheWordSeenIsFoundThroughTheListsBoth() {
        // A thesaurus that lists "civility" for "peace" (Moby links them in neither direction) spins "peace talks"
        // into "civility talks"; both words share lists ("harmony", "concord", …), so "peace" is two steps away.
        Map<String, Double> two = TwoStepOriginals.builtIn().originals("civility");
        assertFalse(oneStep("civility").contains("peace"), "not one step away");
        assertTrue(two.containsKey("peace"), two.keySet().toString());
        for (String w : two.keySet()) {
            assertFalse(oneStep("civility").contains(w), w + " is one step away");
            assertFalse(Words.isStopWord(w), w);
        }
        assertFalse(two.containsKey("civility"), "never the word itself");
    }

    @Test
    void originalsAreInflectedAsTheWordSeenAndRankedByChannelWeight() {
        Map<String, Double> two = TwoStepOriginals.builtIn().originals("civilities");
        assertTrue(two.containsKey("peaces") || two.containsKey("peace"), two.keySet().toString());
        List<Double> weights = List.copyOf(TwoStepOriginals.builtIn().originals("civility").values());
        for (int k = 1; k < weights.size(); k++) {
            assertTrue(weights.get(k - 1) >= weights.get(k), "highest weight first");
        }
        assertTrue(weights.size() <= TwoStepOriginals.KEEP);
    }

    @Test
    void aWordMobyDoesNotKnowHasNoTwoStepOriginalsAndAnswersAreTheSameEveryTime() {
        assertEquals(Map.of(), TwoStepOriginals.builtIn().originals("qzxv"));
        TwoStepOriginals fresh = new TwoStepOriginals(MobyThesaurus.builtIn(), TwoStepOriginals.KEEP);
        assertEquals(List.copyOf(TwoStepOriginals.builtIn().originals("civility").entrySet()),
                List.copyOf(fresh.originals("civility").entrySet()));
    }
}
