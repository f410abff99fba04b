package dev.byline.spark;

import dev.byline.BylineException;
import dev.byline.corpus.DocumentReaders;
import dev.byline.corpus.FeedMerge;
import dev.byline.corpus.FileReading;
import dev.byline.corpus.LoadOptions;
import dev.byline.corpus.SourceFile;
import dev.byline.text.Document;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Reads the documents of a job: directories (recursively) and files on any Hadoop file system — every
 * format the toolkit reads, read by the toolkit's own readers ({@link DocumentReaders}: text, Markdown,
 * JSON Lines, JSON, CSV, web pages, feeds, web archives; feed items folded into the pages they link to as the
 * toolkit folds them), and Parquet ({@code .parquet}, text and id columns configurable). Ids and
 * problems are the toolkit's: a file's id is its path relative to the directory given, without
 * extension; a record's is its id field, else {@code FILE_ID#LINE}. Hidden files ({@code .x},
 * {@code _x}) and other extensions are skipped, as the toolkit skips them.
 *
 * <pre>{@code
 * JavaRDD<DocumentText> docs = Inputs.read(spark, List.of("corpus"), InputColumns.defaults(), bad);
 * }</pre>
 *
 * <p>The files are listed by the driver (so a missing path is reported before any task starts);
 * text and JSONL files are read whole, one file per record, by the tasks.
 */
public final class Inputs {
    static final Set<String> PARQUET = Set.of("parquet");

    private Inputs() {
    }

    /**
     * The documents under {@code paths}.
     *
     * @throws BylineException if a path does not exist or holds no readable documents
     */
    public static JavaRDD<DocumentText> read(SparkSession spark, List<String> paths, InputColumns columns, BadInput bad) {
        if (paths.isEmpty()) {
            throw new BylineException("no paths given: name a directory or files to read");
        }
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> roots = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        Map<String, Map<String, String>> metadata = new HashMap<>();
        for (String given : paths) {
            list(given, conf, roots, texts, parquet, metadata, bad);
        }
        if (texts.isEmpty() && parquet.isEmpty()) {
            throw new BylineException(java.nio.file.Path.of(paths.get(0)),
                    "no documents found (looked for ." + String.join(", .", DocumentReaders.extensions()) + " and .parquet files)");
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Each document carries its place in the toolkit's reading order (file in path order, record in file),
        // so that of several documents with one id the first is kept, as the toolkit keeps it.
        List<JavaPairRDD<Long, DocumentText>> parts = new ArrayList<>();
        if (!texts.isEmpty()) {
            Broadcast<List<String>> rootList = jsc.broadcast(List.copyOf(roots));
            Broadcast<Map<String, String>> hadoop = jsc.broadcast(settings(conf));
            List<Tuple2<Integer, String>> numbered = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                numbered.add(new Tuple2<>(i, texts.get(i)));
            }
            // The driver has the file list, so the tasks get even slices of it: the work is CPU-bound text
            // analysis, and Hadoop's small-file splits would put a whole corpus of small files in one task.
            int slices = Math.min(texts.size(), Math.max(3 * jsc.defaultParallelism(), texts.size() / 1000));
            JavaPairRDD<Long, DocumentText> read = jsc.parallelize(numbered, slices).mapPartitionsToPair(files -> {
                Configuration taskConf = new Configuration(false);
                hadoop.value().forEach(taskConf::set);
                List<Tuple2<Long, DocumentText>> out = new ArrayList<>();
                while (files.hasNext()) {
                    Tuple2<Integer, String> file = files.next();
                    long record = (long) file._1() << 32;
                    for (DocumentText d : fromFile(file._2(), taskConf, rootList.value(), columns, bad)) {
                        out.add(new Tuple2<>(record++, d));
                    }
                }
                return out.iterator();
            });
            // joined into the session's shuffle partitions (one per 32 MB of input, SparkMain), not the slices: a
            // thousand slices each sending a block to a thousand partitions would be a million tiny blocks
            int partitions = Math.max(jsc.defaultParallelism(), Integer.parseInt(spark.conf().get(ShufflePartitions.KEY, "200")));
            parts.add(metadata.isEmpty() ? read : withSidecarRows(jsc, read, metadata, partitions));
        }
        if (!parquet.isEmpty()) {
            long after = (long) texts.size() << 32;
            parts.add(fromParquet(spark, parquet, columns, bad).zipWithIndex()
                    .mapToPair(t -> new Tuple2<>(after + t._2(), t._1())));
        }
        JavaPairRDD<Long, DocumentText> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return withFeedsJoined(jsc, withoutRepeatedIds(jsc, all.persist(StorageLevel.MEMORY_AND_DISK_SER()), bad)).values();
    }

