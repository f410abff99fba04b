package dev.byline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when the input is bad: one line naming the file, exit 1, never a stack trace. */
class BadInputTest {
    @TempDir
    Path tmp;
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = TestSpark.session();
    }

    /** Exit code and stderr of one run. */
    private record Run(int code, String err) {
        List<String> lines() {
            return err.lines().toList();
        }
    }

    private Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = SparkMain.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private static void assertOneLineNaming(Run r, String file, String problem) {
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.lines().size(), "one line: " + r.err());
        assertTrue(r.err().startsWith("byline-spark: "), r.err());
        assertTrue(r.err().contains(file), "names " + file + ": " + r.err());
        assertTrue(r.err().contains(problem), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    /** A CSV output directory read as a user would: part files in name order, one header. */
    static List<String> csv(Path dir) throws java.io.IOException {
        List<String> lines = new java.util.ArrayList<>();
        try (var parts = Files.list(dir)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                List<String> l = Files.readAllLines(part);
                lines.addAll(lines.isEmpty() ? l : l.subList(Math.min(1, l.size()), l.size()));
            }
        }
        return lines;
    }

    @Test
    void missingPathFailsBeforeAnyTaskNamingThePath() {
        Path missing = tmp.resolve("no-such-dir");
        assertOneLineNaming(run("terms", missing.toString(), "--out", tmp.resolve("out").toString()),
                missing.toString(), "no such file or directory");
    }

    @Test
    void nonUtf8FileStopsTheJobNamingTheFile() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Ministers met on Monday.\n");
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 owners protested.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertOneLineNaming(run("terms", in.toString(), "--out", tmp.resolve("out").toString()),
                in.resolve("latin1.txt").toString(), "not valid UTF-8");
        assertFalse(Files.exists(tmp.resolve("out/terms.csv/_SUCCESS")), "no output from a failed job");
    }

    @Test
    void malformedJsonLineNamesTheFileAndLine() throws Exception {
        Path feed = tmp.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\": \"a\", \"text\": \"Ministers met on Monday.\"}\n{\"id\": \"b\", \"text\": \n");
        assertOneLineNaming(run("tfidf", feed.toString(), "--out", tmp.resolve("out").toString()),
                feed.toString(), "line 2: malformed JSON");
    }

    /** The same words as the single-JVM loader: where the problem is, what it is, no library's notation. */
    @Test
    void malformedJsonAndWrongTextTypeAreWordedAsTheToolkitWordsThem() throws Exception {
        Path feed = tmp.resolve("worded.jsonl");
        Files.writeString(feed, "{\"id\": \"b\", \"text\": \"unclosed}\n");
        Run r = run("tfidf", feed.toString(), "--out", tmp.resolve("out1").toString());
        assertOneLineNaming(r, feed.toString(), "line 1: malformed JSON at column 31: a quoted string is not closed");
        assertFalse(r.err().contains("gson") || r.err().contains("path $"), r.err());
        Files.writeString(feed, "{\"id\": \"n\", \"text\": 42}\n");
        assertOneLineNaming(run("tfidf", feed.toString(), "--out", tmp.resolve("out2").toString()),
                feed.toString(), "line 1: field 'text' is a number, not a string");
    }

    @Test
    void skipBadReportsTheBadFileAndCountsTheGoodOnes() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Ministers met ministers on Monday.\n");
        Files.write(in.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});
        Path out = tmp.resolve("out");
        Run r = run("terms", in.toString(), "--out", out.toString(), "--skip-bad");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipped " + in.resolve("bad.txt") + ": not valid UTF-8"), r.err());
        assertEquals(List.of("term,count,docs", "ministers,2,1", "met,1,1", "monday,1,1"), csv(out.resolve("terms.csv")));
    }

    /** As the toolkit: the first document with an id (in path order, then line order) is kept; a later one is bad input. */
    @Test
    void aRepeatedIdStopsTheJobOrIsSkippedKeepingTheFirst() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"id\": \"x\", \"text\": \"Ministers met on Monday.\"}\n"
                + "{\"id\": \"y\", \"text\": \"Talks resumed.\"}\n");
        Files.writeString(in.resolve("b.jsonl"), "{\"id\": \"x\", \"text\": \"Generals met generals.\"}\n");
        Files.writeString(in.resolve("y.txt"), "Talks failed.\n");
        assertOneLineNaming(run("terms", in.toString(), "--out", tmp.resolve("out").toString()),
                in.resolve("b.jsonl").toString(), "duplicate id 'x' (already loaded from " + in.resolve("a.jsonl") + ")");
        Path out = tmp.resolve("out2");
        Run r = run("terms", in.toString(), "--out", out.toString(), "--skip-bad");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipped " + in.resolve("b.jsonl") + ": duplicate id 'x'"), r.err());
        assertTrue(r.err().contains("skipped " + in.resolve("y.txt") + ": duplicate id 'y'"), r.err());
        assertEquals(List.of("term,count,docs", "met,1,1", "ministers,1,1", "monday,1,1", "resumed,1,1", "talks,1,1"),
                csv(out.resolve("terms.csv")));
        assertEquals(csv(out.resolve("terms.csv")).subList(1, 6), toolkitCounts(in));
    }

    /** The toolkit's frequency table for the same files, as term,count,docs lines. */
    private static List<String> toolkitCounts(Path in) {
        tech.tablesaw.api.Table t = dev.byline.terms.Terms.frequencies(dev.byline.corpus.Corpus.load(in));
        List<String> lines = new java.util.ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            lines.add(t.stringColumn("term").get(r) + "," + t.longColumn("count").get(r) + "," + t.intColumn("docs").get(r));
        }
        return lines;
    }

    @Test
    void existingOutputIsNotOverwrittenUnlessAsked() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Ministers met on Monday.\n");
        Path out = tmp.resolve("out");
        assertEquals(0, run("terms", in.toString(), "--out", out.toString()).code());
        assertOneLineNaming(run("terms", in.toString(), "--out", out.toString()), out.resolve("terms.parquet").toString(),
                "already exists");
        assertEquals(0, run("terms", in.toString(), "--out", out.toString(), "--overwrite").code());
    }

    @Test
    void parquetWithChosenColumnsCountsLikeTextFilesAndAMissingColumnIsNamed() throws Exception {
        StructType schema = new StructType().add("key", DataTypes.StringType).add("body", DataTypes.StringType);
        Path parquet = tmp.resolve("articles.parquet");
        spark.createDataFrame(List.of(RowFactory.create("p1", "Ministers met on Monday."),
                RowFactory.create("p2", "Ministers resigned.")), schema).write().parquet(parquet.toString());
        Path out = tmp.resolve("out");
        Run ok = run("terms", parquet.toString(), "--out", out.toString(), "--text-column", "body", "--id-column", "key", "--by-doc");
        assertEquals(0, ok.code(), ok.err());
        assertEquals(List.of("doc,term,count", "p1,met,1", "p1,ministers,1", "p1,monday,1", "p2,ministers,1", "p2,resigned,1"),
                csv(out.resolve("terms.csv")));

        Run missing = run("terms", parquet.toString(), "--out", tmp.resolve("out2").toString());
        assertOneLineNaming(missing, "articles.parquet", "no column 'text' (columns: key, body)");
    }

    @Test
    void unknownOptionIsBadUsage() {
        assertEquals(2, run("terms", "corpus", "--out", "x", "--no-such-option").code());
    }
}
