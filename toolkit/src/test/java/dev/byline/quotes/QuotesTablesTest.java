package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class QuotesTablesTest {
    static final Document A = Document.of("a", "“We will build the bridge,” said Mayor Lena Berg. "
            + "Berg said the work would start in May. Critics called the plan a “fantasy”, officials said.");
    static final Document B = Document.of("b", "Lena Berg, the mayor, defended the bridge on Monday. "
            + "“It is the right thing to do,” Berg told the council.");

    @Test
    void quoteTableHasTheDesignColumnsAndRawOffsets() {
        Table t = Quotes.table(Corpus.of(A, B));
        assertEquals(List.of("doc", "quote_id", "part", "start", "end", "text", "kind", "speaker", "speaker_id", "speaker_start",
                "speaker_end", "verb", "marks", "paragraph", "words"), t.columnNames());
        for (int r = 0; r < t.rowCount(); r++) {
            Document d = t.stringColumn("doc").get(r).equals("a") ? A : B;
            assertEquals(d.raw().substring(t.intColumn("start").getInt(r), t.intColumn("end").getInt(r)),
                    t.stringColumn("text").get(r));
        }
        assertEquals(1, t.intColumn("quote_id").getInt(0));
    }

    @Test
    void speakersTableCountsQuotesAndQuotedWordsPerDocument() {
        Table t = Quotes.speakers(Corpus.of(A, B));
        assertEquals(List.of("doc", "speaker", "quotes", "quoted_words", "direct", "indirect"), t.columnNames());
        Table berg = t.where(t.stringColumn("doc").isEqualTo("a").and(t.stringColumn("speaker").isEqualTo("Lena Berg")));
        assertEquals(1, berg.rowCount(), t::print);
        assertEquals(1, berg.intColumn("direct").getInt(0));
        assertEquals(5, berg.intColumn("quoted_words").getInt(0));
        assertTrue(berg.intColumn("indirect").getInt(0) >= 1, t::print);
    }

    @Test
    void speakersAcrossDocumentsShowsTheSamePersonInSeveralOutlets() {
        Table t = Quotes.speakersAcross(Corpus.of(A, B));
        assertEquals("Lena Berg", t.stringColumn("speaker").get(0), t::print);
        assertEquals(2, t.intColumn("docs").getInt(0));
        assertEquals("a,b", t.stringColumn("doc_ids").get(0));
    }

    @Test
    void tablesAreDeterministic() {
        Corpus c = Corpus.load(Path.of("..", "corpus"));
        assertEquals(Quotes.table(c).printAll(), Quotes.table(Corpus.load(Path.of("..", "corpus"))).printAll());
        assertEquals(Quotes.speakers(c).printAll(), Quotes.speakers(c).printAll());
    }

    @Test
    void theSamePersonIsQuotedByTheOriginalAndItsRewrite() {
        Table t = Quotes.speakersAcross(Corpus.load(Path.of("..", "corpus")));
        Table rosin = t.where(t.stringColumn("speaker").isEqualTo("Kaupo Rosin"));
        assertEquals(1, rosin.rowCount(), t::print);
        assertTrue(rosin.stringColumn("doc_ids").get(0).startsWith("000_fe30a10617dd1251,001_c4a1383d33ff9dde"));
    }
}
