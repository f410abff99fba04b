package dev.byline.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.bench.generate.CorpusGenerator;
import dev.byline.bench.generate.Vocabulary;
import dev.byline.bench.harness.Task.Peer;
import dev.byline.bench.harness.Task.Variant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of every harness task, so the benchmark cannot rot; timings are not asserted. */
class HarnessTest {
    @TempDir
    static Path tmp;
    static Path articles;

    /** The real byline CLI as its own process, from the reactor's classes (no jar needed). */
    static List<String> byline() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-cp", System.getProperty("java.class.path"), "dev.byline.cli.Main");
    }

    static boolean sklearn() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import sklearn").start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @BeforeAll
    static void corpus() {
        Path dir = tmp.resolve("c40");
        new CorpusGenerator(Vocabulary.load(Vocabulary.DEBIAN_WORDS, 3), 3, 40).generate(dir, 2);
        articles = dir.resolve(CorpusGenerator.ARTICLES);
    }

    @Test
    void everyStandardTaskRunsOrIsSkippedWithANoteAndTheLoadRowCountsEveryArticle() throws Exception {
        Path scratch = Files.createDirectories(tmp.resolve("scratch"));
        Path script = RunCommand.peerScript(scratch);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Harness h = new Harness(byline(), new ProcessMeter(scratch, 300), 1, 0, 25,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        List<ResultRow> rows = h.run(Tasks.standard(Path.of("/usr/bin/python3"), script), articles, scratch);
        boolean python = sklearn();
        for (String task : List.of("load", "terms", "tfidf", "quotes", "near-dup", "compare")) {
            List<ResultRow> mine = rows.stream().filter(r -> r.task().equals(task)).toList();
            assertTrue(!mine.isEmpty(), task + " has a row");
            for (ResultRow r : mine) {
                if (r.byline() == null) {
                    assertTrue(r.note().contains("does not exist yet"), r.toString());
                    continue;
                }
                assertTrue(r.byline().ok(), task + ": " + r.byline().failure());
                assertEquals("", r.note(), task);
                if (python || r.peer().startsWith("wc")) {
                    assertTrue(r.peerMeasurement().ok(), task + " peer " + r.peer() + ": " + r.peerMeasurement().failure());
                    assertTrue(r.peerMeasurement().median() > 0);
                }
            }
        }
        ResultRow load = rows.stream().filter(r -> r.task().equals("load")).findFirst().orElseThrow();
        assertEquals(41, load.byline().outputLines(), "header and one row per article");
        assertEquals(40, load.docs());
        ResultRow compare = rows.stream().filter(r -> r.task().equals("compare")).findFirst().orElseThrow();
        assertEquals(25, compare.docs(), "the all-pairs task runs on the subset");
        String table = ResultTable.markdown(rows);
        assertEquals(rows.size() + 2, table.lines().count(), "header, rule, one line per row");
    }

    @Test
    void aCommandThatDoesNotExistYetIsSkippedNotFailed() throws Exception {
        Path scratch = Files.createDirectories(tmp.resolve("scratch2"));
        Harness h = new Harness(byline(), new ProcessMeter(scratch, 120), 1, 0, 25, new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Task future = new Task("future", "a command nobody wrote", List.of(new Variant("no-such-command", null,
                dir -> List.of("no-such-command", dir.toString()))), List.of(new Peer("true", dir -> List.of("true"))),
                false);
        Task option = new Task("option", "an option nobody wrote", List.of(new Variant("corpus", "--no-such-option",
                dir -> List.of("corpus", dir.toString()))), List.of(new Peer("true", dir -> List.of("true"))), false);
        List<ResultRow> rows = h.run(List.of(future, option), articles, scratch);
        assertEquals(2, rows.size());
        for (ResultRow r : rows) {
            assertNull(r.byline());
            assertTrue(r.note().startsWith("skipped: `byline "), r.note());
        }
    }

    @Test
    void aFailingCommandIsReportedWithItsExitCodeAndMessage() throws Exception {
        ProcessMeter meter = new ProcessMeter(tmp.resolve("scratch3"), 60);
        Measurement m = Measurement.of(List.of(meter.run(List.of("sh", "-c", "echo partial; echo 'bad input' >&2; exit 3"),
                tmp)));
        assertNotNull(m.failure());
        assertEquals("exit 3: bad input", m.failure());
        Measurement ok = Measurement.of(List.of(meter.run(List.of("sh", "-c", "echo a; echo b"), tmp),
                meter.run(List.of("true"), tmp), meter.run(List.of("true"), tmp)));
        assertTrue(ok.ok());
        assertTrue(ok.min() <= ok.median() && ok.median() <= ok.max());
    }
}
