package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTfidfCommandTest {
    @Test
    void tfidfGivesOneRowPerDocumentAndTermWithUnitLengthRows() {
        var r = CorpusCommandTest.run("terms", CorpusCommandTest.corpus(), "--tfidf", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals("doc,term,count,tf_idf", lines.get(0));
        double sumSquares = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[0].equals("000_fe30a10617dd1251")) {
                double w = Double.parseDouble(f[3]);
                sumSquares += w * w;
            }
        }
        assertEquals(1.0, sumSquares, 1e-9, "each document's TF-IDF row is L2-normalised");
    }

    @Test
    void tfidfWithTopGivesEachDocumentsMostDistinctiveTerms() {
        var r = CorpusCommandTest.run("terms", CorpusCommandTest.corpus(), "--tfidf", "--top", "2", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("doc,rank,term,count,tf_idf", r.lines().get(0));
        assertEquals(1 + 5 * 2, r.lines().size());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("004_3bf5beac004fddcf,1,mentioned,")), r.out());
    }
}
