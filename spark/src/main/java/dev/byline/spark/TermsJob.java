package dev.byline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Term counts over a corpus of any size: each task counts its documents' terms with the toolkit's
 * rule, one shuffle adds them up by term.
 *
 * <pre>{@code
 * Dataset<Row> t = TermsJob.totals(spark, docs, rule);     // term, count, docs
 * Dataset<Row> d = TermsJob.byDocument(spark, docs, rule); // doc, term, count
 * }</pre>
 */
public final class TermsJob {
    /** term, count (occurrences), docs (documents containing it). */
    public static final StructType TOTALS = new StructType()
            .add("term", DataTypes.StringType, false)
            .add("count", DataTypes.LongType, false)
            .add("docs", DataTypes.LongType, false);
    /** doc, term, count. */
    public static final StructType BY_DOCUMENT = new StructType()
            .add("doc", DataTypes.StringType, false)
            .add("term", DataTypes.StringType, false)
            .add("count", DataTypes.LongType, false);

    private TermsJob() {
    }

    /** One row per term, most frequent first (ties by term). */
    public static Dataset<Row> totals(SparkSession spark, JavaRDD<DocumentText> docs, TermRule rule) {
        JavaRDD<Row> rows = docs
                .flatMapToPair(d -> {
                    List<Tuple2<String, Tuple2<Long, Long>>> out = new ArrayList<>();
                    for (Map.Entry<String, Long> e : rule.count(d.toDocument()).entrySet()) {
                        out.add(new Tuple2<>(e.getKey(), new Tuple2<>(e.getValue(), 1L)));
                    }
                    return out.iterator();
                })
                .reduceByKey((a, b) -> new Tuple2<>(a._1() + b._1(), a._2() + b._2()))
                .map(t -> RowFactory.create(t._1(), t._2()._1(), t._2()._2()));
        return spark.createDataFrame(rows, TOTALS)
                .orderBy(functions.col("count").desc(), functions.col("term").asc());
    }

    /** One row per document and term, by document id, most frequent first within a document (ties by term). */
    public static Dataset<Row> byDocument(SparkSession spark, JavaRDD<DocumentText> docs, TermRule rule) {
        JavaRDD<Row> rows = docs.flatMap(d -> {
            List<Row> out = new ArrayList<>();
            for (Map.Entry<String, Long> e : rule.count(d.toDocument()).entrySet()) {
                out.add(RowFactory.create(d.id(), e.getKey(), e.getValue()));
            }
            return out.iterator();
        });
        return spark.createDataFrame(rows, BY_DOCUMENT)
                .orderBy(functions.col("doc").asc(), functions.col("count").desc(), functions.col("term").asc());
    }
}
