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

    @Test
    void randomBytesNamedAsAPageAreOneProblemNotAPageOfGarbage() throws IOException {
        byte[] noise = new byte[20_000];
        new java.util.Random(7).nextBytes(noise);
        Path page = dir.resolve("story.html");
        Files.write(page, noise);
        WebRead read = PageFile.read(page);
        assertTrue(read.articles().isEmpty());
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).message().startsWith("not a web page: binary data, not text;"),
                read.problems().toString());
    }

    @Test
    void aGzippedPageNotNamedGzIsRefusedSayingSo() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(ArticleExtractorTest.fixture("harbour-story.html"));
        }
        Path page = dir.resolve("story.html");
        Files.write(page, bytes.toByteArray());
        WebRead read = PageFile.read(page);
        assertTrue(read.articles().isEmpty());
        assertTrue(read.problems().get(0).message().contains("it is gzipped: name it .gz"), read.problems().toString());
    }

    @Test
    void utf16PagesWithAByteOrderMarkOrADeclarationAreRead() throws IOException {
        String html = new String(ArticleExtractorTest.fixture("harbour-story.html"), java.nio.charset.StandardCharsets.UTF_8);
        String declared = html.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-16\">");
        byte[] le = declared.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[le.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withMark, 2, le.length);
        for (byte[] bytes : java.util.List.of(withMark, le, declared.getBytes(java.nio.charset.StandardCharsets.UTF_16BE))) {
            Path page = dir.resolve("story.html");
            Files.write(page, bytes);
            WebRead read = PageFile.read(page);
            assertEquals(java.util.List.of(), read.problems());
            assertEquals("Harbour dredging plan splits Rotterdam council", read.articles().get(0).article().title());
        }
    }

    @Test
    void aPageWithAStrayControlCharacterIsStillAPage() throws IOException {
        String html = new String(ArticleExtractorTest.fixture("harbour-story.html"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<title>", "<title>\u0003\u0000");
        Path page = dir.resolve("story.html");
        Files.write(page, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, PageFile.read(page).articles().size());
    }
}
