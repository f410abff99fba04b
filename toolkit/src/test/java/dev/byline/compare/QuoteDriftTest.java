package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class QuoteDriftTest {
    private static QuoteChange rowWithA(List<QuoteChange> rows, String aPart) {
        return rows.stream().filter(r -> r.aText().contains(aPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with A text " + aPart + " in " + rows));
    }

    @Test
    void rewriteChangesUsSpellingAndAddsWordsToRosinsQuote() {
        List<QuoteChange> rows = QuoteDrift.compare(TestTexts.doc("000"), TestTexts.doc("001"));
        QuoteChange r = rowWithA(rows, "cooperate with the U.S. in a meaningful way");
        assertEquals(QuoteChangeKind.EDITED, r.change());
        assertTrue(r.bText().contains("cooperate with the US in a meaningful way"), r.bText());
        assertTrue(r.diff().contains("changed “U.S.” → “US”"), r.diff());
        assertTrue(r.diff().contains("added “From what we see in”"), r.diff());
        assertEquals("Kaupo Rosin", r.speaker());
    }

    @Test
    void splitFoodChainQuoteIsOneEditedRowAgainstTheMergedQuote() {
        List<QuoteChange> rows = QuoteDrift.compare(TestTexts.doc("000"), TestTexts.doc("001"));
        QuoteChange r = rowWithA(rows, "how bad it is actually on the ground");
        assertEquals(QuoteChangeKind.EDITED, r.change());
        assertEquals(2, r.a().size(), "the split quote's two pieces");
        assertTrue(r.bText().contains("how bad it actually is"), r.bText());
        assertTrue(r.diff().contains("on the ground"), r.diff());
        assertTrue(r.diff().contains("the more people understand"), r.diff());
        assertTrue(r.diff().contains("moved “actually”"), r.diff());
    }

    @Test
    void quoteOnlyTheRewriteHasIsOneSidedWithItsSpeakerQuotedInTheSource() {
        List<QuoteChange> rows = QuoteDrift.compare(TestTexts.doc("000"), TestTexts.doc("001"));
        QuoteChange r = rows.stream().filter(x -> x.bText().contains("outmanoeuvre")).findFirst().orElseThrow();
        assertEquals(QuoteChangeKind.ONLY_IN_B, r.change());
        assertTrue(r.speakerInOther());
        assertEquals(-1, r.aStart());
    }

    @Test
    void sameTextHasOnlySameQuotes() {
        Document ap = TestTexts.doc("000");
        Document copy = Document.of("copy", ap.raw());
        List<QuoteChange> rows = QuoteDrift.compare(ap, copy);
        assertTrue(rows.size() >= 5);
        assertTrue(rows.stream().allMatch(r -> r.change() == QuoteChangeKind.SAME), rows.toString());
    }

    @Test
    void editedWordInAWireQuoteIsReportedAsAChange() {
        String a = "\"We have never seen the water rise this fast,\" said Mayor Helen Carver. \"People had minutes, not hours.\"";
        String b = "\"We have never seen the water rise so fast,\" Mayor Helen Carver said.";
        List<QuoteChange> rows = QuoteDrift.compare(Document.of("a", a), Document.of("b", b));
        QuoteChange r = rowWithA(rows, "water rise");
        assertEquals(QuoteChangeKind.EDITED, r.change());
        assertEquals("changed “this” → “so”", r.diff());
        QuoteChange dropped = rowWithA(rows, "minutes, not hours");
        assertEquals(QuoteChangeKind.ONLY_IN_A, dropped.change());
        assertTrue(dropped.speakerInOther());
    }

    @Test
    void driftTableHasTheDesignedColumnsWithOffsetsIntoEachText() {
        Document a = TestTexts.doc("000");
        Document b = TestTexts.doc("001");
        Table t = QuoteDrift.table(a, b);
        assertEquals(List.of("speaker", "a_text", "b_text", "a_start", "b_start", "change", "diff", "speaker_in_other"), t.columnNames());
        for (QuoteChange c : QuoteDrift.compare(a, b)) {
            if (c.aStart() >= 0) {
                assertTrue(c.aText().startsWith(a.raw().substring(c.aStart(), c.aStart() + 3))
                        || c.a().get(0).start() != c.aStart(), c.toString());
            }
        }
    }
}
