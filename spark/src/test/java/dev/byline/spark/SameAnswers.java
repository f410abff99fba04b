package dev.byline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.compare.Similarity;
import dev.byline.corpus.Corpus;
import dev.byline.terms.TermOptions;
import dev.byline.terms.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.Table;

/** Checks that a Spark job's table equals the toolkit's for the same corpus. */
final class SameAnswers {
    private SameAnswers() {
    }

    /** Spark's term, count, docs rows equal {@link Terms#frequencies}'s, row for row. */
    static void assertTotalsEqual(Corpus corpus, TermOptions options, List<Row> spark) {
        Table t = Terms.frequencies(corpus, options);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            expected.add(t.stringColumn("term").get(i) + "\t" + number(t, "count", i) + "\t" + number(t, "docs", i));
        }
        List<String> actual = spark.stream().map(r -> r.getString(0) + "\t" + r.getLong(1) + "\t" + r.getLong(2)).toList();
        assertTrue(expected.size() > 0, "the toolkit found terms");
        assertEquals(expected, actual);
    }

    private static long number(Table t, String column, int row) {
        return ((Number) t.column(column).get(row)).longValue();
    }

    /** Spark's doc, term, count rows equal {@link Terms#count}'s, row for row. */
    static void assertByDocumentEqual(Corpus corpus, TermOptions options, List<Row> spark) {
        Table t = Terms.count(corpus, options);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            expected.add(t.stringColumn("doc").get(i) + "\t" + t.stringColumn("term").get(i) + "\t" + t.intColumn("count").getInt(i));
        }
        List<String> actual = spark.stream().map(r -> r.getString(0) + "\t" + r.getString(1) + "\t" + r.getLong(2)).toList();
        assertEquals(expected, actual);
    }

    /** Same (doc, term) rows with the same counts, and weights within 1e-9. */
    static void assertTfIdfEqual(Corpus corpus, TermOptions options, List<Row> spark) {
        Table t = Terms.tfidf(corpus, options);
        Map<String, double[]> expected = new LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            expected.put(t.stringColumn("doc").get(i) + "\t" + t.stringColumn("term").get(i),
                    new double[] {t.intColumn("count").getInt(i), t.doubleColumn("tf_idf").getDouble(i)});
        }
        assertEquals(expected.size(), spark.size(), "rows");
        for (Row r : spark) {
            String key = r.getString(0) + "\t" + r.getString(1);
            double[] e = expected.get(key);
            assertTrue(e != null, "toolkit has no row " + key);
            assertEquals(e[0], r.getLong(2), key + " count");
            assertEquals(e[1], r.getDouble(3), 1e-9, key + " tf_idf");
        }
    }

    /**
     * Every pair Spark reports, the toolkit reports with the same measurements, label, source and
     * evidence; returns the toolkit's rows by "doc_a doc_b".
     */
    static Map<String, String> assertPairsAgree(Corpus corpus, List<Row> spark) {
        Table t = Similarity.table(corpus);
        Map<String, String> toolkit = new LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            toolkit.put(t.stringColumn("doc_a").get(i) + " " + t.stringColumn("doc_b").get(i), String.join("|",
                    String.valueOf(t.doubleColumn("cosine").getDouble(i)),
                    String.valueOf(t.doubleColumn("containment_a_in_b").getDouble(i)),
                    String.valueOf(t.doubleColumn("containment_b_in_a").getDouble(i)),
                    String.valueOf(t.intColumn("shared_passages").getInt(i)),
                    t.stringColumn("relation").get(i), t.stringColumn("source").get(i),
                    t.stringColumn("credited").get(i), t.stringColumn("evidence").get(i)));
        }
        for (Row r : spark) {
            String pair = r.getString(0) + " " + r.getString(1);
            String actual = String.join("|", String.valueOf(r.getDouble(3)), String.valueOf(r.getDouble(4)),
                    String.valueOf(r.getDouble(5)), String.valueOf(r.getInt(6)), r.getString(7), r.getString(8),
                    r.getString(9), r.getString(10));
            assertTrue(toolkit.containsKey(pair), "the toolkit does not report " + pair);
            assertEquals(toolkit.get(pair), actual, pair);
        }
        return toolkit;
    }
}
