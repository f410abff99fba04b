package dev.byline.corpus;

import static dev.byline.corpus.TrickyCorpus.assertSameTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.BylineException;
import dev.byline.text.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class StreamedTablesTest {
    @TempDir
    Path dir;

    @Test
    void streamedDocumentsTableEqualsTheLoadedCorpusTableOnTheBundledCorpus() {
        Path corpus = Path.of("../corpus");
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), corpus);
        assertSameTable(Corpus.load(corpus).documents(), stream.documents());
        assertSameTable(Corpus.load(corpus).boilerplate(), stream.boilerplate());
        assertTrue(stream.problems().isEmpty(), stream.problems().toString());
    }

    @Test
    void streamedTablesAndProblemsEqualTheLoadedCorpusOnDuplicatesRecordsSidecarAndABadFile() throws IOException {
        TrickyCorpus.write(dir);
        Corpus loaded = Corpus.load(dir);
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), dir);
        Table documents = stream.documents();
        assertSameTable(loaded.documents(), documents);
        assertEquals(loaded.problems(), stream.problems());
        assertSameTable(loaded.boilerplate(), stream.boilerplate());
        assertEquals(loaded.problems(), stream.problems(), "a second pass reports the same problems once");

        assertEquals(List.of("b", "b-1", "c", "wire/a", "z"), documents.stringColumn("id").asList());
        assertEquals("The Wire", documents.stringColumn("outlet").get(0), "the sidecar joins on id");
        assertEquals("b.txt", Path.of(documents.stringColumn("path").get(0)).getFileName().toString(),
                "of two documents with id b, the first in path order is kept");
        assertTrue(documents.columnNames().contains("topic"), "a record's own field becomes a column");
        List<String> messages = stream.problems().stream().map(LoadProblem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("not valid UTF-8")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("line 4: duplicate id 'b' (already loaded from ")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'ghost' matches no loaded document")), messages.toString());
        assertTrue(loaded.boilerplate().rowCount() >= 2, "the fixture has boilerplate to compare");
    }

    @Test
    void streamedExplicitFilesEqualTheLoadedCorpus() throws IOException {
        TrickyCorpus.write(dir);
        Path[] files = {dir.resolve("feed.jsonl"), dir.resolve("b.txt"), dir.resolve("wire/a.md")};
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), files);
        Corpus loaded = Corpus.load(LoadOptions.defaults(), files);
        assertSameTable(loaded.documents(), stream.documents());
        assertEquals(loaded.problems(), stream.problems());
    }

    @Test
    void strictModeFailsWithTheSameOneLineMessageAsLoading() throws IOException {
        TrickyCorpus.write(dir);
        LoadOptions strict = LoadOptions.defaults().strict(true);
        String loading = assertThrows(BylineException.class, () -> Corpus.load(strict, dir)).getMessage();
        String streaming = assertThrows(BylineException.class, () -> DocumentStream.of(strict, dir).documents()).getMessage();
        assertEquals(loading, streaming);
        assertTrue(loading.contains("more problems"), loading);
    }

    @Test
    void forEachOrderedHandsResultsInPathOrderEachIdOnce() throws IOException {
        TrickyCorpus.write(dir);
        List<String> ids = new ArrayList<>();
        DocumentStream.of(LoadOptions.defaults(), dir).forEachOrdered(Document::id, ids::add);
        assertEquals(List.of("b-1", "b", "z", "c", "wire/a"), ids);
    }

    @Test
    void withoutMetadataDropsSidecarFieldsButReportsTheSameProblems() throws IOException {
        TrickyCorpus.write(dir);
        Corpus loaded = Corpus.load(dir);
        DocumentStream bare = DocumentStream.of(LoadOptions.defaults(), dir).withoutMetadata();
        List<String> outlets = new ArrayList<>();
        bare.forEachOrdered(d -> d.outlet().orElse("-"), outlets::add);
        assertEquals(List.of("-", "-", "Feed", "-", "-"), outlets, "only a record's own outlet is left");
        assertEquals(loaded.problems(), bare.problems());
    }
}