    /**
     * The documents with their {@code corpus.csv} rows, joined by id across the cluster. A sidecar has a row per
     * document, so a broadcast of them grows with the corpus: a million rows take about 0.9 GB of heap, more than an
     * executor of {@code spark.executor.memory=1g} has. Joined, each task holds only its share of the rows.
     */
    private static JavaPairRDD<Long, DocumentText> withSidecarRows(JavaSparkContext jsc, JavaPairRDD<Long, DocumentText> docs,
                                                                   Map<String, Map<String, String>> rows, int partitions) {
        List<Tuple2<String, Map<String, String>>> byId = new ArrayList<>(rows.size());
        rows.forEach((id, row) -> byId.add(new Tuple2<>(id, row)));
        JavaPairRDD<String, Map<String, String>> sidecar = jsc.parallelizePairs(byId, partitions);
        return docs.mapToPair(t -> new Tuple2<>(t._2().id(), t))
                .leftOuterJoin(sidecar, partitions)
                .mapToPair(j -> {
                    Tuple2<Long, DocumentText> doc = j._2()._1();
                    return j._2()._2().isPresent() ? new Tuple2<>(doc._1(), doc._2().withMetadata(j._2()._2().get())) : doc;
                });
    }

    /**
     * The documents with each feed item that links to a page among them folded into that page, as the toolkit's
     * load folds them ({@link FeedMerge}): the first page of an address in reading order gets the items' metadata,
     * and the items are no documents of their own. One small pass finds the pages' addresses; the items that match
     * (few: one per feed entry) go to the driver and back by broadcast.
     */
    private static JavaPairRDD<Long, DocumentText> withFeedsJoined(JavaSparkContext jsc, JavaPairRDD<Long, DocumentText> docs) {
        JavaPairRDD<Long, DocumentText> web = docs.filter(t -> isWeb(t._2()));
        Map<String, Long> firstPage = new HashMap<>(web.filter(t -> FeedMerge.isPage(t._2().toDocument()))
                .mapToPair(t -> new Tuple2<>(FeedMerge.key(t._2().metadata().get("url")), t._1()))
                .reduceByKey(Math::min).collectAsMap());
        if (firstPage.isEmpty()) {
            return docs;
        }
        Broadcast<Map<String, Long>> pages = jsc.broadcast(firstPage);
        List<Tuple2<Long, DocumentText>> joined = new ArrayList<>(web.filter(t -> FeedMerge.isFeedItem(t._2().toDocument())
                && pages.value().containsKey(FeedMerge.key(t._2().metadata().get("url")))).collect());
        if (joined.isEmpty()) {
            return docs;
        }
        joined.sort(java.util.Comparator.comparing(Tuple2::_1));
        Map<Long, List<DocumentText>> itemsByPage = new HashMap<>();
        Set<Long> folded = new HashSet<>();
        for (Tuple2<Long, DocumentText> item : joined) {
            itemsByPage.computeIfAbsent(firstPage.get(FeedMerge.key(item._2().metadata().get("url"))), k -> new ArrayList<>())
                    .add(item._2());
            folded.add(item._1());
        }
        Broadcast<Map<Long, List<DocumentText>>> items = jsc.broadcast(itemsByPage);
        Broadcast<Set<Long>> gone = jsc.broadcast(folded);
        return docs.filter(t -> !gone.value().contains(t._1())).mapToPair(t -> {
            List<DocumentText> its = items.value().get(t._1());
            if (its == null) {
                return t;
            }
            Document page = FeedMerge.fill(t._2().toDocument(), its.stream().map(DocumentText::toDocument).toList());
            return new Tuple2<>(t._1(), DocumentText.of(page, t._2().file()));
        });
    }

    private static boolean isWeb(DocumentText t) {
        String format = t.metadata().getOrDefault("format", "");
        return format.equals("page") || format.equals("archive") || format.equals("feed");
    }

