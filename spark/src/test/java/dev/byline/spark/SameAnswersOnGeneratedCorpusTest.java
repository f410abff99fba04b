package dev.byline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.compare.MinHashLsh;
import dev.byline.compare.Similarity;
import dev.byline.corpus.Corpus;
import dev.byline.terms.TermOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The jobs on a generated corpus of 360 articles with 30 planted near-duplicate pairs — more than
 * {@link Similarity#ALL_PAIRS_LIMIT}, so the toolkit too compares MinHash-LSH candidates only.
 */
class SameAnswersOnGeneratedCorpusTest {
    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static Corpus corpus;
    private static JavaRDD<DocumentText> docs;
    private static List<SyntheticCorpus.Planted> planted;

    @BeforeAll
    static void generate() throws Exception {
        planted = SyntheticCorpus.write(dir, 20261123L, 300, 30);
        spark = TestSpark.session();
        corpus = TestSpark.toolkit(dir);
        docs = Inputs.read(spark, List.of(dir.toString()), InputColumns.defaults(), BadInput.failing(spark.sparkContext())).cache();
        assertTrue(corpus.size() > Similarity.ALL_PAIRS_LIMIT);
    }

    @Test
    void termCountsEqualTheToolkits() {
        SameAnswers.assertTotalsEqual(corpus, TermOptions.defaults(),
                TestSpark.rows(TermsJob.totals(spark, docs, ToolkitTermRule.defaults())));
    }

    @Test
    void tfidfEqualsTheToolkitsWithinOneBillionth() {
        SameAnswers.assertTfIdfEqual(corpus, TermOptions.defaults(),
                TestSpark.rows(TfIdfJob.weights(spark, docs, ToolkitTermRule.defaults())));
    }

    @Test
    void nearDuplicatesAreTheToolkitsCandidatesWithItsLabelsAndFindEveryPlantedPair() {
        List<Row> pairs = TestSpark.rows(NearDuplicatesJob.pairs(spark, docs));
        Map<String, String> toolkit = SameAnswers.assertPairsAgree(corpus, pairs);
        Set<String> found = new TreeSet<>(pairs.stream().map(r -> r.getString(0) + " " + r.getString(1)).toList());
        assertEquals(new TreeSet<>(toolkit.keySet()), found, "the same candidate pairs as the toolkit's MinHash-LSH");
        for (SyntheticCorpus.Planted p : planted) {
            String pair = p.original() + " " + p.copy();
            assertTrue(found.contains(pair), "planted pair " + pair + " missed");
            assertTrue(toolkit.get(pair).contains("|copy|"), pair + " is a copy: " + toolkit.get(pair));
        }
    }

    @Test
    void candidatesAreTheToolkitsBandsWithTheirEstimates() {
        Table candidates = MinHashLsh.defaults().candidates(corpus);
        List<String> toolkit = new java.util.ArrayList<>();
        for (int i = 0; i < candidates.rowCount(); i++) {
            toolkit.add(candidates.stringColumn("doc_a").get(i) + " " + candidates.stringColumn("doc_b").get(i) + " "
                    + candidates.doubleColumn("estimated_jaccard").getDouble(i));
        }
        List<String> found = TestSpark.rows(NearDuplicatesJob.candidates(spark, docs)).stream()
                .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getDouble(2)).toList();
        assertTrue(toolkit.size() >= planted.size(), "every planted pair is a candidate");
        assertEquals(toolkit, found);
    }
}
