package dev.byline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * TF-IDF weights with the toolkit's formula (scikit-learn's default): {@code tf} is the term's count
 * in the document, {@code idf = ln((1 + n) / (1 + df)) + 1} over {@code n} documents of which
 * {@code df} contain the term, and each document's vector of {@code tf * idf} is divided by its
 * Euclidean norm. The counting is the toolkit's, per document; the rest is Spark SQL (columnar, so
 * the postings stay compact): document frequency by term, then the norm by document — two shuffles,
 * each the size of the postings (document × term pairs).
 *
 * <pre>{@code
 * Dataset<Row> w = TfIdfJob.weights(spark, docs, rule);   // doc, term, count, tf_idf
 * }</pre>
 */
public final class TfIdfJob {
    /** doc, term, count, tf_idf. */
    public static final StructType SCHEMA = new StructType()
            .add("doc", DataTypes.StringType, false)
            .add("term", DataTypes.StringType, false)
            .add("count", DataTypes.LongType, false)
            .add("tf_idf", DataTypes.DoubleType, false);

    private TfIdfJob() {
    }

    /** One row per document and term, by document id then term. */
    public static Dataset<Row> weights(SparkSession spark, JavaRDD<DocumentText> docs, TermRule rule) {
        // n counts every document, also those with no terms (as the toolkit's corpus size does)
        long n = docs.count();
        JavaRDD<Row> postings = docs.flatMap(d -> {
            List<Row> out = new ArrayList<>();
            for (Map.Entry<String, Long> e : rule.count(d.toDocument()).entrySet()) {
                out.add(RowFactory.create(d.id(), e.getKey(), e.getValue()));
            }
            return out.iterator();
        });
        Dataset<Row> counts = spark.createDataFrame(postings, TermsJob.BY_DOCUMENT).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> df = counts.groupBy("term").agg(count(lit(1)).as("df"));
        Dataset<Row> raw = counts.join(df, "term")
                .withColumn("w", col("count").cast("double")
                        .multiply(log(lit(1.0 + n).divide(lit(1.0).plus(col("df")))).plus(1.0)));
        Dataset<Row> norms = raw.groupBy("doc").agg(sqrt(sum(col("w").multiply(col("w")))).as("norm"));
        return raw.join(norms, "doc")
                .select(col("doc"), col("term"), col("count"),
                        when(col("norm").gt(0), col("w").divide(col("norm"))).otherwise(0.0).as("tf_idf"))
                .orderBy(col("doc").asc(), col("term").asc());
    }
}
