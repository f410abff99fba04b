package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MobyRareWordsTest {
    @Test
    void aWordTheNewsCountsHardlyKnowGetsTheCommonWordsMobyLinksToIt() {
        // "appositely" is in Moby's lists (under "relatively", "comparatively") but too rare in news for the pruned lists.
        assertTrue(MobyThesaurus.builtIn().originals("appositely").isEmpty(), "the pruned lists do not know it");
        Map<String, Integer> o = MobyRareWords.builtIn().originals("appositely");
        assertTrue(o.containsKey("relatively"), o.toString());
        assertFalse(o.containsKey("appositely"), "never the word itself");
        o.values().forEach(size -> assertTrue(size >= 1, o.toString()));
        // inflected as the word seen, as a naive spinner glues a suffix on: "cheaters" for "crooks"
        assertTrue(MobyRareWords.builtIn().originals("cheaters").containsKey("crooks"),
                MobyRareWords.builtIn().originals("cheaters").toString());
        assertTrue(MobyRareWords.builtIn().originals("budget").isEmpty(), "a word the counts know has none here");
    }

    @Test
    void aRareReplacementIsListedWithItsOriginal() {
        // Written for this test: a council story in which a spinner put "appositely" for "relatively".
        Document doc = Document.of("t", "The council said on Tuesday that the cost of the new bridge was appositely small. "
                + "The mayor said the city would pay for the work from its reserves, and the bridge should open next spring. "
                + "Residents who spoke at the meeting said they had waited years for a safer crossing over the river.");
        List<SpinPhrase> listed = SpinDetector.defaults().allPhrases().listedAnyway(doc);
        Map<String, String> byPhrase = listed.stream().collect(Collectors.toMap(SpinPhrase::text, SpinPhrase::likelyOriginal, (a, b) -> a));
        assertTrue("relatively".equals(byPhrase.get("appositely")), byPhrase.toString());
        SpinPhrase p = listed.stream().filter(x -> x.text().equals("appositely")).findFirst().orElseThrow();
        assertTrue(p.thesaurus().equals(SpinDetector.MOBY_RARE), p.toString());
    }
}
