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
    void theShippedModelHasAWeightForEveryInputInOrder() {
        // builtIn refuses a weights file whose inputs differ from the features' in name or order.
        SpinEvidenceModel m = SpinEvidenceModel.builtIn(SpinEvidence.FEATURES);
        double[] none = new double[SpinEvidence.FEATURES.size()];
        assertTrue(Double.isFinite(m.logRatio(none)));
        assertTrue(SpinEvidenceModel.inputs(SpinEvidence.FEATURES).contains("log_freq_0*margin_rare_0"));
    }

    @Test
    void aWeightsFileForOtherFeaturesIsRefusedWithItsFirstWrongInput() {
        String file = "base_log_odds\t-0.3\nintercept\t-1\nmargin_rare_0\t0.1\nsomething_else\t0.2\n";
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> SpinEvidenceModel.read(new java.io.BufferedReader(new java.io.StringReader(file)), SpinEvidence.FEATURES));
        assertTrue(e.getMessage().contains("input 2 is 'something_else'"), e.getMessage());
    }
}
