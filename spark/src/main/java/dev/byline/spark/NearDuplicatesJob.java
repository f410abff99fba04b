package dev.byline.spark;

import static org.apache.spark.sql.functions.col;

import dev.byline.compare.ComparisonParts;
import dev.byline.compare.ComparisonParts.Features;
import dev.byline.compare.ComparisonParts.Judgement;
import dev.byline.text.Document;
import dev.byline.text.TextFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Near-duplicate candidates at corpus scale, judged as the toolkit judges them. Every shuffle
 * before the judging moves numbers only — document indexes, band buckets, packed signatures and
 * vectors ({@link Packed}) in Spark SQL's binary rows — so the work per task follows the shuffle
 * partitions ({@code spark.sql.shuffle.partitions}, which {@link SparkMain} sets from the input's
 * size), not the corpus, and nothing is collected on the driver.
 *
 * <ol>
 * <li>Per document (map): the toolkit's MinHash signature of its content stems and its stem counts,
 *     under an index ({@code zipWithUniqueId}).</li>
 * <li>Banding: (band, bucket, doc, sketch) rows grouped by (band, bucket) — the toolkit's own bands,
 *     so Spark and {@code MinHashLsh} propose the same pairs — and each bucket's pairs sifted on
 *     one-byte sketches of the signatures' rows, which never drop a pair the full signatures keep.</li>
 * <li>TF-IDF over content stems: document frequencies by stem, each stem given a 64-bit key
 *     (checked free of collisions over the corpus's stems), and per document one unit vector of
 *     (key, weight) sorted by key.</li>
 * <li>Each pair left joined once with each side's signature and vector: kept if the signatures
 *     agree on enough rows (as {@code MinHashLsh.candidates}), with its estimate and cosine.</li>
 * <li>Only then the texts, joined to the kept pairs (few): shingle containment both ways, shared
 *     passages, sentence alignment, the relation label and the likely source, by the toolkit's
 *     code.</li>
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

    private static final StructType FEATURES = new StructType()
            .add("doc", DataTypes.LongType, false)
            .add("signature", DataTypes.BinaryType, true)    // null: no content words, no one's candidate
            .add("stems", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("counts", DataTypes.createArrayType(DataTypes.IntegerType, false), false);
    private static final StructType TEXTS = new StructType()
            .add("doc", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("file", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false)
            .add("keys", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("values", DataTypes.createArrayType(DataTypes.StringType, true), false)
            .add("format", DataTypes.StringType, false)
            .add("record_title", DataTypes.StringType, false);
    private static final StructType BANDS = new StructType()
            .add("band", DataTypes.IntegerType, false)
            .add("bucket", DataTypes.LongType, false)
            .add("doc", DataTypes.LongType, false)
            .add("sketch", DataTypes.BinaryType, false);
    private static final StructType PAIRS = new StructType()
            .add("a", DataTypes.LongType, false)
            .add("b", DataTypes.LongType, false);
    private static final StructType STEMS = new StructType()
            .add("doc", DataTypes.LongType, false)
            .add("stem", DataTypes.StringType, false)
            .add("count", DataTypes.IntegerType, false);
    private static final StructType VECTORS = new StructType()
            .add("doc", DataTypes.LongType, false)
            .add("vector", DataTypes.BinaryType, false);
    private static final StructType SCORED = new StructType()
            .add("a", DataTypes.LongType, false)
            .add("b", DataTypes.LongType, false)
            .add("estimated_jaccard", DataTypes.DoubleType, false)
            .add("cosine", DataTypes.DoubleType, false);

    private NearDuplicatesJob() {
    }

    /** One row per candidate pair (doc_a before doc_b by id), ordered by doc_a then doc_b. */
    public static Dataset<Row> pairs(SparkSession spark, JavaRDD<DocumentText> docs) {
        JavaPairRDD<DocumentText, Long> indexed = docs.zipWithUniqueId();
        Dataset<Row> scored = scored(spark, indexed);
        Dataset<Row> texts = spark.createDataFrame(indexed.map(t -> textRow(t._2(), t._1())), TEXTS);
        Dataset<Row> judged = scored
                .join(texts.toDF(suffixed(TEXTS, "a")), "a")
                .join(texts.toDF(suffixed(TEXTS, "b")), "b")
                .mapPartitions((MapPartitionsFunction<Row, Row>) NearDuplicatesJob::judge, Encoders.row(SCHEMA));
        return judged.orderBy(col("doc_a").asc(), col("doc_b").asc());
    }

    /**
     * The kept candidates by id, without judging: doc_a, doc_b (doc_a before doc_b) and the estimated
     * Jaccard, as {@code MinHashLsh.candidates} lists them, ordered the same way.
     */
    static Dataset<Row> candidates(SparkSession spark, JavaRDD<DocumentText> docs) {
        JavaPairRDD<DocumentText, Long> indexed = docs.zipWithUniqueId();
        Dataset<Row> ids = spark.createDataFrame(indexed.map(t -> RowFactory.create(t._2(), t._1().id())),
                new StructType().add("doc", DataTypes.LongType, false).add("id", DataTypes.StringType, false));
        Dataset<Row> named = scored(spark, indexed)
                .join(ids.toDF("a", "id_a"), "a")
                .join(ids.toDF("b", "id_b"), "b");
        Dataset<Row> ordered = named.select(
                functions.least(col("id_a"), col("id_b")).as("doc_a"),
                functions.greatest(col("id_a"), col("id_b")).as("doc_b"),
                col("estimated_jaccard"));
        return ordered.orderBy(col("doc_a").asc(), col("doc_b").asc());
    }

    /** (a, b, estimated_jaccard, cosine) by document index, for every kept candidate pair, each once. */
    private static Dataset<Row> scored(SparkSession spark, JavaPairRDD<DocumentText, Long> indexed) {
        Dataset<Row> features = spark.createDataFrame(indexed.map(t -> featureRow(t._2(), t._1())), FEATURES)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long n = features.count();
        Dataset<Row> sides = features.where(col("signature").isNotNull()).select("doc", "signature")
                .join(unitVectors(features, n), new String[] {"doc"}, "left")
                .persist(StorageLevel.MEMORY_AND_DISK());
        return bandCollisions(features)
                .join(sides.toDF("a", "signature_a", "vector_a"), "a")
                .join(sides.toDF("b", "signature_b", "vector_b"), "b")
                .flatMap((FlatMapFunction<Row, Row>) NearDuplicatesJob::keptScore, Encoders.row(SCORED));
    }

    /**
     * (a, b) with a < b, each once: the documents sharing a band bucket whose signatures may agree on
     * enough rows. Chance collisions outnumber the candidates kept by a thousand to one (at 100,000
     * articles, millions of pairs), so they are sifted inside each bucket, on a one-byte sketch of each
     * signature row carried in the band rows: equal rows have equal sketches, so a pair the sketches
     * reject has too few equal rows as well, and only the pairs left (few) meet the full signatures.
     */
    private static Dataset<Row> bandCollisions(Dataset<Row> features) {
        Dataset<Row> bands = features.where(col("signature").isNotNull())
                .flatMap((FlatMapFunction<Row, Row>) r -> {
                    long[] signature = Packed.signature((byte[]) r.getAs("signature"));
                    byte[] sketch = Packed.sketch(signature);
                    long doc = r.getLong(0);
                    List<Row> out = new ArrayList<>(ComparisonParts.BANDS);
                    for (int band = 0; band < ComparisonParts.BANDS; band++) {
                        out.add(RowFactory.create(band, ComparisonParts.bandKey(signature, band), doc, sketch));
                    }
                    return out.iterator();
                }, Encoders.row(BANDS));
        return bands.groupBy("band", "bucket")
                .agg(functions.collect_list(functions.struct(col("doc"), col("sketch"))).as("members"))
                .flatMap((FlatMapFunction<Row, Row>) NearDuplicatesJob::sketchedPairs, Encoders.row(PAIRS))
                .distinct();
    }

    /** The pairs of one bucket's members whose sketches agree on enough rows, as (a, b) with a < b. */
    private static java.util.Iterator<Row> sketchedPairs(Row bucket) {
        List<Row> members = bucket.getList(2);
        if (members.size() < 2) {
            return java.util.Collections.emptyIterator();
        }
        long[] docs = new long[members.size()];
        byte[][] sketches = new byte[members.size()][];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = members.get(i).getLong(0);
            sketches[i] = members.get(i).getAs(1);
        }
        List<Row> out = new ArrayList<>();
        for (int x = 0; x < docs.length; x++) {
            for (int y = x + 1; y < docs.length; y++) {
                if (Packed.mayKeep(sketches[x], sketches[y])) {
                    out.add(RowFactory.create(Math.min(docs[x], docs[y]), Math.max(docs[x], docs[y])));
                }
            }
        }
        return out.iterator();
    }

    /**
     * (doc, vector): each document's L2-normalised TF-IDF vector over content stems, as the toolkit's
     * cosine uses it, packed with 64-bit stem keys. Documents with no content stems have none.
     */
    private static Dataset<Row> unitVectors(Dataset<Row> features, long n) {
        Dataset<Row> stems = features.flatMap((FlatMapFunction<Row, Row>) r -> {
            List<String> s = r.getList(2);
            List<Integer> c = r.getList(3);
            List<Row> out = new ArrayList<>(s.size());
            for (int i = 0; i < s.size(); i++) {
                out.add(RowFactory.create(r.getLong(0), s.get(i), c.get(i)));
            }
            return out.iterator();
        }, Encoders.row(STEMS));
        Dataset<Row> vocabulary = stems.groupBy("stem").agg(functions.count(functions.lit(1)).as("df"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> keyed = keyedWithoutCollisions(vocabulary);
        return stems.join(keyed, "stem")
                .groupBy("doc")
                .agg(functions.collect_list(functions.struct(col("term"), col("count"), col("df"))).as("entries"))
                .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getLong(0), unitVector(r.getList(1), n)),
                        Encoders.row(VECTORS));
    }

    /**
     * The vocabulary (stem, df) with a 64-bit key per stem, the first seed's keys under which no two of
     * its stems share a key (one small aggregation over the vocabulary per seed tried; a second seed
     * is needed about once in 10^7 corpora of a million distinct stems), so cosines are exact.
     */
    private static Dataset<Row> keyedWithoutCollisions(Dataset<Row> vocabulary) {
        for (long seed = 0; ; seed++) {
            long s = seed;
            Dataset<Row> keyed = vocabulary.withColumn("term", functions.udf(
                    (UDF1<String, Long>) stem -> Packed.termKey(stem, s), DataTypes.LongType).apply(col("stem")));
            if (keyed.groupBy("term").count().where(col("count").gt(1)).isEmpty()) {
                return keyed;
            }
        }
    }

    /** A document's packed unit vector from its (term key, count, df) entries. */
    private static byte[] unitVector(List<Row> entries, long n) {
        Row[] sorted = entries.toArray(Row[]::new);
        Arrays.sort(sorted, (p, q) -> Long.compare(p.getLong(0), q.getLong(0)));
        long[] keys = new long[sorted.length];
        double[] weights = new double[sorted.length];
        double norm = 0;
        for (int i = 0; i < sorted.length; i++) {
            keys[i] = sorted[i].getLong(0);
            weights[i] = ComparisonParts.weight(sorted[i].getInt(1), n, sorted[i].getLong(2));
            norm += weights[i] * weights[i];
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= len;
            }
        }
        return Packed.vector(keys, weights);
    }

    /** A band collision kept as the toolkit keeps it, with its estimate and cosine; else nothing. */
    private static java.util.Iterator<Row> keptScore(Row r) {
        long[] sa = Packed.signature((byte[]) r.getAs("signature_a"));
        long[] sb = Packed.signature((byte[]) r.getAs("signature_b"));
        if (!ComparisonParts.keeps(sa, sb)) {
            return java.util.Collections.emptyIterator();
        }
        byte[] va = r.getAs("vector_a");
        byte[] vb = r.getAs("vector_b");
        double cosine = va == null || vb == null ? 0 : Packed.cosine(va, vb);
        return List.of(RowFactory.create(r.<Long>getAs("a"), r.<Long>getAs("b"),
                ComparisonParts.estimatedJaccard(sa, sb), cosine)).iterator();
    }

    /**
     * Judges a task's pairs. They arrive grouped by their b side (the last join is keyed by it), so
     * the documents seen last are kept: each is rebuilt and tokenized once per run of pairs.
     */
    private static java.util.Iterator<Row> judge(java.util.Iterator<Row> pairs) {
        ComparisonParts.PairJudge judge = new ComparisonParts.PairJudge();
        Map<Long, Document> documents = new LinkedHashMap<>(128, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Document> eldest) {
                return size() > 64;
            }
        };
        List<Row> out = new ArrayList<>();
        while (pairs.hasNext()) {
            Row r = pairs.next();
            Document x = documents.computeIfAbsent(r.<Long>getAs("a"), k -> text(r, "_a").toDocument());
            Document y = documents.computeIfAbsent(r.<Long>getAs("b"), k -> text(r, "_b").toDocument());
            // the toolkit's pair order: doc_a before doc_b by id (its corpus order)
            Document a = x.id().compareTo(y.id()) < 0 ? x : y;
            Document b = a == x ? y : x;
            Judgement j = judge.judge(a, b, r.<Double>getAs("cosine"));
            out.add(RowFactory.create(a.id(), b.id(), r.<Double>getAs("estimated_jaccard"), j.cosine(), j.aInB(), j.bInA(),
                    j.shared(), j.relation(), j.source(), j.credited(), j.evidence()));
        }
        return out.iterator();
    }

    private static Row featureRow(long doc, DocumentText text) {
        Features f = ComparisonParts.features(text.toDocument());
        String[] stems = new String[f.stemCounts().size()];
        Integer[] counts = new Integer[stems.length];
        int i = 0;
        for (Map.Entry<String, Integer> e : f.stemCounts().entrySet()) {
            stems[i] = e.getKey();
            counts[i++] = e.getValue();
        }
        return RowFactory.create(doc, f.hasSignature() ? Packed.signature(f.signature()) : null, stems, counts);
    }

    private static Row textRow(long doc, DocumentText t) {
        return RowFactory.create(doc, t.id(), t.file(), t.text(), t.metadata().keySet().toArray(String[]::new),
                t.metadata().values().toArray(String[]::new), t.format().name(), t.recordTitle());
    }

    /** The text of one side of a joined row, whose text columns carry {@code suffix}. */
    private static DocumentText text(Row r, String suffix) {
        List<String> keys = r.getList(r.fieldIndex("keys" + suffix));
        List<String> values = r.getList(r.fieldIndex("values" + suffix));
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            metadata.put(keys.get(i), values.get(i));
        }
        return new DocumentText(r.getAs("id" + suffix), r.getAs("file" + suffix), r.getAs("text" + suffix), metadata,
                TextFormat.valueOf(r.getAs("format" + suffix)), r.getAs("record_title" + suffix));
    }

    /** The column names of {@code schema} with {@code side} as suffix, the first (the index) named {@code side}. */
    private static String[] suffixed(StructType schema, String side) {
        String[] names = schema.fieldNames();
        String[] out = new String[names.length];
        out[0] = side;
        for (int i = 1; i < names.length; i++) {
            out[i] = names[i] + "_" + side;
        }
        return out;
    }
}
