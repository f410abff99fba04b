package dev.byline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.terms.TermOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar on a real Spark standalone cluster: {@code spark/cluster.sh} starts a master and two
 * workers as separate JVMs (Spark's class path only, none of Byline's), the jar goes in through
 * Spark's SparkSubmit as a user submits it, reads a generated corpus from a path every process
 * shares and writes CSV there; the answers must equal the toolkit's in this JVM. Runs in
 * {@code verify} (failsafe), after the job jar is built.
 */
@Timeout(value = 1800, unit = TimeUnit.SECONDS)
class ClusterIT {
    @TempDir
    static Path dir;
    private static Path articles;
    private static Path state;
    private static Corpus corpus;
    private static List<SyntheticCorpus.Planted> planted;

    @BeforeAll
    static void startCluster() throws Exception {
        articles = dir.resolve("articles");
        state = dir.resolve("cluster");
        planted = SyntheticCorpus.write(articles, 20261206L, 260, 30);
        corpus = TestSpark.toolkit(articles);
        Result r = cluster(300, "start", "--workers", "2", "--worker-cores", "1", "--worker-memory", "768m");
        assertEquals(0, r.code(), "cluster start: " + r.err());
        assertTrue(r.out().strip().matches("spark://127\\.0\\.0\\.1:\\d+"), "prints the master URL: " + r.out());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        Result r = cluster(60, "stop");
        assertEquals(0, r.code(), "cluster stop: " + r.err());
        for (Path pid : list(state.resolve("pids"))) {
            throw new AssertionError("a daemon's pid file outlived stop: " + pid);
        }
        // the cluster's jars are links into the Maven repository: removed here, as links, so the temporary
        // folder's clean-up has none to warn about (and never follows one)
        for (Path jar : list(state.resolve("home/jars"))) {
            if (Files.isSymbolicLink(jar)) {
                Files.delete(jar);
            }
        }
    }

    @Test
    void termCountsOnTheClusterEqualTheToolkits() throws Exception {
        List<String[]> rows = submit("terms");
        SameAnswers.assertTotalsEqual(corpus, TermOptions.defaults(),
                rows.stream().map(r -> RowFactory.create(r[0], Long.parseLong(r[1]), Long.parseLong(r[2]))).toList());
        assertTrue(ranOnEveryWorker(), "both workers ran executors of the job");
    }

    @Test
    void tfidfOnTheClusterEqualsTheToolkits() throws Exception {
        List<String[]> rows = submit("tfidf");
        SameAnswers.assertTfIdfEqual(corpus, TermOptions.defaults(), rows.stream()
                .map(r -> RowFactory.create(r[0], r[1], Long.parseLong(r[2]), Double.parseDouble(r[3]))).toList());
    }

    @Test
    void nearDuplicatesOnTheClusterAreTheToolkitsWithEveryPlantedPair() throws Exception {
        List<Row> pairs = submit("near-duplicates").stream().map(r -> RowFactory.create(r[0], r[1],
                Double.parseDouble(r[2]), Double.parseDouble(r[3]), Double.parseDouble(r[4]), Double.parseDouble(r[5]),
                Integer.parseInt(r[6]), r[7], r[8], r[9], r[10])).toList();
        Map<String, String> toolkit = SameAnswers.assertPairsAgree(corpus, pairs);
        List<String> found = pairs.stream().map(r -> r.getString(0) + " " + r.getString(1)).toList();
        assertEquals(List.copyOf(toolkit.keySet()), found, "the toolkit's candidate pairs, in its order");
        for (SyntheticCorpus.Planted p : planted) {
            assertTrue(found.contains(p.original() + " " + p.copy()), "planted pair " + p + " missed");
        }
    }

    /** Submits JOB over the articles; returns the rows of its CSV output (parts in order, headers dropped). */
    private static List<String[]> submit(String job) throws Exception {
        Path out = dir.resolve("out-" + job);
        Result r = cluster(600, "submit",
                "--conf", "spark.executor.memory=512m", "--conf", "spark.cores.max=2",
                "--conf", "spark.default.parallelism=2", "--conf", "spark.sql.shuffle.partitions=2", "--",
                job, articles.toString(), "--out", out.toString());
        assertEquals(0, r.code(), job + " on the cluster: " + r.err());
        assertTrue(Files.isDirectory(out.resolve(job + ".parquet")), "Parquet written");
        List<String[]> rows = new ArrayList<>();
        for (Path part : list(out.resolve(job + ".csv"))) {
            if (part.getFileName().toString().startsWith("part-")) {
                List<String[]> records = Rfc4180.parse(Files.readString(part, StandardCharsets.UTF_8));
                rows.addAll(records.subList(1, records.size()));
            }
        }
        return rows;
    }

    /** Whether each worker's work directory holds an executor log with finished tasks. */
    private static boolean ranOnEveryWorker() throws IOException {
        for (String worker : List.of("worker-1", "worker-2")) {
            try (Stream<Path> files = Files.walk(state.resolve("work").resolve(worker))) {
                boolean ran = files.filter(p -> p.getFileName().toString().equals("stderr")).anyMatch(p -> {
                    try {
                        return Files.readString(p).contains("Finished task");
                    } catch (IOException e) {
                        return false;
                    }
                });
                if (!ran) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Path> list(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(directory)) {
            return s.sorted().toList();
        }
    }

    record Result(int code, String out, String err) {
    }

    /** Runs spark/cluster.sh with ARGS against this test's cluster directory, killing it after SECONDS. */
    private static Result cluster(int seconds, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", script().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("BYLINE_CLUSTER_DIR", state.toString());
        Path out = Files.createTempFile(dir, "cluster", ".out");
        Path err = Files.createTempFile(dir, "cluster", ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("spark/cluster.sh " + String.join(" ", args) + " took over " + seconds + " s; "
                    + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Path script() {
        return TestSpark.corpus().getParent().resolve("spark/cluster.sh");
    }
}
