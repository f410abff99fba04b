package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Span F1 and speaker accuracy against a hand-labelled gold set: every pair of quotation marks in
 * the five corpus articles, plus the reported speech a careful reader finds, each with its kind and
 * speaker (src/test/resources/dev/byline/quotes/gold.json, labelled by reading the articles).
 *
 * <p>Thresholds: the best published news quote extractors report about 84% span F1 and 87%
 * speaker accuracy (the Gender Gap Tracker's evaluation on 98 news articles; BBC Citron 83% overlap
 * F1). The issue asks to be clearly better, so this fails under 90% span F1 and 92% speaker
 * accuracy. These are development-set figures (the rules were written while reading these five
 * articles); {@link HeldOutSetTest} measures on text the rules were not written against.
 */
class GoldSetTest {
    static GoldEvaluation eval;

    @BeforeAll
    static void load() throws Exception {
        eval = new GoldEvaluation(Path.of("..", "corpus"), "gold.json");
    }

    @Test
    void allQuotationsBeatThePublishedBaselines() {
        double[] r = eval.report("quotes gold");
        assertTrue(r[0] >= 0.90, () -> "span F1 " + r[0]);
        assertTrue(r[1] >= 0.92, () -> "speaker accuracy " + r[1]);
    }

    @Test
    void directQuotationsMatchExactly() {
        double[] r = eval.slice("quotes gold", false, 1.0);
        assertTrue(r[0] >= 0.95, () -> "direct span F1 " + r[0]);
        assertTrue(r[1] >= 0.95, () -> "direct speaker accuracy " + r[1]);
    }

    @Test
    void indirectSpeechIsFound() {
        double[] r = eval.slice("quotes gold", true, 0.5);
        assertTrue(r[0] >= 0.85, () -> "indirect span F1 " + r[0]);
    }
}
