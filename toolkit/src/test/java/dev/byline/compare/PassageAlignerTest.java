package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PassageAlignerTest {
    private static List<Passage> ofKind(PassageAlignment al, PassageKind kind) {
        return al.passages().stream().filter(p -> p.kind() == kind).toList();
    }

    @Test
    void rewriteDropsTheCasualtyReportAndTheContributorLine() {
        PassageAlignment al = PassageAligner.align(TestTexts.doc("000"), TestTexts.doc("001"));
        List<String> dropped = ofKind(al, PassageKind.ONLY_IN_A).stream().map(Passage::aText).toList();
        assertTrue(dropped.stream().anyMatch(t -> t.contains("glide bombs killed an 11-year-old girl")), dropped.toString());
        assertTrue(dropped.stream().anyMatch(t -> t.contains("contributed to this report")), dropped.toString());
        List<String> added = ofKind(al, PassageKind.ONLY_IN_B).stream().map(Passage::bText).toList();
        assertTrue(added.stream().anyMatch(t -> t.contains("outmanoeuvre")), added.toString());
        assertTrue(al.coverageB() > 0.7 && al.orderAgreement() > 0.5);
    }

    @Test
    void rewordedSentenceIsAParaphraseAndLightlyEditedOneIsClose() {
        PassageAlignment al = PassageAligner.align(TestTexts.doc("000"), TestTexts.doc("001"));
        Passage rosin = al.passages().stream().filter(p -> p.aText().startsWith("Kaupo Rosin, the head")).findFirst().orElseThrow();
        assertEquals(PassageKind.PARAPHRASE, rosin.kind());
        assertTrue(rosin.bText().startsWith("Kaupo Rosin, director general"), rosin.bText());
        Passage position = al.passages().stream().filter(p -> p.aText().startsWith("He said Putin's position may change")).findFirst().orElseThrow();
        assertEquals(PassageKind.CLOSE, position.kind());
    }

    @Test
    void reversedParagraphsAlignVerbatimWithNothingLeftOver() {
        Document ap = TestTexts.doc("000");
        List<String> paras = new ArrayList<>(TestTexts.paragraphs(ap.raw()));
        Collections.reverse(paras);
        PassageAlignment al = PassageAligner.align(ap, Document.of("reversed", String.join("\n\n", paras)));
        assertTrue(al.passages().stream().allMatch(p -> p.kind() == PassageKind.VERBATIM), al.table().print());
        assertTrue(al.orderAgreement() < -0.9);
    }

    @Test
    void deletedParagraphIsTheOnlyThingOnlyInA() {
        Document ap = TestTexts.doc("000");
        List<String> paras = new ArrayList<>(TestTexts.paragraphs(ap.raw()));
        String removed = paras.remove(8);
        PassageAlignment al = PassageAligner.align(ap, Document.of("cut", String.join("\n\n", paras)));
        List<Passage> onlyA = ofKind(al, PassageKind.ONLY_IN_A);
        assertEquals(1, onlyA.size(), al.table().print());
        assertEquals(removed, onlyA.get(0).aText());
        assertTrue(ofKind(al, PassageKind.ONLY_IN_B).isEmpty());
    }

    @Test
    void editedQuoteAlignsAsCloseAndOffsetsPointAtTheText() {
        Document ap = TestTexts.doc("000");
        String edited = ap.raw().replace("how bad it is actually on the ground", "how bad things really are at the front");
        Document b = Document.of("edited", edited);
        PassageAlignment al = PassageAligner.align(ap, b);
        Passage p = al.passages().stream().filter(x -> x.bText().contains("things really are")).findFirst().orElseThrow();
        assertEquals(PassageKind.CLOSE, p.kind());
        assertEquals(b.raw().substring(p.bStart(), p.bEnd()), p.bText());
        assertTrue(al.sharedInB(p).stream().noneMatch(s -> s.text().equals("really")));
        assertTrue(al.sharedInB(p).stream().anyMatch(s -> s.text().equals("food")));
    }

    @Test
    void alignmentTableHasOffsetsScoreAndKind() {
        Table t = PassageAligner.align(TestTexts.doc("000"), TestTexts.doc("001")).table();
        assertEquals(List.of("a_start", "a_end", "b_start", "b_end", "score", "kind", "a_text", "b_text"), t.columnNames());
        int onlyB = t.stringColumn("kind").isEqualTo("only-in-b").size();
        assertEquals(onlyB, t.intColumn("a_start").isMissing().size());
    }

    private static List<Passage> rowsWithA(PassageAlignment al, String aStart) {
        return al.passages().stream().filter(p -> p.kind().isMatch() && p.aText().startsWith(aStart)).toList();
    }

    @Test
    void sentenceSplitInTwoPairsWithBothHalvesWhenOneKeepsTheQuoteVerbatim() {
        PassageAlignment al = PassageAligner.align(TestTexts.doc("000"), TestTexts.doc("001"));
        List<String> partners = rowsWithA(al, "Kaupo Rosin, the head").stream().map(Passage::bText).toList();
        assertEquals(2, partners.size(), al.table().print());
        assertTrue(partners.stream().anyMatch(t -> t.startsWith("Kaupo Rosin, director general")), partners.toString());
        assertTrue(partners.stream().anyMatch(t -> t.startsWith("“From what we see in Russian internal discussions")), partners.toString());
        assertTrue(ofKind(al, PassageKind.ONLY_IN_B).stream().noneMatch(p -> p.bText().contains("absolutely no discussion")));
    }

    @Test
    void rewordedQuotePairsWithTheSentenceThatKeepsItsWordsNotANeighbouringParaphrase() {
        PassageAlignment al = PassageAligner.align(TestTexts.doc("000"), TestTexts.doc("001"));
        List<Passage> foodChain = rowsWithA(al, "“The lower you go in the food chain,”");
        assertEquals(1, foodChain.size(), al.table().print());
        assertTrue(foodChain.get(0).bText().startsWith("“The lower you go in the food chain, the more"), foodChain.get(0).bText());
        // B merged the AP's next sentence into the same one: a 2:1 merge, both A sentences on B's sentence.
        List<Passage> examples = rowsWithA(al, "Rosin cited examples");
        assertEquals(List.of(foodChain.get(0).bStart()), examples.stream().map(Passage::bStart).toList());
    }

    @Test
    void unmatchedSentenceSharingASixWordRunJoinsItsPartnerThoughMostOfItIsNew() {
        Document a = Document.of("a", "The minister said the plan would cut waiting times for every patient in the region by half next year.");
        Document b = Document.of("b", "The minister announced a plan for hospitals in the region. "
                + "Critics noted it would cut waiting times for every patient only on paper, and unions rejected the figures outright.");
        PassageAlignment al = PassageAligner.align(a, b);
        assertTrue(ofKind(al, PassageKind.ONLY_IN_B).isEmpty(), al.table().print());
        assertEquals(2, al.matchedCount(), al.table().print());
    }

    @Test
    void quoteKeptWordForWordIsPairedFirstEvenWhenANeighbourParaphrasesTheSentenceMoreFully() {
        // A's first sentence keeps B's quote (six words) with a new attribution; A's second reworks B's facts, sharing
        // more content stems. Content-first pairing gave B to the second and left the quote only-in-a.
        Document a = Document.of("a", "“Prices will keep rising all winter,” according to a statement read out by a spokeswoman "
                + "after a long and heated closed-door meeting on Tuesday.\n\n"
                + "The central bank governor warned lawmakers in Frankfurt on Tuesday that energy costs and wages would push prices higher.");
        Document b = Document.of("b", "“Prices will keep rising all winter,” the central bank governor warned lawmakers in Frankfurt "
                + "on Tuesday, citing energy costs and wages.");
        PassageAlignment al = PassageAligner.align(a, b);
        assertTrue(ofKind(al, PassageKind.ONLY_IN_A).isEmpty(), al.table().print());
        assertEquals(2, al.matchedCount(), al.table().print());
    }
}
