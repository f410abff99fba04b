package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class KeynessTest {
    static final Corpus CORPUS = TermsTest.CORPUS;
    static final String SPUN = "004_3bf5beac004fddcf";

    static List<String> positive(Table key, int k) {
        Table pos = key.where(key.stringColumn("direction").isEqualTo("positive"));
        return pos.stringColumn("term").asList().subList(0, Math.min(k, pos.rowCount()));
    }

    @Test
    void spunArticleAgainstTheRestSurfacesItsSpinnersVocabulary() {
        // The spinner replaced "said" with "mentioned" and "war" with "struggle" throughout; nothing here
        // names those words to the analysis: they must come out of the counts.
        Table key = Keyness.of(CORPUS, List.of(SPUN));
        List<String> top = positive(key, 5);
        assertTrue(top.containsAll(List.of("mentioned", "struggle")), top.toString());
        // and the words it replaced are its strongest negative keywords
        Table neg = key.where(key.stringColumn("direction").isEqualTo("negative"));
        assertTrue(neg.stringColumn("term").asList().subList(0, 2).containsAll(List.of("said", "war")),
                neg.first(5).print());
    }

    @Test
    void g2OfOneKeywordMatchesAnIndependentComputation() {
        Table key = Keyness.of(CORPUS, List.of(SPUN));
        int row = key.stringColumn("term").indexOf("mentioned");
        long a = key.longColumn("target_count").get(row);
        long b = key.longColumn("reference_count").get(row);
        // the side totals, from the frequency tables of each side
        long c = (long) Terms.frequencies(CORPUS.select(SPUN)).longColumn("count").sum();
        long d = (long) Terms.frequencies(CORPUS.select("000_fe30a10617dd1251", "001_c4a1383d33ff9dde",
                "002_a280059d1002da3e", "003_071642cdc0bd1cb9")).longColumn("count").sum();
        assertEquals(13, a);
        assertEquals(0, b);
        // Rayson & Garside's layout of Dunning's statistic, over all four cells
        double n = c + d;
        double e1 = c * (a + b) / n;
        double e2 = d * (a + b) / n;
        double e3 = c * (n - a - b) / n;
        double e4 = d * (n - a - b) / n;
        double g2 = 2 * (a * Math.log(a / e1) + (c - a) * Math.log((c - a) / e3) + (d - b) * Math.log((d - b) / e4));
        // (b == 0 contributes nothing)
        assertTrue(e2 > 0);
        assertEquals(g2, key.doubleColumn("g2").get(row), 1e-9);
        assertEquals(Math.log((a / (double) c) / (0.5 / d)) / Math.log(2), key.doubleColumn("log_ratio").get(row), 1e-9);
        assertTrue(key.doubleColumn("p_value").get(row) < 1e-6);
    }

    @Test
    void chiSquarePValueOfTheFamousCriticalValues() {
        assertEquals(0.05, LogLikelihood.pValue(3.841459), 1e-6);
        assertEquals(0.01, LogLikelihood.pValue(6.634897), 1e-6);
        assertEquals(1.0, LogLikelihood.pValue(0), 0);
    }

    @Test
    void explicitReferenceAndBadIdsAreHandled() {
        Table key = Keyness.of(CORPUS, List.of(SPUN), List.of("003_071642cdc0bd1cb9"), TermOptions.defaults());
        assertEquals(List.of("term", "target_count", "reference_count", "target_per_10k", "reference_per_10k", "g2",
                "p_value", "log_ratio", "direction"), key.columnNames());
        assertThrows(BylineException.class, () -> Keyness.of(CORPUS, List.of("nope")));
        assertThrows(BylineException.class, () -> Keyness.of(CORPUS, List.of(SPUN), List.of(SPUN), TermOptions.defaults()));
    }
}
