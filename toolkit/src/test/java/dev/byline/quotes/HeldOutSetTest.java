package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same measures on a held-out set: four short wire-style articles (British single quotes, US
 * straight quotes with a multi-paragraph quotation, guillemets, nested quotes) written and labelled
 * before the rules were run on them (src/test/resources/dev/byline/quotes/heldout/ and
 * heldout-gold.json). Fails under the published baselines it must beat: 84% span F1, 87% speaker
 * accuracy.
 */
class HeldOutSetTest {
    static GoldEvaluation eval;
    static GoldEvaluation second;
    static GoldEvaluation third;

    @BeforeAll
    static void load() throws Exception {
        Path base = Path.of("src", "test", "resources", "dev", "byline", "quotes");
        eval = new GoldEvaluation(base.resolve("heldout"), "heldout-gold.json");
        second = new GoldEvaluation(base.resolve("heldout2"), "heldout2-gold.json");
        third = new GoldEvaluation(base.resolve("heldout3"), "heldout3-gold.json");
    }

    @Test
    void heldOutQuotationsBeatThePublishedBaselines() {
        double[] r = eval.report("quotes held-out");
        eval.slice("quotes held-out", false, 1.0);
        eval.slice("quotes held-out", true, 0.5);
        assertTrue(r[0] >= 0.84, () -> "span F1 " + r[0]);
        assertTrue(r[1] >= 0.87, () -> "speaker accuracy " + r[1]);
    }

    @Test
    void secondHeldOutBatchBeatsThePublishedBaselines() {
        double[] r = second.report("quotes held-out 2");
        second.slice("quotes held-out 2", false, 1.0);
        second.slice("quotes held-out 2", true, 0.5);
        assertTrue(r[0] >= 0.84, () -> "span F1 " + r[0]);
        assertTrue(r[1] >= 0.87, () -> "speaker accuracy " + r[1]);
    }

    @Test
    void thirdHeldOutBatchBeatsThePublishedBaselines() {
        double[] r = third.report("quotes held-out 3");
        third.slice("quotes held-out 3", false, 1.0);
        third.slice("quotes held-out 3", true, 0.5);
        assertTrue(r[0] >= 0.84, () -> "span F1 " + r[0]);
        assertTrue(r[1] >= 0.87, () -> "speaker accuracy " + r[1]);
    }
}
