package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.Document;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ConcordanceTest {
    static final Corpus CORPUS = TermsTest.CORPUS;

    @Test
    void everyRosinIsFoundWithOffsetsIntoTheRawTextInDocumentThenPositionOrder() {
        Table kwic = Concordance.of(CORPUS, "rosin", 30);
        assertEquals(19, kwic.rowCount());   // 9 in the AP story, 10 in its rewrite
        String previous = "";
        int previousStart = -1;
        for (int r = 0; r < kwic.rowCount(); r++) {
            Document d = CORPUS.get(kwic.stringColumn("doc").get(r));
            int start = kwic.intColumn("start").get(r);
            int end = kwic.intColumn("end").get(r);
            assertEquals("Rosin", d.raw().substring(start, end));
            assertEquals(kwic.stringColumn("match").get(r), d.raw().substring(start, end));
            assertEquals(d.raw().substring(Math.max(0, start - 30), start).replace('\n', ' '), kwic.stringColumn("left").get(r));
            assertTrue(kwic.stringColumn("right").get(r).length() <= 30);
            String doc = d.id();
            assertTrue(doc.compareTo(previous) > 0 || (doc.equals(previous) && start > previousStart));
            previous = doc;
            previousStart = start;
        }
    }

    @Test
    void phraseMatchesWhateverTheApostropheAndCase() {
        Table kwic = Concordance.of(CORPUS, "ESTONIA'S FOREIGN INTELLIGENCE", 10);
        assertTrue(kwic.rowCount() >= 1);
        assertEquals("Estonia’s foreign intelligence", kwic.stringColumn("match").get(0));
    }

    @Test
    void regexSearchesBodyParagraphsOnly() {
        // "peace talks" is in three files, but in 002 only in the headline, which is not body text
        Table kwic = Concordance.regex(CORPUS, "(?i)peace talks?", 20);
        assertEquals(java.util.List.of("001_c4a1383d33ff9dde", "004_3bf5beac004fddcf"), kwic.stringColumn("doc").asList());
        assertEquals(java.util.List.of("peace talks", "peace talks"), kwic.stringColumn("match").asList());
        assertThrows(BylineException.class, () -> Concordance.regex(CORPUS, "(", 20));
        assertThrows(BylineException.class, () -> Concordance.of(CORPUS, "  ", 20));
    }
}
