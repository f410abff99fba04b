package dev.byline.cli;

import static dev.byline.cli.CorpusCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byline.cli.CorpusCommandTest.Run;
import org.junit.jupiter.api.Test;

class TermCommandsTest {
    @Test
    void termsPrintsTheFrequencyTableMostFrequentFirst() {
        Run r = run("terms", "../corpus", "--top", "3", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("term,count,docs,per_10k,rank", r.lines().get(0));
        assertTrue(r.lines().get(1).startsWith("putin,61,5,"), r.out());   // 002 names him in its headline too
        assertEquals(4, r.lines().size());
    }

    @Test
    void termsByDocWithBigramsAndStemming() {
        Run r = run("terms", "../corpus", "--by-doc", "--ngram", "2", "--stem", "--top", "2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(10, r.lines().size());   // two rows for each of five documents
        JsonObject first = JsonParser.parseString(r.lines().get(0)).getAsJsonObject();
        assertEquals("000_fe30a10617dd1251", first.get("doc").getAsString());
        assertTrue(first.get("count").getAsInt() > 0);
    }

    @Test
    void kwicTableCutsTheLeftContextAtItsStartSoTheWordsBeforeTheKeywordStay() {
        Run r = run("kwic", "Rosin", "../corpus", "--width", "80", "--format", "table");
        assertEquals(0, r.code(), r.err());
        String first = r.lines().get(2);
        // the left cell (60 characters at most) keeps "Kaupo", the word before the match, and loses its start
        assertTrue(first.matches("000_\\S+ +body +\\d+ +\\d+  …\\S.{58}  Rosin  , the head of Estonia’s .*…"), first);
        assertTrue(first.contains(" Kaupo   Rosin  "), first);
    }

    @Test
    void kwicListsEveryOccurrenceWithOffsets() {
        Run r = run("kwic", "Rosin", "../corpus", "--width", "20", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("doc,part,start,end,left,match,right", r.lines().get(0));
        assertEquals(1 + 19, r.lines().size());
    }

    @Test
    void keynessOfTheSpunArticleLeadsWithItsSpinnersWords() {
        Run r = run("keyness", "../corpus", "--target", "004_3bf5beac004fddcf", "--top", "2", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(1).startsWith("mentioned,13,0,"), r.out());
        assertTrue(r.lines().get(2).startsWith("struggle,"), r.out());
        assertTrue(r.lines().get(3).startsWith("said,0,41,"), r.out());
        assertEquals(5, r.lines().size());
    }

    @Test
    void collocatesOfAWord() {
        Run r = run("collocates", "peace", "../corpus", "--window", "3", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("collocate,count,left,right,collocate_total,node_total,log_likelihood,pmi", r.lines().get(0));
        assertTrue(r.lines().size() > 5);
    }

    @Test
    void badInputIsOneLineNamingTheProblem() {
        Run unknown = run("keyness", "../corpus", "--target", "nope");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("byline: no document 'nope'"), unknown.err());
        assertEquals(1, unknown.err().lines().count());
        Run missing = run("kwic", "Rosin", "no-such-dir");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no-such-dir"), missing.err());
        Run usage = run("keyness", "../corpus");
        assertEquals(2, usage.code());
        Run badWindow = run("collocates", "peace", "../corpus", "--window", "0");
        assertEquals(2, badWindow.code());   // a usage error, like picocli's: the message and the --help hint
        assertEquals(2, badWindow.err().lines().count(), badWindow.err());
    }
}
