package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CollocationsTest {
    @Test
    void collocatesAreCountedWithinTheWindowAndTheSentence() {
        // terms: [alpha beta gamma delta] [beta epsilon] [alpha zeta]
        Corpus c = Corpus.of(Document.of("d", "Alpha beta gamma delta. Beta epsilon. Alpha zeta."));
        Table t = Collocations.of(c, "alpha", 2, TermOptions.defaults());
        assertEquals(List.of("beta", "gamma", "zeta").stream().sorted().toList(),
                t.stringColumn("collocate").asList().stream().sorted().toList());
        int beta = t.stringColumn("collocate").indexOf("beta");
        assertEquals(1, t.longColumn("count").get(beta));
        assertEquals(0, t.longColumn("left").get(beta));
        assertEquals(2, t.longColumn("collocate_total").get(beta));
        assertEquals(2, t.longColumn("node_total").get(beta));
        // N = 8 terms, W = 3 window positions, f(beta) = 2, O = 1: pmi = log2(1 / (3 * 2 / 8))
        assertEquals(Math.log(1 / (3 * 2 / 8.0)) / Math.log(2), t.doubleColumn("pmi").get(beta), 1e-12);
        assertEquals(LogLikelihood.g2x2(1, 2, 1, 4), t.doubleColumn("log_likelihood").get(beta), 1e-12);
    }

    @Test
    void abuDhabiIsAStrongBigramCollocationOfTheCorpus() {
        Table t = Collocations.bigrams(TermsTest.CORPUS, TermOptions.defaults(), 3);
        assertEquals(List.of("w1", "w2", "count", "w1_count", "w2_count", "log_likelihood", "pmi"), t.columnNames());
        boolean found = false;
        for (int r = 0; r < Math.min(10, t.rowCount()); r++) {
            found |= t.stringColumn("w1").get(r).equals("abu") && t.stringColumn("w2").get(r).equals("dhabi");
        }
        assertTrue(found, t.first(10).print());
        for (int r = 1; r < t.rowCount(); r++) {
            assertTrue(t.doubleColumn("log_likelihood").get(r - 1) >= t.doubleColumn("log_likelihood").get(r));
        }
    }
}
