package dev.byline.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each JMH benchmark method, called once on a handful of articles, so the benchmarks cannot rot. */
class BenchmarksRunTest {
    @Test
    void bothTokenizersSeeTheSameTextsAndCountComparableTokens() {
        TokenizerBenchmark b = new TokenizerBenchmark();
        b.articles = 5;
        b.setup();
        int byline = b.byline();
        int smile = b.smileSimpleTokenizer();
        assertTrue(byline > 1000, "five articles hold thousands of tokens: " + byline);
        assertTrue(Math.abs(byline - smile) < 0.2 * byline, byline + " vs " + smile);
    }

    @Test
    void bothSentenceSplittersFindSentencesInTheSameTexts() {
        SentenceBenchmark b = new SentenceBenchmark();
        b.articles = 5;
        b.setup();
        assertTrue(b.byline() > 40);
        assertTrue(b.smileSimpleSentenceSplitter() > 40);
    }

    @Test
    void loadingTheGeneratedCorpusCountsWordsLikeTheReadAndSplitFloor() throws Exception {
        LoadBenchmark b = new LoadBenchmark();
        b.articles = 20;
        b.setup();
        try {
            long byline = b.bylineLoad();
            long floor = b.readAndSplit();
            assertTrue(byline > 0 && byline <= floor, byline + " body words of " + floor);
            assertEquals(byline, b.bylineLoad(), "the same corpus gives the same count");
        } finally {
            b.tearDown();
        }
    }
}
