package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <html lang="en"><head><title>Ferry fares rise on island routes | Delta Post</title>
            <meta property="og:site_name" content="Delta Post"><meta name="author" content="Jane Doe">
            <meta property="article:published_time" content="2026-03-02T07:00:00+01:00"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="article-body">
            <h1>Ferry fares rise on island routes</h1>
            <p>Ferry fares on the island routes will rise by four percent from April, the operator said on Monday.</p>
            <p>"Fuel and wages have both gone up," a spokesman said. Season tickets for residents are not affected.</p>
            </div><div class="share"><a href="#">Share</a></div></body></html>
            """;

    private CorpusCommandTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CorpusCommandTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonRowHasTheContractFieldsForASavedPage() throws IOException {
        Files.writeString(dir.resolve("ferry.html"), PAGE, StandardCharsets.UTF_8);
        CorpusCommandTest.Run r = run("extract", dir.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.lines().size());
        JsonObject row = JsonParser.parseString(r.lines().get(0)).getAsJsonObject();
        assertEquals(List.of("id", "url", "title", "authors", "published", "outlet", "language", "words", "text"),
                List.copyOf(row.keySet()));
        assertEquals("ferry", row.get("id").getAsString());
        assertEquals("Ferry fares rise on island routes", row.get("title").getAsString());
        assertEquals("Jane Doe", row.get("authors").getAsString());
        assertEquals("2026-03-02T07:00+01:00", row.get("published").getAsString());
        assertEquals("Delta Post", row.get("outlet").getAsString());
        assertEquals("en", row.get("language").getAsString());
        assertTrue(row.get("text").getAsString().startsWith("Ferry fares on the island routes"));
        assertTrue(!row.get("text").getAsString().contains("Share"));
        assertEquals(35, row.get("words").getAsInt());
    }

    @Test
    void pageWithNoArticleIsOneWarningAndTheOtherPagesStillCome() throws IOException {
        Files.writeString(dir.resolve("ferry.html"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("login.html"), "<html><body><form><input name=u><button>Sign in</button></form>"
                + "<p>Please sign in.</p><a href=/help>Help</a> <a href=/about>About</a></body></html>", StandardCharsets.UTF_8);
        CorpusCommandTest.Run r = run("extract", dir.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.lines().size(), r.out());
        assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("login.html: no article found"), r.err());
    }

    @Test
    void nothingLoadableIsBadInput() throws IOException {
        Files.writeString(dir.resolve("broken.rss"), "not xml at all", StandardCharsets.UTF_8);
        CorpusCommandTest.Run r = run("extract", dir.resolve("broken.rss").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("broken.rss: not an RSS or Atom feed"), r.err());
    }

    @Test
    void archiveRowsStreamedAsCsvEqualTheWholeLoadsRowsAndTheSkipsAreCounted() throws IOException {
        try (dev.byline.web.ArchiveWriter w = dev.byline.web.ArchiveWriter.create(dir.resolve("crawl.warc.gz"))) {
            for (int i = 1; i <= 3; i++) {
                w.add("https://delta.example/" + i, java.time.Instant.parse("2026-03-02T08:00:00Z").plusSeconds(i),
                        "text/html; charset=utf-8", PAGE.replace("Monday", "Monday " + i).getBytes(StandardCharsets.UTF_8));
                w.add("https://delta.example/" + i + ".jpg", java.time.Instant.parse("2026-03-02T08:00:00Z"), "image/jpeg",
                        new byte[64]);
            }
        }
        CorpusCommandTest.Run streamed = run("extract", dir.toString(), "--format", "csv");
        assertEquals(0, streamed.code(), streamed.err());
        dev.byline.corpus.Corpus whole = dev.byline.corpus.Corpus.load(dir);
        StringWriter expected = new StringWriter();
        PrintWriter pw = new PrintWriter(expected);
        TableWriter.csv(Tabular.of(dev.byline.corpus.Articles.table(whole)), pw);
        pw.flush();
        assertEquals(expected.toString(), streamed.out());
        assertEquals(4, streamed.out().split("\r\n").length, "a header and the archive's three articles: " + streamed.out());
        assertTrue(streamed.err().contains("3 records skipped as not articles: not HTML 3"), streamed.err());
    }
}
