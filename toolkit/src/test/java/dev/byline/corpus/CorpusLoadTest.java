package dev.byline.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.byline.BylineException;
import dev.byline.RealCorpus;
import dev.byline.text.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class CorpusLoadTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    @Test
    void realCorpusLoadsAllFiveArticlesWithSidecarMetadata() {
        Corpus corpus = RealCorpus.load();
        assertEquals(5, corpus.size());
        assertTrue(corpus.problems().isEmpty(), corpus.problems().toString());
        Table t = corpus.documents();
        assertEquals(List.of("id", "outlet", "date", "dateline", "title", "paragraphs", "sentences", "words", "chars",
                "boilerplate_lines", "path", "url", "language", "notes"), t.columnNames());
        assertEquals("000_fe30a10617dd1251", t.stringColumn("id").get(0));
        assertEquals("The Associated Press", t.stringColumn("outlet").get(0));
        assertEquals(LocalDate.of(2026, 2, 10), t.dateColumn("date").get(0));
        assertEquals("LONDON", t.stringColumn("dateline").get(0));
        assertEquals(5, t.intColumn("boilerplate_lines").get(1));
        assertEquals("en", t.stringColumn("language").get(4));
    }

    @Test
    void rawTextIsKeptExactlyAsTheFileHoldsIt() throws IOException {
        Corpus corpus = RealCorpus.load();
        for (Document d : corpus) {
            String onDisk = Files.readString(d.path().orElseThrow(), StandardCharsets.UTF_8);
            assertEquals(onDisk, d.raw(), d.id());
            assertEquals(onDisk.length(), corpus.documents().where(
                    corpus.documents().stringColumn("id").isEqualTo(d.id())).intColumn("chars").get(0));
        }
    }

    @Test
    void wordsCountBodyWordsAndNumbersOnly() throws IOException {
        write("a.txt", "Headline here\n\n date 2026-03-01 KYIV — Putin’s envoy met 3 officials, U.S.-brokered.\nPublished: undefined\n");
        Table t = Corpus.load(dir).documents();
        // Putin envoy met 3 officials U.S.-brokered (the clitic ’s, punctuation and the dateline do not count)
        assertEquals(6, t.intColumn("words").get(0));
        assertEquals("Headline here", t.stringColumn("title").get(0));
        assertEquals(1, t.intColumn("boilerplate_lines").get(0));
    }

    @Test
    void directoriesAreReadRecursivelyWithSlashSeparatedIdsInOrder() throws IOException {
        write("b/two.txt", "Second article body.");
        write("a/one.md", "# A title\n\nFirst article body.");
        write(".hidden/x.txt", "Hidden.");
        write("notes.docx", "ignored");
        Corpus c = Corpus.load(dir);
        assertEquals(List.of("a/one", "b/two"), c.stream().map(Document::id).toList());
        assertEquals("A title", c.get("a/one").title().orElseThrow());
    }

    @Test
    void jsonLinesUseTheTextFieldAndKeepOtherFieldsAsMetadata() throws IOException {
        write("feed.jsonl", "{\"id\":\"x1\",\"text\":\"Rosin said so.\",\"outlet\":\"AP\",\"date\":\"2026-02-10T09:00:00Z\"}\n"
                + "\n{\"text\":\"No id here.\",\"score\":3}\n");
        Corpus c = Corpus.load(dir);
        assertEquals(List.of("feed#3", "x1"), c.stream().map(Document::id).toList());
        assertEquals("AP", c.get("x1").outlet().orElseThrow());
        assertEquals(LocalDate.of(2026, 2, 10), c.get("x1").date().orElseThrow());
        assertEquals("3", c.get("feed#3").meta("score").orElseThrow());
        assertTrue(c.documents().columnNames().contains("score"));
    }

    @Test
    void jsonArrayAndConfigurableFieldsWork() throws IOException {
        write("a.json", "[{\"slug\":\"s1\",\"body\":\"One.\"},{\"slug\":\"s2\",\"body\":\"Two.\"}]");
        Corpus c = Corpus.load(LoadOptions.defaults().withTextField("body").withIdField("slug"), dir);
        assertEquals(List.of("s1", "s2"), c.stream().map(Document::id).toList());
    }

    @Test
    void csvUsesTheTextColumn() throws IOException {
        write("a.csv", "id,outlet,text\nc1,Herald,\"Rosin said, \"\"no.\"\"\"\nc2,AP,Second.\n");
        Corpus c = Corpus.load(dir);
        assertEquals("Rosin said, \"no.\"", c.get("c1").raw());
        assertEquals("Herald", c.get("c1").outlet().orElseThrow());
    }

    @Test
    void sidecarIsJoinedOnIdAndItsDateWins() throws IOException {
        write("x.txt", " date 2026-02-10 LONDON — Body text.");
        write("corpus.csv", "id,outlet,date,title,url,language,notes\nx,The Outlet,2026-02-11,Given title,,en,n\n");
        Document d = Corpus.load(dir).get("x");
        assertEquals("The Outlet", d.outlet().orElseThrow());
        assertEquals(LocalDate.of(2026, 2, 11), d.date().orElseThrow());
        assertEquals("Given title", d.title().orElseThrow());
    }

    @Test
    void emptyFileIsReportedByName() throws IOException {
        write("good.txt", "Fine.");
        Path empty = write("empty.txt", "");
        Corpus c = Corpus.load(dir);
        assertEquals(1, c.size());
        assertEquals(List.of(new LoadProblem(empty, "empty file")), c.problems());
    }

    @Test
    void binaryFileIsReportedNotRead() throws IOException {
        write("good.txt", "Fine.");
        Path bin = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        LoadProblem p = Corpus.load(dir).problems().get(0);
        assertEquals(bin, p.file());
        assertTrue(p.message().startsWith("binary file"), p.message());
    }

    @Test
    void nonUtf8FileIsReportedWithTheOffendingByte() throws IOException {
        write("good.txt", "Fine.");
        Path latin1 = write("latin1.txt", "caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        LoadProblem p = Corpus.load(dir).problems().get(0);
        assertEquals(latin1, p.file());
        assertTrue(p.message().startsWith("not valid UTF-8 (bad byte 0xE9 at offset 3)"), p.message());
    }

    @Test
    void aRealReplacementCharacterIsTextButAnEncodedSurrogateIsNotUtf8() throws IOException {
        write("replacement.txt", "The word \uFFFD was garbled upstream.");
        Path surrogate = write("surrogate.txt", new byte[] {'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'c'});
        Corpus corpus = Corpus.load(dir);
        assertEquals(List.of("replacement"), corpus.list().stream().map(Document::id).toList());
        assertEquals("The word \uFFFD was garbled upstream.", corpus.list().get(0).raw());
        LoadProblem p = corpus.problems().get(0);
        assertEquals(surrogate, p.file());
        assertTrue(p.message().startsWith("not valid UTF-8 (bad byte 0xED at offset 2)"), p.message());
    }

    @Test
    void byteOrderMarkIsTolerated() throws IOException {
        byte[] text = "Body.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        write("bom.txt", withBom);
        assertEquals("Body.", Corpus.load(dir).get("bom").raw());
    }

    @Test
    void missingPathIsAnErrorNamingIt() {
        Path missing = dir.resolve("nope");
        BylineException e = assertThrows(BylineException.class, () -> Corpus.load(missing));
        assertEquals(missing + ": no such file or directory", e.getMessage());
        assertEquals(missing, e.file().orElseThrow());
    }

    @Test
    void directoryWithNothingLoadableIsAnError() throws IOException {
        Path empty = write("only.txt", "");
        BylineException e = assertThrows(BylineException.class, () -> Corpus.load(dir));
        assertTrue(e.getMessage().startsWith(empty + ": empty file"), e.getMessage());
    }

    @Test
    void unreadableDirectoryIsReportedAndTheRestLoads() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can read any directory");
        write("good.txt", "Fine.");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("x.txt"), "Hidden.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Corpus c = Corpus.load(dir);
            assertEquals(1, c.size());
            assertEquals(locked, c.problems().get(0).file());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void duplicateIdsKeepTheFirstAndReportTheSecond() throws IOException {
        write("story.md", "First.");
        Path second = write("story.txt", "Second.");
        Corpus c = Corpus.load(dir);
        assertEquals("First.", c.get("story").raw());
        assertEquals(second, c.problems().get(0).file());
        assertTrue(c.problems().get(0).message().startsWith("duplicate id 'story'"));
    }

    @Test
    void malformedJsonLineIsReportedWithItsLineNumberAndOthersLoad() throws IOException {
        Path feed = write("feed.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"Three.\"}\n");
        Corpus c = Corpus.load(dir);
        assertEquals(List.of("a", "c"), c.stream().map(Document::id).toList());
        assertEquals(feed, c.problems().get(0).file());
        assertEquals("line 2: malformed JSON at column 18: the text ends before the JSON value is complete",
                c.problems().get(0).message());
    }

    @Test
    void jsonRecordWithoutTheTextFieldNamesTheFieldsItHas() throws IOException {
        write("feed.jsonl", "{\"id\":\"a\",\"body\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
        LoadProblem p = Corpus.load(dir).problems().get(0);
        assertEquals("line 1: no string field 'text' (fields: id, body); choose the text field with --text-field", p.message());
    }

    @Test
    void malformedCsvRowIsReportedAndOthersLoad() throws IOException {
        Path csv = write("a.csv", "id,text\nr1,One.\nr2,Two.,extra\nr3,Three.\n");
        Corpus c = Corpus.load(dir);
        assertEquals(List.of("r1", "r3"), c.stream().map(Document::id).toList());
        assertEquals(new LoadProblem(csv, "line 3: expected 2 fields, found 3"), c.problems().get(0));
    }

    @Test
    void csvWithoutTheTextColumnSaysWhichColumnsItHas() throws IOException {
        write("good.txt", "Fine.");
        write("a.csv", "id,body\nr1,One.\n");
        assertEquals("no 'text' column (columns: id, body); choose the text column with --text-field",
                Corpus.load(dir).problems().get(0).message());
    }

    @Test
    void strictModeMakesAnyProblemFatal() throws IOException {
        write("good.txt", "Fine.");
        Path empty = write("empty.txt", "");
        BylineException e = assertThrows(BylineException.class,
                () -> Corpus.load(LoadOptions.defaults().strict(true), dir));
        assertEquals(empty + ": empty file", e.getMessage());
    }

    @Test
    void sidecarRowForAMissingDocumentIsReported() throws IOException {
        write("x.txt", "Body.");
        Path sidecar = write("corpus.csv", "id,outlet\nx,A\ny,B\n");
        Corpus c = Corpus.load(dir);
        assertEquals(List.of(new LoadProblem(sidecar, "id 'y' matches no loaded document")), c.problems());
    }

    @Test
    void loadingNeverWritesOrMovesAnyFile() throws IOException {
        write("a.txt", "Body.");
        write("bad.txt", "");
        write("feed.jsonl", "{\"text\":\"x\"}\nnot json\n");
        write("corpus.csv", "id,outlet\na,A\n");
        List<Path> before = listing();
        List<FileTime> times = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (Path p : before) {
            times.add(Files.getLastModifiedTime(p));
            contents.add(Files.readAllBytes(p));
        }
        Corpus.load(dir).documents();
        assertEquals(before, listing());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(times.get(i), Files.getLastModifiedTime(before.get(i)));
            assertArrayEquals(contents.get(i), Files.readAllBytes(before.get(i)));
        }
    }

    @Test
    void progressIsReportedAfterEveryFileWithTheTotalKnownFromTheStart() throws IOException {
        write("a.txt", "One.");
        write("b/c.txt", "Two.");
        Path single = dir.resolveSibling(dir.getFileName() + "-single.txt");
        Files.writeString(single, "Three.");
        List<String> seen = new ArrayList<>();
        Corpus c = Corpus.load(LoadOptions.defaults(), (done, total, file) -> seen.add(done + "/" + total + " "
                + file.getFileName()), dir, single);
        assertEquals(3, c.size());
        assertEquals(List.of("1/3 a.txt", "2/3 c.txt", "3/3 " + single.getFileName()), seen);
        Files.delete(single);
    }

    @Test
    void sameInputGivesTheSameTable() {
        assertEquals(RealCorpus.load().documents().printAll(), RealCorpus.load().documents().printAll());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
