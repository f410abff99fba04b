package dev.byline.terms;

import static dev.byline.corpus.TrickyCorpus.assertSameTable;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class TrendsTest {
    @Test
    void relativeFrequencyPerMonthAndPerOutlet() {
        Corpus c = Corpus.of(
                Document.of("a", "Peace talks resumed. Peace.", Map.of("date", "2026-01-05", "outlet", "AP")),
                Document.of("b", "War returned.", Map.of("date", "2026-01-20", "outlet", "FT")),
                Document.of("c", "Peace held.", Map.of("date", "2026-02-01", "outlet", "AP")),
                Document.of("d", "No date here, peace."));
        Table t = Trends.of(c, List.of("Peace"), TrendBy.MONTH, TermOptions.defaults());
        assertEquals(List.of("month", "term", "count", "docs", "terms", "per_10k"), t.columnNames());
        assertEquals(List.of("2026-01", "2026-02"), t.stringColumn("month").asList());
        assertEquals(List.of(2L, 1L), t.longColumn("count").asList());
        assertEquals(List.of(6L, 2L), t.longColumn("terms").asList());   // peace talks resumed peace war returned | peace held
        assertEquals(2 * 10_000.0 / 6, t.doubleColumn("per_10k").get(0), 1e-9);
        Table byOutlet = Trends.of(c, List.of("peace", "war"), TrendBy.OUTLET, TermOptions.defaults());
        assertEquals(List.of("AP", "AP", "FT", "FT"), byOutlet.stringColumn("outlet").asList());
        assertEquals(List.of(3L, 0L, 0L, 1L), byOutlet.longColumn("count").asList());
        assertThrows(BylineException.class,
                () -> Trends.of(Corpus.of(Document.of("x", "Peace.")), List.of("peace"), TrendBy.DATE, TermOptions.defaults()));
    }

    @TempDir
    Path dir;

    /** Three dated texts, loaded whole and as a stream (a, b, c with a corpus.csv giving dates and outlets). */
    private static final String[][] DATED = {
        {"a", "2026-01-05", "AP", "Peace talks resumed in Geneva. Putin’s envoy spoke of peace. Talks stalled."},
        {"b", "2026-01-20", "FT", "The envoys held peace talks, and the talks went on."},
        {"c", "2026-02-01", "AP", "Peace. Talks were cancelled by the talking envoys."},
    };

    private Corpus loaded() {
        return Corpus.of(java.util.Arrays.stream(DATED)
                .map(r -> Document.of(r[0], r[3], Map.of("date", r[1], "outlet", r[2]))).toList());
    }

    private DocumentStream streamed() throws IOException {
        StringBuilder csv = new StringBuilder("id,date,outlet\n");
        for (String[] r : DATED) {
            Files.writeString(dir.resolve(r[0] + ".txt"), r[3]);
            csv.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append('\n');
        }
        Files.writeString(dir.resolve("corpus.csv"), csv);
        return DocumentStream.of(LoadOptions.defaults(), dir);
    }

    private Table both(List<String> terms, TrendBy by, TermOptions options) throws IOException {
        Table expected = Trends.of(loaded(), terms, by, options);
        assertSameTable(expected, Trends.of(streamed(), terms, by, options));
        return expected;
    }

    /**
     * "peace talks" is a bigram of the terms: once in a (the first sentence), once in b, never in c, where a sentence
     * ends between the words; it is counted as terms --ngram 2 counts it, per 10,000 single-word terms.
     */
    @Test
    void aPhraseIsCountedAsAnNgramWithinSentences() throws IOException {
        Table t = both(List.of("Peace talks"), TrendBy.OUTLET, TermOptions.defaults());
        assertEquals(List.of("AP", "FT"), t.stringColumn("outlet").asList());
        assertEquals(List.of("peace talks", "peace talks"), t.stringColumn("term").asList());
        assertEquals(List.of(1L, 1L), t.longColumn("count").asList());
        Table bigrams = Terms.frequencies(Corpus.of(loaded().list().subList(1, 2)), TermOptions.defaults().withNgrams(2, 2));
        assertEquals(1, bigrams.longColumn("count").get(bigrams.stringColumn("term").indexOf("peace talks")));
        // AP terms: a = peace talks resumed geneva putin envoy spoke peace talks stalled (10), c = peace talks cancelled talking envoys (5)
        assertEquals(15, t.longColumn("terms").get(0));
        assertEquals(10_000.0 / 15, t.doubleColumn("per_10k").get(0), 1e-9);
    }

    @Test
    void aPossessiveIsCountedAsItsWordAndStemmingAppliesToTheQuery() throws IOException {
        Table t = both(List.of("Putin’s", "putin"), TrendBy.OUTLET, TermOptions.defaults());
        assertEquals(List.of("putin", "putin"), t.stringColumn("term").asList());   // the two are one term
        assertEquals(List.of(1L, 0L), t.longColumn("count").asList());
        Table stemmed = both(List.of("Talks"), TrendBy.OUTLET, TermOptions.defaults().withStemming(Stemming.PORTER));
        assertEquals(List.of("talk", "talk"), stemmed.stringColumn("term").asList());
        assertEquals(List.of(4L, 2L), stemmed.longColumn("count").asList());   // talks x3 and talking in AP; talks x2 in FT
    }

    @Test
    void aStopWordOrTooShortWordIsRefusedWithTheOptionThatCountsIt() throws IOException {
        for (List<String> terms : List.of(List.of("the"), List.of("peace", "THE"))) {
            String loaded = assertThrows(BylineException.class,
                    () -> Trends.of(loaded(), terms, TrendBy.OUTLET, TermOptions.defaults())).getMessage();
            assertTrue(loaded.contains("\"the\" is a stop word") && loaded.contains("--keep-stopwords"), loaded);
            assertEquals(loaded, assertThrows(BylineException.class,
                    () -> Trends.of(streamed(), terms, TrendBy.OUTLET, TermOptions.defaults())).getMessage());
        }
        String phrase = assertThrows(BylineException.class,
                () -> Trends.of(loaded(), List.of("talks of peace"), TrendBy.OUTLET, TermOptions.defaults())).getMessage();
        assertTrue(phrase.startsWith("\"of\" (in \"talks of peace\") is a stop word"), phrase);
        assertEquals(List.of(1L, 2L), both(List.of("the"), TrendBy.OUTLET, TermOptions.defaults().keepingStopWords())
                .longColumn("count").asList());
        String tooShort = assertThrows(BylineException.class,
                () -> Trends.of(loaded(), List.of("talks"), TrendBy.OUTLET, TermOptions.defaults().withMinLength(6))).getMessage();
        assertTrue(tooShort.contains("\"talks\" is shorter than the minimum word length of 6"), tooShort);
    }
}
