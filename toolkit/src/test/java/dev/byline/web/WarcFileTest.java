package dev.byline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcFileTest {
    @TempDir
    Path dir;

    static Path archive(Path file) throws IOException {
        try (ArchiveWriter w = ArchiveWriter.create(file)) {
            w.add("https://courier.example/business/2026/03/03/harbour-dredging-plan", Instant.parse("2026-03-03T12:00:00Z"),
                    "text/html; charset=utf-8", ArticleExtractorTest.fixture("harbour-story.html"));
            w.add("https://courier.example/", Instant.parse("2026-03-03T12:00:05Z"), "text/html; charset=utf-8",
                    ArticleExtractorTest.fixture("home-page.html"));
            w.add("https://courier.example/img/dredger.jpg", Instant.parse("2026-03-03T12:00:06Z"), "image/jpeg",
                    new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            w.add("https://zeitung.example/koeln/radfahrer", Instant.parse("2026-02-26T08:00:00Z"), "text/html; charset=windows-1252",
                    ArticleExtractorTest.fixture("cp1252-page.html"));
        }
        return file;
    }

    @Test
    void htmlResponsesAreArticlesAndOtherRecordsAreSkippedAndCounted() throws IOException {
        WebRead read = WarcFile.read(archive(dir.resolve("small.warc.gz")));
        assertEquals(2, read.articles().size());
        assertEquals(2, read.skipped(), "the home page and the image");
        assertEquals("2 records skipped as not articles: no article found 1, not HTML 1", read.skippedSummary());
        WebRead.Found first = read.articles().get(0);
        assertEquals(1, first.ordinal());
        assertEquals("2026-03-03T12:00:00Z", first.captured());
        assertEquals("Harbour dredging plan splits Rotterdam council", first.article().title());
        Article german = read.articles().get(1).article();
        assertEquals("https://zeitung.example/koeln/radfahrer", german.url());
        assertTrue(german.text().contains("„Wir wollen sehen"), "decoded as the HTTP header says");
        assertTrue(read.problems().isEmpty(), read.problems().toString());
    }

    @Test
    void truncatedArchiveKeepsWhatWasReadAndNamesTheRecord() throws IOException {
        Path whole = archive(dir.resolve("whole.warc"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 900));
        WebRead read = WarcFile.read(cut);
        assertEquals(1, read.articles().size());
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().get(0).toString().startsWith("record 4"), read.problems().toString());
        assertTrue(read.problems().get(0).message().contains("truncated"), read.problems().toString());
    }

    @Test
    void manyRecordsStreamOneAtATime() throws IOException {
        Path big = dir.resolve("many.warc.gz");
        byte[] page = ArticleExtractorTest.fixture("harbour-story.html");
        try (ArchiveWriter w = ArchiveWriter.create(big)) {
            for (int i = 0; i < 2000; i++) {
                w.add("https://courier.example/story/" + i, Instant.parse("2026-03-03T12:00:00Z"), "text/html; charset=utf-8", page);
            }
        }
        List<Integer> seen = new ArrayList<>();
        WarcFile.read(big, new WebRead.Sink() {
            @Override
            public void article(WebRead.Found found) {
                seen.add(found.ordinal());
            }

            @Override
            public void skipped(String where, String why) {
            }

            @Override
            public void problem(WebRead.Problem problem) {
                throw new AssertionError(problem.toString());
            }
        });
        assertEquals(2000, seen.size());
        assertEquals(2000, seen.get(1999));
    }

    @Test
    void fileThatIsNotAnArchiveIsOneProblem() throws IOException {
        Path notWarc = dir.resolve("page.warc");
        Files.writeString(notWarc, "<html><body>not an archive</body></html>", StandardCharsets.UTF_8);
        WebRead read = WarcFile.read(notWarc);
        assertTrue(read.articles().isEmpty());
        assertEquals(1, read.problems().size());
        assertEquals("record 1: not a WARC archive (invalid WARC record at byte 0; an archive starts with a WARC/1.0 or"
                + " WARC/1.1 header); the rest of the archive is not read", read.problems().get(0).toString());
    }

    /** jwarc's parse error dumps the bytes at the fault as sign-extended escapes (\xffffffe6): the user gets the offset. */
    @Test
    void garbageAfterGoodRecordsNamesTheRecordAndTheByteWithoutDumpingBytes() throws IOException {
        Path good = archive(dir.resolve("good.warc"));
        byte[] junk = new byte[64];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (0x80 + i);
        }
        Path damaged = dir.resolve("damaged.warc");
        Files.write(damaged, Files.readAllBytes(good));
        Files.write(damaged, junk, java.nio.file.StandardOpenOption.APPEND);
        WebRead read = WarcFile.read(damaged);
        assertEquals(2, read.articles().size(), read.toString());
        assertEquals(1, read.problems().size(), read.problems().toString());
        String problem = read.problems().get(0).toString();
        assertTrue(problem.matches("record 5: not a readable WARC record \\(invalid WARC record at byte \\d+\\);"
                + " the rest of the archive is not read"), problem);
    }
}