    /**
     * The documents less any whose id an earlier document (in reading order) already has, each of those
     * reported as bad input, as the toolkit reports and skips them. Two small passes over the persisted
     * documents: count the ids, then place the few that repeat.
     */
    private static JavaPairRDD<Long, DocumentText> withoutRepeatedIds(JavaSparkContext jsc, JavaPairRDD<Long, DocumentText> docs,
                                                                      BadInput bad) {
        List<String> repeated = docs.mapToPair(t -> new Tuple2<>(t._2().id(), 1L)).reduceByKey(Long::sum)
                .filter(t -> t._2() > 1).keys().collect();
        if (repeated.isEmpty()) {
            return docs;
        }
        Broadcast<Set<String>> ids = jsc.broadcast(new HashSet<>(repeated));
        List<Tuple2<Long, Tuple2<String, String>>> places = new ArrayList<>(docs.filter(t -> ids.value().contains(t._2().id()))
                .mapToPair(t -> new Tuple2<>(t._1(), new Tuple2<>(t._2().id(), t._2().file()))).collect());
        places.sort(java.util.Comparator.comparing(Tuple2::_1));
        Map<String, String> firstFile = new HashMap<>();
        Set<Long> dropped = new HashSet<>();
        for (Tuple2<Long, Tuple2<String, String>> place : places) {
            String id = place._2()._1();
            String first = firstFile.putIfAbsent(id, place._2()._2());
            if (first != null) {
                bad.report(new BylineException(java.nio.file.Path.of(place._2()._2()),
                        "duplicate id '" + id + "' (already loaded from " + first + ")"));
                dropped.add(place._1());
            }
        }
        Broadcast<Set<Long>> skip = jsc.broadcast(dropped);
        return docs.filter(t -> !skip.value().contains(t._1()));
    }

