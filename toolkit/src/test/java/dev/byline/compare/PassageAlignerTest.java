package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Document;
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
}
