package dev.byline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.web.ArchiveWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import dev.byline.text.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebFormatsLoadTest {
    @TempDir
    Path dir;

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = WebFormatsLoadTest.class.getResourceAsStream("/web/" + name)) {
            return in.readAllBytes();
        }
    }

    private void copy(String name, String as) throws IOException {
        Files.write(dir.resolve(as), fixture(name));
    }

    @Test
    void savedPageIsADocumentWithHeadlineFirstAndPageMetadata() throws IOException {
        copy("harbour-story.html", "harbour.html");
        Corpus corpus = Corpus.load(dir);
        Document d = corpus.get("harbour");
        assertTrue(d.raw().startsWith("Harbour dredging plan splits Rotterdam council\n\nROTTERDAM, March 3"));
        assertEquals("Harbour dredging plan splits Rotterdam council", d.title().orElseThrow());
        assertEquals("Marta Visser; Tom Okafor", d.meta("authors").orElseThrow());
        assertEquals("2026-03-03", d.date().orElseThrow().toString());
        assertEquals("The Northwind Courier", d.outlet().orElseThrow());
        assertEquals("page", d.meta("format").orElseThrow());
        assertTrue(corpus.problems().isEmpty(), corpus.problems().toString());
    }

    @Test
    void feedItemLinkingToASavedPageFillsItsGapsAndIsNotADocumentOfItsOwn() throws IOException {
        copy("harbour-story.html", "harbour.html");
        copy("newsroom.rss", "newsroom.rss");
        Corpus corpus = Corpus.load(dir);
        assertEquals(List.of("harbour", "newsroom#2"), corpus.stream().map(Document::id).toList());
        Document page = corpus.get("harbour");
        assertEquals("newsroom#1", page.meta("feed_item").orElseThrow());
        assertTrue(page.raw().contains("Environmental concerns"), "the page's full text wins");
        assertEquals("Marta Visser; Tom Okafor", page.meta("authors").orElseThrow(), "the page's own metadata stays");
    }

    @Test
    void badWebFilesAreReportedOneLineEachAndTheLoadGoesOn() throws IOException {
        copy("harbour-story.html", "harbour.html");
        copy("home-page.html", "index.html");
        copy("not-a-feed.rss", "broken.rss");
        Files.write(dir.resolve("cut.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        Corpus corpus = Corpus.load(dir);
        assertEquals(List.of("harbour"), corpus.stream().map(Document::id).toList());
        List<String> problems = corpus.problems().stream().map(LoadProblem::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("broken.rss: not an RSS or Atom feed"), problems.toString());
        assertTrue(problems.get(1).contains("cut.html.gz: truncated gzip file"), problems.toString());
        assertTrue(problems.get(2).contains("index.html: no article found"), problems.toString());
        problems.forEach(p -> assertTrue(!p.contains("\n"), p));
    }

    @Test
    void archiveRecordsAreDocumentsNamedByRecordNumber() throws IOException {
        try (ArchiveWriter w = ArchiveWriter.create(dir.resolve("crawl.warc.gz"))) {
            w.add("https://courier.example/", Instant.parse("2026-03-03T12:00:00Z"), "text/html", fixture("home-page.html"));
            w.add("https://courier.example/business/2026/03/03/harbour-dredging-plan", Instant.parse("2026-03-03T12:00:01Z"),
                    "text/html; charset=utf-8", fixture("harbour-story.html"));
        }
        Corpus corpus = Corpus.load(dir);
        Document d = corpus.get("crawl#2");
        assertEquals("archive", d.meta("format").orElseThrow());
        assertEquals("2026-03-03T12:00:01Z", d.meta("captured").orElseThrow());
        assertEquals(1, corpus.size());
        assertEquals(List.of("1 record skipped as not articles: no article found 1"),
                corpus.problems().stream().map(LoadProblem::message).toList(), "a home page in an archive is counted, not loaded");
    }
}
