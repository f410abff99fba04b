package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
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
        assertEquals(QuoteChangeKind.STITCHED, r.change(), "the AP's two quotations are one in the rewrite");
        assertTrue(r.bText().contains("cooperate with the US in a meaningful way"), r.bText());
        assertTrue(r.diff().contains("changed “U.S.” → “US”"), r.diff());
        assertTrue(r.diff().contains("added “From what we see in”"), r.diff());
        assertEquals("Kaupo Rosin", r.speaker());
    }

    @Test
    void splitFoodChainQuoteIsStitchedIntoOneWithTheWritersWordsInside() {
        List<QuoteChange> rows = QuoteDrift.compare(TestTexts.doc("000"), TestTexts.doc("001"));
        QuoteChange r = rowWithA(rows, "how bad it is actually on the ground");
        assertEquals(QuoteChangeKind.STITCHED, r.change());
        assertEquals(2, r.a().size(), "the split quote's two pieces");
        assertTrue(r.bText().contains("how bad it actually is"), r.bText());
        assertTrue(r.diff().contains("on the ground"), r.diff());
        assertTrue(r.diff().contains("the more people understand"), r.diff());
        assertTrue(r.diff().contains("moved “actually”"), r.diff());
    }

    @Test
    void narrativeSentenceOfTheSourceTurnedIntoAQuotationIsMadeAQuote() {
        // the AP's own sentence (reported speech with a two-word quote) is one long quotation in the rewrite
        List<QuoteChange> rows = QuoteDrift.compare(TestTexts.doc("000"), TestTexts.doc("001"));
        QuoteChange r = rows.stream().filter(x -> x.bText().contains("outmanoeuvre")).findFirst().orElseThrow();
        assertEquals(QuoteChangeKind.MADE_A_QUOTE, r.change(), r.toString());
        assertTrue(r.aText().contains("take Ukraine"), r.aText());
        assertTrue(r.diff().contains("“outsmart everybody” → “outlast and outmanoeuvre everyone else”"), r.diff());
        assertTrue(!r.added().isEmpty() && !r.dropped().isEmpty(), "words added and dropped: " + r);
        assertTrue(rows.stream().noneMatch(x -> x.change() == QuoteChangeKind.ONLY_IN_A
                && x.aText().contains("outsmart everybody")), "the partial quote inside that sentence joins the row");
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
                assertEquals(c.a().get(0).start(), c.aStart(), c.toString());
                assertTrue(c.aText().startsWith(a.raw().substring(c.aStart(), c.aStart() + 3)), c.toString());
            }
            if (c.bStart() >= 0) {
                assertEquals(c.b().get(0).start(), c.bStart(), c.toString());
                assertTrue(c.bText().startsWith(b.raw().substring(c.bStart(), c.bStart() + 3)), c.toString());
            }
        }
    }

    @Test
    void fragmentsOfAMergedRowReadInTextOrderWithTheReorderingInTheDiff() {
        // AP quotes “there is absolutely no discussion …” (441) and, a paragraph later, “Russian internal
        // discussions.” (741); the rewrite merges them with the later one first.
        List<QuoteChange> rows = QuoteDrift.compare(TestTexts.doc("000"), TestTexts.doc("001"));
        QuoteChange r = rowWithA(rows, "Russian internal discussions");
        assertEquals(2, r.a().size(), r.toString());
        assertTrue(r.a().get(0).start() < r.a().get(1).start(), "text order: " + r.a());
        assertTrue(r.aText().startsWith("there is absolutely no discussion"), r.aText());
        assertEquals(r.a().get(0).start(), r.aStart());
        assertEquals(QuoteChangeKind.STITCHED, r.change());
        assertTrue(r.diff().contains("added “From what we see in”"), r.diff());
        assertTrue(r.diff().contains("reordered the pieces (“Russian internal discussions.” first)"), r.diff());
    }

    @Test
    void quoteWholeInAAndSplitInBInAnotherOrderIsDiffedWordForWordBothWays() {
        // 001 → 000: the rewrite's one quote against the AP's two pieces, which the AP gives the other way round.
        List<QuoteChange> rows = QuoteDrift.compare(TestTexts.doc("001"), TestTexts.doc("000"));
        QuoteChange r = rowWithA(rows, "From what we see in Russian internal discussions");
        assertEquals(2, r.b().size(), r.toString());
        assertTrue(r.bText().startsWith("there is absolutely no discussion"), r.bText());
        assertEquals("dropped “From what we see in”; changed “US” → “U.S.”; "
                + "reordered the pieces (“there is absolutely no discussion about how to really cooperate with the U.S. in a meaningful way.” first)",
                r.diff());
    }

    @Test
    void quoteTheTwoLedesAttributeDifferentlyIsOneSpeakerChangedRowNotDroppedAndAdded() {
        // Both ledes quote “outsmart”: the AP from "a senior European intelligence official", the rewrite
        // from "the head of Estonia’s foreign intelligence service", resolved to Kaupo Rosin.
        List<QuoteChange> rows = QuoteDrift.compare(TestTexts.doc("000"), TestTexts.doc("001"));
        QuoteChange r = rows.stream().filter(x -> x.aText().equals("outsmart")).findFirst().orElseThrow();
        assertEquals(QuoteChangeKind.SPEAKER_CHANGED, r.change(), "anonymous in A, named in B: " + r);
        assertEquals("outsmart", r.bText());
        assertEquals(101, r.bStart());
        assertTrue(r.speaker().contains("Kaupo Rosin"), r.speaker());
        assertTrue(rows.stream().noneMatch(x -> x.change() == QuoteChangeKind.ONLY_IN_B && x.bText().equals("outsmart")), rows.toString());
    }

    @Test
    void shortIdenticalQuoteUnderDifferentSpeakersIsOneSpeakerChangedRowWithBothSpeakersShown() {
        String a = "The talks ended without a deal. \"Never again,\" a senior diplomat said.";
        String b = "The talks collapsed. \"Never again,\" said Maria Lopez, the foreign minister.";
        List<QuoteChange> rows = QuoteDrift.compare(Document.of("a", a), Document.of("b", b));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(QuoteChangeKind.SPEAKER_CHANGED, rows.get(0).change());
        assertEquals("a senior diplomat / Maria Lopez", rows.get(0).speaker());
    }

    @Test
    void differentQuotesOfDifferentSpeakersAreNotPairedByTheirFewCommonWords() {
        String a = "\"Never again,\" a senior diplomat said. \"We will rebuild the bridge by spring,\" the mayor said.";
        String b = "\"Never surrender,\" said Maria Lopez. \"We will rebuild trust with voters,\" said Tom Reed.";
        List<QuoteChange> rows = QuoteDrift.compare(Document.of("a", a), Document.of("b", b));
        assertEquals(4, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.change() == QuoteChangeKind.ONLY_IN_A || r.change() == QuoteChangeKind.ONLY_IN_B),
                rows.toString());
    }

    @Test
    void speakerInOtherIsFalseForDescriptionsTheOtherSourceNeverQuotes() {
        // 004 quotes "a former senior Russian official", "a former senior US official", "a Ukrainian
        // official", but never "a White House official" or "a senior European intelligence official".
        List<QuoteChange> rows = QuoteDrift.compare(TestTexts.doc("000"), TestTexts.doc("004"));
        for (String speaker : List.of("a White House official", "a senior European intelligence official",
                "a former senior Russian official", "a former senior US official", "a Ukrainian official", "Kaupo Rosin")) {
            List<QuoteChange> of = rows.stream().filter(r -> r.speaker().equals(speaker)).toList();
            assertTrue(!of.isEmpty(), speaker + " in " + rows);
            assertTrue(of.stream().noneMatch(QuoteChange::speakerInOther), speaker + ": " + of);
        }
    }

    @Test
    void speakerInOtherHoldsForTheSameDescriptionOrTheSamePersonOnly() {
        String a = "\"Prices will rise,\" a White House official said. \"Rates stay put,\" said Jane Ode, the bank's governor.";
        String b = "\"Stay calm,\" a former senior US official said. \"Wages will follow,\" a White House official said. "
                + "\"Nobody panics,\" Ode said.";
        List<QuoteChange> rows = QuoteDrift.compare(Document.of("a", a), Document.of("b", b));
        assertTrue(rowWithA(rows, "Prices will rise").speakerInOther(), rows.toString());
        assertTrue(rowWithA(rows, "Rates stay put").speakerInOther(), rows.toString());
        QuoteChange calm = rows.stream().filter(r -> r.bText().contains("Stay calm")).findFirst().orElseThrow();
        assertEquals(QuoteChangeKind.ONLY_IN_B, calm.change());
        assertTrue(!calm.speakerInOther(), calm.toString());
    }

    @Test
    void rewritesQuoteSplitAroundHeSaidIsOneRow() {
        // 001: “For now,” he said, “the belief in the Kremlin is that Russia can take Ukraine …”
        List<QuoteChange> rows = QuoteDrift.compare(TestTexts.doc("000"), TestTexts.doc("001"));
        List<QuoteChange> forNow = rows.stream().filter(r -> r.bText().contains("For now")).toList();
        assertEquals(1, forNow.size(), rows.toString());
        QuoteChange r = forNow.get(0);
        assertEquals(2, r.b().size(), r.toString());
        assertTrue(r.bText().startsWith("For now, … the belief in the Kremlin"), r.bText());
        assertEquals(r.b().get(0).start(), r.bStart());
        assertTrue(rows.stream().noneMatch(x -> x != r && x.bText().contains("the belief in the Kremlin")), rows.toString());
    }

    @Test
    void quoteSplitAroundItsAttributionIsOneQuotationButASecondSentenceIsAnother() {
        String split = "\"For now,\" Mayor Helen Carver said, \"we wait for the water to fall.\"";
        List<QuoteChange> one = QuoteDrift.compare(Document.of("a", split), Document.of("b", split));
        assertEquals(1, one.size(), one.toString());
        assertEquals(2, one.get(0).a().size(), one.toString());
        String two = "\"The river is high,\" Mayor Helen Carver said. \"Schools are closed until Monday.\"";
        List<QuoteChange> rows = QuoteDrift.compare(Document.of("a", two), Document.of("b", two));
        assertEquals(2, rows.size(), rows.toString());
    }
}
