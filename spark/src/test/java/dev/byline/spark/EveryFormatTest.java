package dev.byline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.LoadOptions;
import dev.byline.corpus.LoadProblem;
import dev.byline.terms.TermOptions;
import dev.byline.terms.Terms;
import dev.byline.text.Document;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * A folder holding every format the toolkit reads (text, Markdown, CSV, JSON Lines, JSON, a sidecar, a bad
 * record or two) reads the same in Spark as in the toolkit: the same documents with the same ids, titles and
 * metadata, the same problems, and so the same term counts: {@code byline-spark terms DIR} equals
 * {@code byline terms DIR}.
 */
class EveryFormatTest {
    @TempDir
    static Path dir;
    private static SparkSession spark;

    @BeforeAll
    static void write() throws Exception {
        spark = TestSpark.session();
        Files.writeString(dir.resolve("wire.txt"), "Harbour strike ends\n\nDockers in Velmora voted to return on Monday, "
                + "the union said.\n\n\"We won the pay rise,\" said Ana Brel.\n");
        Files.writeString(dir.resolve("notes.md"), "# Council backs the ferry plan\n\nThe council voted 7-2 for the ferry. "
                + "Critics said fares would rise.\n");
        Files.writeString(dir.resolve("table.csv"), "id,outlet,text\nc1,Gazette,\"Ferry fares rose, the operator said.\"\n"
                + ",Courier,\"Strike talks resumed.\"\nc3,Courier,\n");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"j1\", \"title\": \"Timetable overhaul\", \"text\": \"The ferry sailed late.\", \"outlet\": \"Post\"}\n"
                + "{\"id\": \"j2\", \"text\": 7}\n{\"text\": \"Union leaders met the mayor.\"}\n");
        Files.writeString(dir.resolve("batch.json"), "[{\"id\": \"k1\", \"text\": \"Fares fell again.\"}, {\"text\": \"\"}]");
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/late.txt"), "Dockers returned to work on Tuesday.\n");
        // a sidecar's title labels a document; it is not text of the article, in Spark as in the toolkit
        Files.writeString(dir.resolve("corpus.csv"), "id,outlet,date,title\nwire,Herald,2026-03-03,\n"
                + "more/late,Herald,2026-03-04,Zebra label\n");
        Files.writeString(dir.resolve("ignored.xyz"), "not a document\n");
    }

    private static Corpus toolkit() {
        return Corpus.load(LoadOptions.defaults(), dir);
    }

    private static JavaRDD<DocumentText> spark(BadInput bad) {
        return Inputs.read(spark, List.of(dir.toString()), InputColumns.defaults(), bad);
    }

    @Test
    void everyFormatGivesTheToolkitsDocumentsIdsTitlesAndMetadata() {
        Map<String, String> expected = new TreeMap<>();
        for (Document d : toolkit()) {
            expected.put(d.id(), d.raw() + "|" + d.title().orElse("") + "|" + d.metadata());
        }
        Map<String, String> actual = new TreeMap<>();
        for (DocumentText t : spark(BadInput.skipping(spark.sparkContext())).collect()) {
            Document d = t.toDocument();
            actual.put(d.id(), d.raw() + "|" + d.title().orElse("") + "|" + d.metadata());
        }
        assertEquals(new TreeSet<>(List.of("c1", "feed#3", "j1", "k1", "more/late", "notes", "table#2", "wire")),
                expected.keySet(), "the toolkit reads every format");
        assertEquals(expected, actual);
        assertTrue(actual.get("notes").contains("|Council backs the ferry plan|"), "Markdown heading as title in Spark too");
    }

    @Test
    void badRecordsAreTheToolkitsProblemsWordForWord() {
        BadInput bad = BadInput.skipping(spark.sparkContext());
        spark(bad).count();
        List<String> expected = toolkit().problems().stream().map(LoadProblem::toString)
                .map(p -> p.replace(dir.toString(), "DIR")).sorted().distinct().toList();
        List<String> actual = bad.problems().stream().map(p -> p.replace(dir.toString(), "DIR")).sorted().toList();
        assertEquals(3, expected.size(), "the csv's empty text, the jsonl's number, the json's empty text: " + expected);
        assertEquals(expected, actual);
    }

    private static List<String> toolkitTerms(TermOptions options) {
        Table t = Terms.frequencies(toolkit(), options);
        List<String> expected = new java.util.ArrayList<>(List.of("term,count,docs"));
        for (int r = 0; r < t.rowCount(); r++) {
            expected.add(t.stringColumn("term").get(r) + "," + t.column("count").get(r) + "," + t.column("docs").get(r));
        }
        return expected;
    }

    @Test
    void sparkTermsOnTheFolderEqualBylineTerms(@TempDir Path outside) throws Exception {
        Path out = outside.resolve("out");   // beside the input folder, so the job does not read its own output
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkMain.run(new String[] {"terms", dir.toString(), "--out", out.toString(),
                "--skip-bad", "--overwrite"}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> expected = toolkitTerms(TermOptions.defaults());
        assertTrue(expected.contains("ferry,4,3"), "words of the Markdown (its heading too), CSV and JSONL documents: " + expected);
        assertTrue(expected.contains("strike,2,2"), "the text file's headline and the CSV's body: " + expected);
        assertTrue(expected.contains("timetable,1,1"), "the JSON record's title: " + expected);
        assertTrue(expected.stream().noneMatch(l -> l.startsWith("zebra,")), "not the sidecar's title: " + expected);
        assertEquals(expected, BadInputTest.csv(out.resolve("terms.csv")));
        assertEquals(toolkit().problems().size(), err.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("skipped ")).collect(Collectors.toSet()).size(), "each problem once");
    }

    @Test
    void sparkTermsWithoutTitlesEqualBylineTermsWithoutTitles(@TempDir Path outside) throws Exception {
        Path out = outside.resolve("out");   // beside the input folder, so the job does not read its own output
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkMain.run(new String[] {"terms", dir.toString(), "--out", out.toString(), "--no-title",
                "--skip-bad", "--overwrite"}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> expected = toolkitTerms(TermOptions.defaults().withParts(dev.byline.text.Parts.BODY));
        assertTrue(expected.contains("strike,1,1"), "the CSV's body only: " + expected);
        assertTrue(expected.stream().noneMatch(l -> l.startsWith("timetable,")), expected.toString());
        assertEquals(expected, BadInputTest.csv(out.resolve("terms.csv")));
    }
}
