package dev.byline.spark;

import dev.byline.compare.ComparisonParts.Features;
import dev.byline.compare.ComparisonParts.Judgement;
import dev.byline.compare.ComparisonParts;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Near-duplicate candidates at corpus scale, judged as the toolkit judges them.
 *
 * <ol>
 * <li>Per document (map): the toolkit's MinHash signature of its content-word stems and its stem
 *     counts.</li>
 * <li>Banding (shuffle 1): each document goes to one bucket per band; documents sharing a bucket
 *     are candidates — the toolkit's own bands, so Spark and {@code MinHashLsh} propose the same
 *     pairs.</li>
 * <li>TF-IDF over content stems (shuffle 2: document frequency; then normalising per document),
 *     so the cosine is the corpus-wide one {@code byline compare} reports.</li>
 * <li>Per candidate pair (two joins bring both texts and vectors together): shingle containment
 *     both ways, shared passages, sentence alignment, the relation label and the likely source,
 *     by the toolkit's code.</li>
 * </ol>
 *
 * <pre>{@code
 * Dataset<Row> pairs = NearDuplicatesJob.pairs(spark, docs);   // doc_a, doc_b, ..., relation, source
 * }</pre>
 */
public final class NearDuplicatesJob {
    /** The toolkit's similarity columns, with the MinHash estimate after the ids. */
    public static final StructType SCHEMA = new StructType()
            .add("doc_a", DataTypes.StringType, false)
            .add("doc_b", DataTypes.StringType, false)
            .add("estimated_jaccard", DataTypes.DoubleType, false)
            .add("cosine", DataTypes.DoubleType, false)
            .add("containment_a_in_b", DataTypes.DoubleType, false)
            .add("containment_b_in_a", DataTypes.DoubleType, false)
            .add("shared_passages", DataTypes.IntegerType, false)
            .add("relation", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("credited", DataTypes.StringType, false)
            .add("evidence", DataTypes.StringType, false);

    private NearDuplicatesJob() {
    }

    /** One row per candidate pair (doc_a before doc_b by id), ordered by doc_a then doc_b. */
    public static Dataset<Row> pairs(SparkSession spark, JavaRDD<DocumentText> docs) {
        JavaPairRDD<String, DocumentText> texts = docs.mapToPair(d -> new Tuple2<>(d.id(), d))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Features> features = texts.mapValues(d -> ComparisonParts.features(d.toDocument()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long n = features.count();

        JavaPairRDD<String, String> candidates = candidatePairs(features);
        JavaPairRDD<String, Map<String, Double>> vectors = unitVectors(features, n);
        JavaPairRDD<String, Side> sides = texts.join(features).join(vectors)
                .mapValues(v -> new Side(v._1()._1(), v._1()._2().signature(), v._2()));

        // The second join is keyed by doc_b, so a task sees each doc_b's pairs together: the judge
        // keeps the documents it saw last, and each is tokenized once per run of pairs, not per pair.
        JavaRDD<Row> rows = candidates.join(sides)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .join(sides)
                .mapPartitions(pairs -> {
                    ComparisonParts.PairJudge judge = new ComparisonParts.PairJudge();
                    Map<String, Document> documents = new java.util.LinkedHashMap<>(128, 0.75f, true) {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
                            return size() > 64;
                        }
                    };
                    List<Row> out = new ArrayList<>();
                    while (pairs.hasNext()) {
                        var t = pairs.next();
                        Side a = t._2()._1()._2();
                        Side b = t._2()._2();
                        Document da = documents.computeIfAbsent(a.text().id(), id -> a.text().toDocument());
                        Document db = documents.computeIfAbsent(b.text().id(), id -> b.text().toDocument());
                        Judgement j = judge.judge(da, db, ComparisonParts.cosine(a.vector(), b.vector()));
                        out.add(RowFactory.create(da.id(), db.id(), ComparisonParts.estimatedJaccard(a.signature(), b.signature()),
                                j.cosine(), j.aInB(), j.bInA(), j.shared(), j.relation(), j.source(), j.credited(), j.evidence()));
                    }
                    return out.iterator();
                });
        return spark.createDataFrame(rows, SCHEMA).orderBy(functions.col("doc_a").asc(), functions.col("doc_b").asc());
    }

    /** What a pair's judge needs of one side: its text and metadata, signature and TF-IDF vector. */
    record Side(DocumentText text, long[] signature, Map<String, Double> vector) implements java.io.Serializable {
    }

    /**
     * (doc_a, doc_b) with doc_a < doc_b, each pair once: documents sharing a band bucket whose
     * signatures then agree on enough rows, as the toolkit's {@code MinHashLsh.candidates} keeps them.
     */
    static JavaPairRDD<String, String> candidatePairs(JavaPairRDD<String, Features> features) {
        JavaPairRDD<String, long[]> signatures = features.mapValues(Features::signature);
        return bandCollisions(features)
                .join(signatures)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .join(signatures)
                .filter(t -> ComparisonParts.keeps(t._2()._1()._2(), t._2()._2()))
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), t._1()));
    }

    /** (doc_a, doc_b) with doc_a < doc_b, each pair once: documents sharing any band bucket. */
    static JavaPairRDD<String, String> bandCollisions(JavaPairRDD<String, Features> features) {
        return features
                .filter(t -> t._2().hasSignature())
                .flatMapToPair(t -> {
                    List<Tuple2<Tuple2<Integer, Long>, String>> out = new ArrayList<>(ComparisonParts.BANDS);
                    for (int band = 0; band < ComparisonParts.BANDS; band++) {
                        out.add(new Tuple2<>(new Tuple2<>(band, ComparisonParts.bandKey(t._2().signature(), band)), t._1()));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(bucket -> {
                    List<String> ids = new ArrayList<>();
                    bucket._2().forEach(ids::add);
                    ids.sort(null);
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    for (int x = 0; x < ids.size(); x++) {
                        for (int y = x + 1; y < ids.size(); y++) {
                            out.add(new Tuple2<>(ids.get(x), ids.get(y)));
                        }
                    }
                    return out.iterator();
                })
                .distinct();
    }

    /** Each document's L2-normalised TF-IDF vector over content stems, as the toolkit's cosine uses. */
    static JavaPairRDD<String, Map<String, Double>> unitVectors(JavaPairRDD<String, Features> features, long n) {
        JavaPairRDD<String, Tuple2<String, Integer>> byStem = features.flatMapToPair(t -> {
            List<Tuple2<String, Tuple2<String, Integer>>> out = new ArrayList<>();
            t._2().stemCounts().forEach((stem, count) -> out.add(new Tuple2<>(stem, new Tuple2<>(t._1(), count))));
            return out.iterator();
        });
        JavaPairRDD<String, Long> df = byStem.mapValues(v -> 1L).reduceByKey(Long::sum);
        JavaPairRDD<String, Map<String, Double>> vectors = byStem.join(df)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(),
                        new Tuple2<>(t._1(), ComparisonParts.weight(t._2()._1()._2(), n, t._2()._2()))))
                .groupByKey()
                .mapValues(weights -> {
                    Map<String, Double> v = new HashMap<>();
                    double norm = 0;
                    for (Tuple2<String, Double> w : weights) {
                        v.put(w._1(), w._2());
                        norm += w._2() * w._2();
                    }
                    double len = Math.sqrt(norm);
                    if (len > 0) {
                        v.replaceAll((k, w) -> w / len);
                    }
                    return v;
                });
        // a document with no content words has no stems, so no vector: give it an empty one
        return features.mapValues(f -> 0).leftOuterJoin(vectors)
                .mapValues(v -> v._2().isPresent() ? v._2().get() : Map.<String, Double>of());
    }
}
