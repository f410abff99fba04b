package dev.byline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.BylineException;
import dev.byline.text.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStreamTest {
    @TempDir
    Path dir;

    @Test
    void streamReadsTheSameDocumentsIdsAndMetadataAsCorpusLoad() {
        Corpus corpus = Corpus.load(Path.of("../corpus"));
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), Path.of("../corpus"));
        List<Document> streamed = stream.stream().toList();
        assertEquals(corpus.list().stream().map(Document::id).toList(), streamed.stream().map(Document::id).toList());
        for (Document d : streamed) {
            Document loaded = corpus.get(d.id());
            assertEquals(loaded.raw(), d.raw());
            assertEquals(loaded.metadata(), d.metadata());
            assertEquals(loaded.date(), d.date());
        }
        assertEquals(5, stream.files());
        assertTrue(stream.problems().isEmpty());
    }

    @Test
    void nestedIdsRecordsAndBadFilesAreReportedNotFatal() throws IOException {
        Files.createDirectories(dir.resolve("a/.hidden"));
        Files.writeString(dir.resolve("a/one.txt"), "Peace talks began.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a/.hidden/skip.txt"), "Hidden.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("feed.jsonl"), "{\"text\": \"First.\"}\n{\"text\": \"Second.\", \"outlet\": \"AP\"}\n",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
        Files.writeString(dir.resolve("corpus.csv"), "id,outlet\na/one,Wire\n", StandardCharsets.UTF_8);
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), dir);
        List<Document> docs = stream.stream().toList();
        assertEquals(List.of("a/one", "feed#1", "feed#2"), docs.stream().map(Document::id).toList());
        assertEquals("Wire", docs.get(0).outlet().orElseThrow());
        assertEquals("AP", docs.get(2).outlet().orElseThrow());
        assertEquals(1, stream.problems().size());
        assertTrue(stream.problems().get(0).message().contains("not valid UTF-8"), stream.problems().toString());
        assertThrows(BylineException.class, () -> DocumentStream.of(LoadOptions.defaults(), dir.resolve("nope")));
        List<Document> bare = DocumentStream.of(LoadOptions.defaults(), dir).withoutMetadata().stream().toList();
        assertEquals(docs.stream().map(Document::id).toList(), bare.stream().map(Document::id).toList());
        assertTrue(bare.get(0).outlet().isEmpty(), "no sidecar metadata");
        assertEquals("AP", bare.get(2).outlet().orElseThrow(), "a record's own fields stay");
    }

    /**
     * A parallel pass reaches bad files in whatever order its threads take them; its problems are still reported in
     * path order, the same every run. And the bodies it hands over as bytes are the documents' own paragraphs.
     */
    @Test
    void bodyPassReportsProblemsInPathOrderAndHandsOverTheParagraphs() throws IOException {
        for (int k = 0; k < 40; k++) {
            Files.write(dir.resolve(String.format("bad%02d.txt", k)), k % 2 == 0 ? new byte[0] : new byte[] {(byte) 0xC3, 'x'});
            Files.writeString(dir.resolve(String.format("good%02d.txt", k)), "A Title\n\nPeace talks " + k + " began.\n");
        }
        Files.writeString(dir.resolve("notes.md"), "# Notes\n\nMarkdown is read whole.\n");
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), dir);
        List<String> expected = null;
        for (int round = 0; round < 5; round++) {
            List<String> bodies = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            stream.forEachBody(new DocumentStream.BodySink() {
                @Override
                public void body(byte[] utf8, int[] paragraphs, int count) {
                    StringBuilder b = new StringBuilder();
                    for (int p = 0; p < count; p++) {
                        b.append(new String(utf8, paragraphs[2 * p], paragraphs[2 * p + 1] - paragraphs[2 * p], StandardCharsets.UTF_8));
                    }
                    bodies.add(b.toString());
                }

                @Override
                public void document(Document document) {
                    bodies.add("whole: " + document.paragraphs().get(0).text());
                }
            });
            assertEquals(41, bodies.size());
            assertTrue(bodies.contains("Peace talks 7 began."), bodies.toString());
            assertTrue(bodies.contains("whole: Markdown is read whole."), bodies.toString());
            List<String> problems = stream.problems().stream().map(p -> p.file().getFileName().toString()).toList();
            assertEquals(40, problems.size());
            assertEquals(problems.stream().sorted().toList(), problems, "path order");
            if (expected == null) {
                expected = stream.problems().stream().map(LoadProblem::toString).toList();
            }
            assertEquals(expected, stream.problems().stream().map(LoadProblem::toString).toList(), "round " + round);
        }
    }

    /**
     * The sidecars are parsed on a thread of their own while a body pass reads the files: the pass still reports
     * their problems first, in the order a document pass (which waits for them) reports them.
     */
    @Test
    void bodyPassReportsSidecarProblemsAsADocumentPassDoes() throws IOException {
        for (String folder : List.of("a", "b")) {
            Files.createDirectories(dir.resolve(folder));
            StringBuilder csv = new StringBuilder("id,outlet,date\n");
            for (int k = 0; k < 300; k++) {
                Files.writeString(dir.resolve(folder + "/doc" + k + ".txt"), "Title " + k + "\n\nTalks went on.\n");
                csv.append("doc").append(k).append(",Wire,").append(k % 100 == 7 ? "2026-02-30" : "2026-02-10").append('\n');
            }
            csv.append(",Wire,2026-01-01\n").append("doc1,Twice,2026-01-01\n");
            Files.writeString(dir.resolve(folder + "/corpus.csv"), csv.toString());
        }
        Files.write(dir.resolve("a/bad.txt"), new byte[] {(byte) 0xC3, 'x'});
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), dir).withoutMetadata();
        stream.stream().forEach(d -> { });
        List<String> documentPass = stream.problems().stream().map(LoadProblem::toString).toList();
        assertEquals(11, documentPass.size(), documentPass.toString());   // per sidecar 3 dates, an empty id, a repeat; the bad file
        assertTrue(documentPass.get(0).contains("a/corpus.csv") && documentPass.get(0).contains("2026-02-30"), documentPass.get(0));
        assertTrue(documentPass.get(10).contains("bad.txt"), documentPass.get(10));
        DocumentStream fresh = DocumentStream.of(LoadOptions.defaults(), dir).withoutMetadata();
        fresh.forEachBody(new DocumentStream.BodySink() {
            @Override
            public void body(byte[] utf8, int[] paragraphs, int count) {
            }

            @Override
            public void document(Document document) {
            }
        });
        assertEquals(documentPass, fresh.problems().stream().map(LoadProblem::toString).toList());
        assertEquals(documentPass.subList(0, 10), DocumentStream.of(LoadOptions.defaults(), dir).problems().stream()
                .map(LoadProblem::toString).toList(), "before any pass: the walk's and the sidecars'");
    }

    /** A pass without metadata reads the sidecars without keeping their rows; a pass that joins them later still gets them. */
    @Test
    void metadataStillJoinsAfterAPassThatDidNotKeepTheRows() throws IOException {
        Files.writeString(dir.resolve("one.txt"), "Title\n\nTalks began.\n");
        Files.writeString(dir.resolve("two.txt"), "Title\n\nTalks ended.\n");
        Files.writeString(dir.resolve("corpus.csv"), "id,outlet,date\none,Wire,2026-02-10\ntwo,Daily,bad\n");
        DocumentStream withMetadata = DocumentStream.of(LoadOptions.defaults(), dir);
        DocumentStream without = withMetadata.withoutMetadata();
        without.forEachBody(new DocumentStream.BodySink() {
            @Override
            public void body(byte[] utf8, int[] paragraphs, int count) {
            }

            @Override
            public void document(Document document) {
            }
        });
        assertEquals(1, without.problems().size(), without.problems().toString());
        assertTrue(without.problems().get(0).message().contains("date 'bad'"), without.problems().toString());
        List<Document> docs = withMetadata.stream().toList();
        assertEquals(List.of("Wire", "Daily"), docs.stream().map(d -> d.outlet().orElseThrow()).toList());
        assertEquals(without.problems(), withMetadata.problems());
        assertTrue(without.stream().allMatch(d -> d.outlet().isEmpty()), "still none for the stream without metadata");
    }
}
