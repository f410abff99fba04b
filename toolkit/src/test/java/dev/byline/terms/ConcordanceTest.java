package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadOptions;
import dev.byline.text.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void regexSearchesTheHeadlineAndBodyParagraphsAndOnlyTheBodyOnRequest() {
        // "peace talks" is in three files, but in 002 only in the headline
        Table kwic = Concordance.regex(CORPUS, "(?i)peace talks?", 20);
        assertEquals(java.util.List.of("001_c4a1383d33ff9dde", "002_a280059d1002da3e", "004_3bf5beac004fddcf"),
                kwic.stringColumn("doc").asList());
        assertEquals(java.util.List.of("body", "title", "body"), kwic.stringColumn("part").asList());
        assertEquals(java.util.List.of("peace talks", "peace talks", "peace talks"), kwic.stringColumn("match").asList());
        String headline = CORPUS.get("002_a280059d1002da3e").headline().orElseThrow().raw();
        assertEquals("peace talks", headline.substring(kwic.intColumn("start").get(1), kwic.intColumn("end").get(1)));
        Table body = Concordance.regex(CORPUS, "(?i)peace talks?", 20, dev.byline.text.Parts.BODY);
        assertEquals(java.util.List.of("001_c4a1383d33ff9dde", "004_3bf5beac004fddcf"), body.stringColumn("doc").asList());
        assertThrows(BylineException.class, () -> Concordance.regex(CORPUS, "(", 20));
        assertThrows(BylineException.class, () -> Concordance.of(CORPUS, "  ", 20));
    }

    @TempDir
    Path dir;

    @Test
    void aPhraseNeverMatchesAcrossAParagraphBreak() throws IOException {
        String text = "Envoys spoke of peace\n\nTalks again began, and peace talks went on.\nThey spoke of peace\ntalks too.";
        Files.writeString(dir.resolve("d.txt"), text);
        Table loaded = Concordance.of(Corpus.of(Document.of("d", text)), "peace talks", 5);
        dev.byline.corpus.TrickyCorpus.assertSameTable(loaded, Concordance.of(DocumentStream.of(LoadOptions.defaults(), dir), "peace talks", 5));
        // every line is a paragraph here (LayoutDetector): only the second paragraph's "peace talks", as a pattern finds
        assertEquals(List.of(text.indexOf("peace talks")), loaded.intColumn("start").asList());
        assertEquals(loaded.intColumn("start").asList(),
                Concordance.regex(Corpus.of(Document.of("d", text)), "(?i)peace\\s+talks", 5).intColumn("start").asList());
    }

    /**
     * java.util.regex recurses once per repetition of (\\w|\\s), so on a long paragraph the pattern overflows the
     * stack: a one-line error naming the document, from both paths, while [\\w\\s]* (a loop) finds the match.
     */
    @Test
    void aPatternThatOverflowsTheStackIsReportedAsAProblemWithThePattern() throws IOException {
        String text = "Short one ends here.\n\n" + "word ".repeat(40_000) + "end.";
        Files.writeString(dir.resolve("long.txt"), text);
        Files.writeString(dir.resolve("short.txt"), "It did not end.");
        Corpus corpus = Corpus.of(Document.of("long", text), Document.of("short", "It did not end."));
        String loaded = assertThrows(BylineException.class, () -> Concordance.regex(corpus, "(\\w|\\s)*end", 10)).getMessage();
        assertEquals("the regular expression overflowed the stack in long; simplify it (e.g. [\\w\\s]* instead of (\\w|\\s)*)",
                loaded);
        assertEquals(loaded, assertThrows(BylineException.class,
                () -> Concordance.regex(DocumentStream.of(LoadOptions.defaults(), dir), "(\\w|\\s)*end", 10)).getMessage());
        Table simpler = Concordance.regex(corpus, "[\\w\\s]*end", 10);
        dev.byline.corpus.TrickyCorpus.assertSameTable(simpler, Concordance.regex(DocumentStream.of(LoadOptions.defaults(), dir), "[\\w\\s]*end", 10));
        assertEquals(List.of("long", "long", "short"), simpler.stringColumn("doc").asList());
    }
}
