package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpinEvidenceTest {
    private static double ratioOf(String text, String word) {
        Document d = Document.of("t", text);
        List<SpinEvidence.Word> ws = SpinEvidence.defaults().of(d);
        for (SpinEvidence.Word w : ws) {
            assertEquals(w.key(), d.raw().substring(w.start(), w.end()).toLowerCase(java.util.Locale.ROOT));
        }
        return ws.stream().filter(w -> w.key().equals(word)).findFirst().orElseThrow().logRatio();
    }

    @Test
    void aThesaurusSwapCarriesMoreEvidenceOfSpinThanTheWordItReplaced() {
        String plain = "The company said on Tuesday that its profits rose sharply in the third quarter.";
        String spun = "The company aforesaid on Tuesday that its profits rose sharply in the third quarter.";
        double said = ratioOf(plain, "said");
        double aforesaid = ratioOf(spun, "aforesaid");
        assertTrue(aforesaid > Math.log(5), "aforesaid " + aforesaid);
        assertTrue(said < 0, "said " + said);
    }

    @Test
    void everyFeatureHasAWeight() {
        assertEquals(SpinEvidence.FEATURES.size() + 1, SpinEvidence.WEIGHTS.length);
    }
}
