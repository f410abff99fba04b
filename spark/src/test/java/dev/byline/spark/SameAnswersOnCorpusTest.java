package dev.byline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.terms.Stemming;
import dev.byline.terms.TermOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The jobs in local mode on corpus/ give the single-machine toolkit's answers. */
class SameAnswersOnCorpusTest {
    private static SparkSession spark;
    private static Corpus corpus;
    private static JavaRDD<DocumentText> docs;

    @BeforeAll
    static void read() {
        spark = TestSpark.session();
        Path dir = TestSpark.corpus();
        corpus = TestSpark.toolkit(dir);
        docs = Inputs.read(spark, List.of(dir.toString()), InputColumns.defaults(), BadInput.failing(spark.sparkContext())).cache();
    }

    @Test
    void readsEveryDocumentWithTheToolkitsIdsAndText() {
        Map<String, String> read = docs.collect().stream()
                .collect(java.util.stream.Collectors.toMap(DocumentText::id, DocumentText::text));
        assertEquals(corpus.size(), read.size());
        corpus.forEach(d -> assertEquals(d.raw(), read.get(d.id()), d.id()));
    }

    @Test
    void termCountsEqualTheToolkitsFrequencyTable() {
        SameAnswers.assertTotalsEqual(corpus, TermOptions.defaults(),
                TestSpark.rows(TermsJob.totals(spark, docs, ToolkitTermRule.defaults())));
    }

    @Test
    void stemmedBigramCountsByDocumentEqualTheToolkits() {
        ToolkitTermRule rule = new ToolkitTermRule(2, Stemming.PORTER, false, Set.of(), false, 1);
        SameAnswers.assertByDocumentEqual(corpus, rule.options(), TestSpark.rows(TermsJob.byDocument(spark, docs, rule)));
    }

    @Test
    void tfidfEqualsTheToolkitsWithinOneBillionth() {
        SameAnswers.assertTfIdfEqual(corpus, TermOptions.defaults(),
                TestSpark.rows(TfIdfJob.weights(spark, docs, ToolkitTermRule.defaults())));
    }

    @Test
    void nearDuplicatesFindTheRewriteAndJudgeEveryPairAsTheToolkitDoes() {
        List<Row> pairs = TestSpark.rows(NearDuplicatesJob.pairs(spark, docs));
        Map<String, String> toolkit = SameAnswers.assertPairsAgree(corpus, pairs);
        // every pair the toolkit calls a copy or a rewrite is a candidate
        List<String> found = pairs.stream().map(r -> r.getString(0) + " " + r.getString(1)).toList();
        toolkit.forEach((pair, row) -> {
            if (row.contains("|copy|") || row.contains("|rewrite|")) {
                assertTrue(found.contains(pair), "missed " + pair);
            }
        });
        assertTrue(found.stream().anyMatch(p -> p.startsWith("000_") && p.contains(" 001_")), "the AP story and its rewrite");
    }
}
