package dev.byline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFileTest {
    @TempDir
    Path dir;

    @Test
    void gzippedPageIsReadLikeThePage() throws IOException {
        Path gz = dir.resolve("story.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(ArticleExtractorTest.fixture("harbour-story.html"));
        }
        WebRead read = PageFile.read(gz);
        assertEquals("Harbour dredging plan splits Rotterdam council", read.articles().get(0).article().title());
    }

    @Test
    void truncatedGzipIsOneProblem() throws IOException {
        Path gz = dir.resolve("story.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(ArticleExtractorTest.fixture("harbour-story.html"));
        }
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        WebRead read = PageFile.read(gz);
        assertTrue(read.articles().isEmpty());
        assertEquals("truncated gzip file (it ends before its last block)", read.problems().get(0).message());
    }

    @Test
    void pageOfFiftyMegabytesIsRefusedQuickly() throws IOException {
        Path huge = dir.resolve("huge.html");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("<html><body>".getBytes());
            byte[] para = "<p>Words of a very long page that no article would ever be, repeated.</p>\n".getBytes();
            for (long n = 0; n < 50L * 1024 * 1024; n += para.length) {
                out.write(para);
            }
        }
        long start = System.nanoTime();
        WebRead read = PageFile.read(huge);
        assertTrue((System.nanoTime() - start) / 1e9 < 10);
        assertTrue(read.articles().isEmpty());
        assertTrue(read.problems().get(0).message().startsWith("page larger than 16 MB"), read.problems().toString());
    }

    @Test
    void pageWithNoArticleIsOneProblemNamingWhy() throws IOException {
        Path home = dir.resolve("index.html");
        Files.write(home, ArticleExtractorTest.fixture("home-page.html"));
        WebRead read = PageFile.read(home);
        assertTrue(read.articles().isEmpty());
        assertTrue(read.problems().get(0).message().startsWith("no article found"));
    }
}
