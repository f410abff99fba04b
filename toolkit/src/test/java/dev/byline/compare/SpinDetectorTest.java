package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SpinDetectorTest {
    @Test
    void onlyTheSpunArticleOfTheCorpusIsFlagged() {
        for (Document d : TestTexts.corpus()) {
            SpinReport r = SpinDetector.defaults().analyse(d);
            assertEquals(d.id().startsWith("004"), r.flagged(), d.id() + " score " + r.score());
        }
    }

    @Test
    void speechVerbSignalAloneFlagsTheSpunArticleAndNoOther() {
        for (Document d : TestTexts.corpus()) {
            SpinReport r = SpinDetector.withoutLexicon().analyse(d);
            assertEquals(d.id().startsWith("004"), r.flagged(), d.id() + " score " + r.score());
        }
    }

    @Test
    void flaggedPhrasesCarryOffsetsAndLikelyOriginals() {
        Document spun = TestTexts.doc("004");
        List<SpinPhrase> phrases = SpinDetector.defaults().analyse(spun).phrases();
        SpinPhrase ft = phrases.stream().filter(p -> p.text().equals("Monetary Occasions")).findFirst().orElseThrow();
        assertEquals("Financial Times", ft.likelyOriginal());
        assertEquals("Monetary Occasions", spun.raw().substring(ft.start(), ft.end()));
        assertTrue(phrases.stream().anyMatch(p -> p.text().equals("mentioned") && p.likelyOriginal().equals("said")));
        assertTrue(phrases.stream().anyMatch(p -> p.text().equals("Could 9") && p.likelyOriginal().equals("May 9")));
    }

    @Test
    void spunWireCopyIsFlaggedAndItsOriginalIsNot() {
        Document spun = Document.of("spun", TestTexts.resource("spin/rates-spun.txt"));
        Document original = Document.of("original", TestTexts.resource("spin/rates-original.txt"));
        SpinReport s = SpinDetector.defaults().analyse(spun);
        SpinReport o = SpinDetector.defaults().analyse(original);
        assertTrue(s.flagged(), "spun score " + s.score());
        assertFalse(o.flagged(), "original score " + o.score());
        assertEquals(0.0, o.score());
        assertTrue(s.phrases().stream().anyMatch(p -> p.text().equals("curiosity charges") && p.likelyOriginal().equals("interest rates")));
        assertTrue(s.phrases().stream().anyMatch(p -> p.text().equals("stated") && p.likelyOriginal().equals("said")));
    }

    @Test
    void aSingleMentionedInOrdinaryNewsIsNotFlagged() {
        Document d = Document.of("n", "The mayor said the bridge would reopen. \"It is safe,\" she said. "
                + "\"We checked every bolt,\" mentioned an engineer. Officials said traffic would resume on Monday. "
                + "\"Good news,\" a driver said.");
        SpinReport r = SpinDetector.defaults().analyse(d);
        assertFalse(r.flagged(), "score " + r.score());
        assertTrue(r.phrases().isEmpty());
    }

    @Test
    void tableHasOneRowPerPhraseAndOneForEachCleanDocument() {
        Table t = SpinDetector.defaults().table(TestTexts.corpus());
        assertEquals(List.of("doc", "doc_score", "doc_flagged", "start", "end", "phrase", "likely_original", "signal"), t.columnNames());
        long clean = t.stringColumn("phrase").isEqualTo("").size();
        assertEquals(4, clean);
        assertTrue(t.rowCount() > 20);
    }

    @Test
    void lexiconHasNoEntryEqualToItsOriginal() {
        SpinLexicon lex = SpinLexicon.builtIn();
        assertTrue(lex.size() > 90, "entries " + lex.size());
        Document plain = Document.of("plain", "Human rights and social media matter to the armed forces and the secretary of state.");
        assertTrue(SpinDetector.defaults().analyse(plain).phrases().isEmpty());
    }
}
