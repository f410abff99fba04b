package dev.byline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.LoadOptions;
import dev.byline.corpus.LoadProblem;
import dev.byline.terms.TermOptions;
import dev.byline.terms.Terms;
import dev.byline.text.Document;
import dev.byline.web.ArchiveWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The web formats read the same in Spark as in the toolkit: a saved page ({@code .html}), an RSS feed whose first
 * item links to that page (folded into it) and a second item of its own, an Atom feed, and a gzipped web archive
 * holding a story and a home page (skipped and counted). Same documents, ids and metadata, same problems, and
 * {@code byline-spark terms DIR} equals {@code byline terms DIR}.
 */
class WebFormatsSparkTest {
    @TempDir
    static Path dir;
    private static SparkSession spark;

    private static String page(String headline, String url, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>");
        }
        return "<!doctype html><html lang=en><head><title>" + headline + " | Harbour Gazette</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\"><link rel=canonical href=\"" + url + "\">"
                + "<meta property=\"article:published_time\" content=\"2026-03-03T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav><article><h1>" + headline + "</h1>"
                + body + "</article><footer>All rights reserved</footer></body></html>";
    }

    private static String sentence(String subject) {
        return subject + " met on Tuesday to discuss the ferry timetable, which the harbour board wants changed before"
                + " the summer season, when the number of passengers usually doubles and the queues reach the gate.";
    }

    @BeforeAll
    static void write() throws Exception {
        spark = TestSpark.session();
        Files.writeString(dir.resolve("ferry.html"), page("Ferry timetable to change in May",
                "https://gazette.example/2026/03/03/ferry", sentence("The harbour board"), sentence("Ferry workers"),
                "\"We will keep the early crossing,\" said Ana Brel, who chairs the board."));
        Files.writeString(dir.resolve("newsroom.rss"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Harbour Gazette</title><link>https://gazette.example/</link><description>News</description>"
                + "<item><title>Ferry timetable to change in May</title><link>https://gazette.example/2026/03/03/ferry</link>"
                + "<pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate><author>news@gazette.example (Tom Okafor)</author>"
                + "<description>The board wants changes.</description></item>"
                + "<item><title>Dockers end strike</title><link>https://gazette.example/2026/03/04/strike</link>"
                + "<pubDate>Wed, 04 Mar 2026 08:00:00 GMT</pubDate><description><![CDATA[<p>" + sentence("Dockers")
                + "</p>]]></description></item></channel></rss>");
        Files.writeString(dir.resolve("updates.atom"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Council updates</title><id>urn:council</id>"
                + "<updated>2026-03-05T10:00:00Z</updated><entry><title>Council backs the pier repair</title>"
                + "<id>urn:council:1</id><link href=\"https://council.example/pier\"/><updated>2026-03-05T10:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;" + sentence("The council") + "&lt;/p&gt;</content></entry></feed>");
        try (ArchiveWriter w = ArchiveWriter.create(dir.resolve("crawl.warc.gz"))) {
            w.add("https://gazette.example/", Instant.parse("2026-03-06T12:00:00Z"), "text/html; charset=utf-8",
                    ("<html><body><ul><li><a href=/a>Ferry timetable to change</a></li><li><a href=/b>Dockers end strike</a>"
                            + "</li><li><a href=/c>Council backs pier</a></li></ul></body></html>").getBytes(StandardCharsets.UTF_8));
            w.add("https://gazette.example/2026/03/06/fares", Instant.parse("2026-03-06T12:00:01Z"), "text/html; charset=utf-8",
                    page("Fares rise on the island routes", "https://gazette.example/2026/03/06/fares",
                            sentence("The ferry operator"), sentence("Island councillors")).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Corpus toolkit() {
        return Corpus.load(LoadOptions.defaults(), dir);
    }

    @Test
    void pageFeedsAndArchiveGiveTheToolkitsDocumentsInSpark() {
        Map<String, String> expected = new TreeMap<>();
        for (Document d : toolkit()) {
            expected.put(d.id(), d.raw() + "|" + d.title().orElse("") + "|" + d.metadata());
        }
        Map<String, String> actual = new TreeMap<>();
        BadInput bad = BadInput.skipping(spark.sparkContext());
        for (DocumentText t : Inputs.read(spark, List.of(dir.toString()), InputColumns.defaults(), bad).collect()) {
            Document d = t.toDocument();
            actual.put(d.id(), d.raw() + "|" + d.title().orElse("") + "|" + d.metadata());
        }
        assertEquals(List.of("crawl#2", "ferry", "newsroom#2", "updates#1"), List.copyOf(expected.keySet()),
                "page, feed items (the first folded into the page it links to), the archive's story");
        assertEquals(expected, actual);
        List<String> problems = toolkit().problems().stream().map(LoadProblem::toString)
                .map(p -> p.replace(dir.toString(), "DIR")).sorted().toList();
        assertEquals(1, problems.size(), "the archive's home page, counted: " + problems);
        assertEquals(problems, bad.problems().stream().map(p -> p.replace(dir.toString(), "DIR")).sorted().toList());
    }

    @Test
    void sparkTermsOnWebFormatsEqualBylineTerms(@TempDir Path outside) throws Exception {
        Path out = outside.resolve("out");   // beside the input folder, so the job does not read its own output
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkMain.run(new String[] {"terms", dir.toString(), "--out", out.toString(), "--skip-bad", "--overwrite"},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Table t = Terms.frequencies(toolkit(), TermOptions.defaults());
        List<String> expected = new ArrayList<>(List.of("term,count,docs"));
        for (int r = 0; r < t.rowCount(); r++) {
            expected.add(t.stringColumn("term").get(r) + "," + t.column("count").get(r) + "," + t.column("docs").get(r));
        }
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("ferry,")), expected.toString());
        assertEquals(expected, BadInputTest.csv(out.resolve("terms.csv")));
        assertEquals(toolkit().problems().size(), err.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("byline-spark: skipped ")).collect(Collectors.toSet()).size(), "each problem once: " + err);
    }
}