    /** The driver's Hadoop settings (file systems, credentials), for the tasks to open files with. */
    private static Map<String, String> settings(Configuration conf) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, String> e : conf) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Adds the readable files under {@code given} to the lists, and its root (for ids) to {@code roots}. */
    private static void list(String given, Configuration conf, List<String> roots, List<String> texts, List<String> parquet,
                             Map<String, Map<String, String>> metadata, BadInput bad) {
        try {
            Path path = new Path(given);
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                throw new BylineException(java.nio.file.Path.of(given), "no such file or directory");
            }
            Path qualified = fs.makeQualified(path);
            if (!fs.getFileStatus(qualified).isDirectory()) {
                roots.add(qualified.getParent().toString());
                classify(qualified, texts, parquet);
                Path sidecar = new Path(qualified.getParent(), dev.byline.corpus.Metadata.SIDECAR);
                if (fs.exists(sidecar) && fs.getFileStatus(sidecar).isFile()) {
                    // only this file's row matters; the toolkit reads the sidecar beside an explicit file too
                    Map<String, Map<String, String>> rows = new HashMap<>();
                    Sidecars.read(sidecar, "", conf, rows, bad);
                    String id = idOf(qualified.toString(), List.of(qualified.getParent().toString()));
                    if (rows.containsKey(id)) {
                        metadata.put(id, rows.get(id));
                    }
                }
                return;
            }
            String root = qualified.toString();
            roots.add(root);
            List<Path> found = new ArrayList<>();
            walk(fs, qualified, root, found);
            found.sort(null);
            for (Path p : found) {
                if (Sidecars.isSidecar(p)) {
                    String dir = p.getParent().toString();
                    Sidecars.read(p, dir.equals(root) ? "" : dir.substring(root.length() + 1), conf, metadata, bad);
                } else {
                    classify(p, texts, parquet);
                }
            }
        } catch (FileNotFoundException e) {
            throw new BylineException(java.nio.file.Path.of(given), "no such file or directory");
        } catch (IOException e) {
            throw new BylineException(java.nio.file.Path.of(given), "cannot read: " + oneLine(e.getMessage()), e);
        }
    }

    /**
     * The files under {@code dir}, hidden ones left out. Plain statuses, not {@code FileSystem.listFiles}: its
     * located statuses ask each file for its permissions, which the local file system without Hadoop's native
     * library answers by running {@code ls -ld} once per file, 100,000 processes for 100,000 articles.
     */
    private static void walk(FileSystem fs, Path dir, String root, List<Path> found) throws IOException {
        RemoteIterator<FileStatus> it = fs.listStatusIterator(dir);
        while (it.hasNext()) {
            FileStatus s = it.next();
            if (s.isDirectory()) {
                walk(fs, s.getPath(), root, found);
            } else if (s.isFile() && !hidden(root, s.getPath().toString())) {
                found.add(s.getPath());
            }
        }
    }

    private static void classify(Path file, List<String> texts, List<String> parquet) {
        String ext = extension(file.getName());
        if (DocumentReaders.supports(file.getName())) {
            texts.add(file.toString());
        } else if (PARQUET.contains(ext)) {
            parquet.add(file.toString());
        }
    }

    /** Hidden as Hadoop and the toolkit see it: any part of the path below the root starting with '.' or '_'. */
    private static boolean hidden(String root, String file) {
        String rel = file.startsWith(root) ? file.substring(root.length()) : file;
        return Arrays.stream(rel.split("/")).anyMatch(p -> p.startsWith(".") || p.startsWith("_"));
    }

    /** The documents of one file, read by the toolkit's reader of its format; its problems go to {@code bad}. */
    static List<DocumentText> fromFile(String file, Configuration conf, List<String> roots, InputColumns columns, BadInput bad) {
        String shown = display(file);
        Path path = new Path(file);
        SourceFile source = new SourceFile(java.nio.file.Path.of(shown), idOf(file, roots), () -> path.getFileSystem(conf).open(path));
        LoadOptions options = LoadOptions.defaults().withTextField(columns.text()).withIdField(columns.id());
        List<DocumentText> out = new ArrayList<>();
        for (FileReading.Entry entry : DocumentReaders.read(source, options).entries()) {
            switch (entry) {
                case FileReading.Read read -> out.add(DocumentText.of(read.document(), shown));
                case FileReading.Failed failed -> bad.report(new BylineException(failed.problem().file(), failed.problem().message()));
            }
        }
        return out;
    }

    /** The path below the longest root holding it, without extension, '/'-separated. */
    static String idOf(String file, List<String> roots) {
        String best = "";
        for (String r : roots) {
            if (file.startsWith(r + "/") && r.length() > best.length()) {
                best = r;
            }
        }
        String rel = best.isEmpty() ? file.substring(file.lastIndexOf('/') + 1) : file.substring(best.length() + 1);
        return DocumentReaders.idOf(rel);
    }

    private static JavaRDD<DocumentText> fromParquet(SparkSession spark, List<String> files, InputColumns columns, BadInput bad) {
        Dataset<Row> rows;
        try {
            rows = spark.read().parquet(files.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new BylineException(java.nio.file.Path.of(display(files.get(0))), "cannot read Parquet: " + oneLine(e.getMessage()), e);
        }
        List<String> names = Arrays.asList(rows.columns());
        String first = display(files.get(0));
        for (String needed : List.of(columns.text(), columns.id())) {
            if (!names.contains(needed)) {
                String option = needed.equals(columns.text()) ? "--text-column" : "--id-column";
                throw new BylineException(java.nio.file.Path.of(first), "no column '" + needed + "' (columns: "
                        + String.join(", ", names) + "); choose it with " + option);
            }
        }
        StructField textField = rows.schema().apply(columns.text());
        if (!textField.dataType().equals(DataTypes.StringType)) {
            throw new BylineException(java.nio.file.Path.of(first), "column '" + columns.text() + "' holds "
                    + textField.dataType().simpleString() + ", not text");
        }
        Dataset<Row> picked = rows.select(functions.col(columns.id()).cast("string"), functions.col(columns.text()),
                functions.input_file_name());
        return picked.toJavaRDD().flatMap(r -> {
            String file = display(r.getString(2));
            String id = r.isNullAt(0) ? "" : r.getString(0);
            String text = r.isNullAt(1) ? "" : r.getString(1);
            if (id.isBlank()) {
                bad.report(new BylineException(java.nio.file.Path.of(file), "a row has no '" + columns.id() + "'"));
                return List.<DocumentText>of().iterator();
            }
            if (text.isBlank()) {
                bad.report(new BylineException(java.nio.file.Path.of(file), "row '" + id + "': column '" + columns.text() + "' is empty"));
                return List.<DocumentText>of().iterator();
            }
            return List.of(new DocumentText(id, file, text)).iterator();
        });
    }

    /** A local file's path without the {@code file:} scheme, as a user typed it; other URIs as they are. */
    static String display(String uri) {
        return uri.startsWith("file:") ? new Path(uri).toUri().getPath() : uri;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
