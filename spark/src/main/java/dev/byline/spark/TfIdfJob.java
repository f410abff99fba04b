package dev.byline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple3;

/**
 * TF-IDF weights with the toolkit's formula (scikit-learn's default): {@code tf} is the term's count
 * in the document, {@code idf = ln((1 + n) / (1 + df)) + 1} over {@code n} documents of which
 * {@code df} contain the term, and each document's vector of {@code tf * idf} is divided by its
 * Euclidean norm. Two shuffles: document frequency by term, then the norm by document.
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
        // read twice (the count, then the terms): keep it unless the caller already does
        JavaRDD<DocumentText> kept = docs.getStorageLevel().equals(StorageLevel.NONE())
                ? docs.persist(StorageLevel.MEMORY_AND_DISK()) : docs;
        long n = kept.count();
        // (term, (doc, count))
        JavaPairRDD<String, Tuple2<String, Long>> counts = kept.flatMapToPair(d -> {
            List<Tuple2<String, Tuple2<String, Long>>> out = new ArrayList<>();
            for (Map.Entry<String, Long> e : rule.count(d.toDocument()).entrySet()) {
                out.add(new Tuple2<>(e.getKey(), new Tuple2<>(d.id(), e.getValue())));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Long> df = counts.mapValues(v -> 1L).reduceByKey(Long::sum);
        // (doc, (term, count, tf*idf))
        JavaPairRDD<String, Tuple3<String, Long, Double>> raw = counts.join(df).mapToPair(t -> {
            String term = t._1();
            String doc = t._2()._1()._1();
            long count = t._2()._1()._2();
            double idf = Math.log((1.0 + n) / (1.0 + t._2()._2())) + 1.0;
            return new Tuple2<>(doc, new Tuple3<>(term, count, count * idf));
        });
        JavaPairRDD<String, Double> norms = raw.mapValues(v -> v._3() * v._3()).reduceByKey(Double::sum)
                .mapValues(Math::sqrt);
        JavaRDD<Row> rows = raw.join(norms).map(t -> {
            Tuple3<String, Long, Double> v = t._2()._1();
            double norm = t._2()._2();
            return RowFactory.create(t._1(), v._1(), v._2(), norm > 0 ? v._3() / norm : 0.0);
        });
        return spark.createDataFrame(rows, SCHEMA).orderBy(functions.col("doc").asc(), functions.col("term").asc());
    }
}
