package dev.byline.quotes;

import static dev.byline.corpus.TrickyCorpus.assertSameTable;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed quotation and speaker tables (what {@code byline quotes} and {@code speakers} print) equal the loaded corpus's. */
class StreamedQuoteTablesTest {
    @TempDir
    Path dir;

    @Test
    void streamedTablesEqualTheLoadedCorpusTablesOnTheBundledCorpus() {
        Path corpus = Path.of("..", "corpus");
        Corpus loaded = Corpus.load(corpus);
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), corpus);
        assertTrue(Quotes.table(loaded).rowCount() > 0, "the corpus has quotations to compare");
        assertSameTable(Quotes.table(loaded), Quotes.table(stream));
        assertSameTable(Quotes.speakers(loaded), Quotes.speakers(stream));
    }

    @Test
    void streamedRowsComeInIdOrderWherePathOrderDiffers() throws IOException {
        // path order: "a-b.txt" < "a.txt" ('-' < '.'); id order: "a" < "a-b"
        Files.writeString(dir.resolve("a.txt"), "“We will win,” said Maria Lopez, the mayor. Lopez added: “Soon.”\n");
        Files.writeString(dir.resolve("a-b.txt"), "“Nothing changed,” the minister said.\n\n“It is over,” said Maria Lopez.\n");
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/c.txt"), "“Later,” said Tom Reed.\n");
        Corpus loaded = Corpus.load(dir);
        DocumentStream stream = DocumentStream.of(LoadOptions.defaults(), dir);
        assertSameTable(Quotes.table(loaded), Quotes.table(stream));
        assertSameTable(Quotes.speakers(loaded), Quotes.speakers(stream));
        assertTrue(Quotes.speakers(stream).rowCount() > 0, "speakers found");
    }
}
