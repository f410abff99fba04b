package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

class SimilarityTest {
    private static Row row(Table t, String a, String b) {
        for (Row r : t) {
            if (r.getString("doc_a").startsWith(a) && r.getString("doc_b").startsWith(b)) {
                return r;
            }
        }
        throw new AssertionError("no row " + a + " / " + b);
    }

    @Test
    void apStoryAndItsUncreditedRewriteAreTheOnlyDerivedPairInTheCorpus() {
        Table t = Similarity.table(TestTexts.corpus());
        assertEquals(10, t.rowCount());
        Row r = row(t, "000", "001");
        assertEquals("rewrite", r.getString("relation"));
        assertTrue(r.getString("source").startsWith("000"), r.getString("evidence"));
        assertEquals("no", r.getString("credited"));
        for (Row other : t) {
            if (other.getRowNumber() != r.getRowNumber()) {
                assertEquals("related", other.getString("relation"), other.getString("doc_a") + " / " + other.getString("doc_b"));
                assertEquals("", other.getString("source"));
            }
        }
    }

    @Test
    void similarityTableHasTheDesignedColumnsAndIsDeterministic() {
        Table t = Similarity.table(TestTexts.corpus());
        assertEquals(List.of("doc_a", "doc_b", "cosine", "containment_a_in_b", "containment_b_in_a", "shared_passages",
                "relation", "source", "credited", "evidence"), t.columnNames());
        assertEquals(t.printAll(), Similarity.table(TestTexts.corpus()).printAll());
    }

    @Test
    void rewriteSharesManyShortPassagesButFewShingles() {
        PairScore s = Similarity.score(TestTexts.doc("000"), TestTexts.doc("001"));
        assertTrue(s.sharedPassages() >= 10, "shared passages " + s.sharedPassages());
        assertTrue(s.maxContainment() < RelationRule.COPY_CONTAINMENT);
        assertTrue(s.order() > 0.5);
    }

    @Test
    void shuffledParagraphsOfAStoryAreACopyInBothDirections() {
        Document ap = TestTexts.doc("000");
        List<String> paras = new ArrayList<>(TestTexts.paragraphs(ap.raw()));
        Collections.reverse(paras);
        Document shuffled = Document.of("shuffled", String.join("\n\n", paras));
        PairScore s = Similarity.score(ap, shuffled);
        assertEquals(Relation.COPY, RelationRule.decide(s));
        assertTrue(s.containmentAInB() > 0.9 && s.containmentBInA() > 0.9, s.toString());
        assertTrue(s.order() < 0, "reversed order should show as negative tau: " + s.order());
    }

    @Test
    void copyWithAParagraphDroppedIsContainedInItsSourceButNotTheReverse() {
        Document ap = TestTexts.doc("000");
        List<String> paras = new ArrayList<>(TestTexts.paragraphs(ap.raw()));
        paras.remove(paras.size() - 1);
        paras.removeIf(p -> p.contains("glide bombs"));
        Document trimmed = Document.of("trimmed", String.join("\n\n", paras));
        PairScore s = Similarity.score(ap, trimmed);
        assertEquals(Relation.COPY, RelationRule.decide(s));
        assertTrue(s.containmentBInA() > 0.99, "all of the copy is in the source: " + s.containmentBInA());
        assertTrue(s.containmentAInB() < s.containmentBInA());
        SourceGuess g = SourceInference.infer(s, Words.of(ap), Words.of(trimmed));
        assertEquals(ap, g.source().orElseThrow());
    }

    @Test
    void rewriteThatNamesTheAgencyIsCredited() {
        Document rewrite = TestTexts.doc("001");
        Document credited = Document.of("credited", rewrite.raw()
                + "\nRosin made the remarks in a briefing first reported by The Associated Press.\n");
        SourceGuess g = Similarity.source(TestTexts.doc("000"), credited);
        assertTrue(g.source().orElseThrow().id().startsWith("000"));
        assertTrue(g.credited(), g.evidence());
        assertEquals("Associated Press", g.creditName());
    }

    @Test
    void earlierDateOutweighsLengthWhenBothAreDated() {
        Document ap = TestTexts.doc("000");
        Document padded = Document.of("padded", TestTexts.doc("001").raw()
                + "\n" + TestTexts.resource("unrelated-cricket.txt").repeat(2), Map.of("date", "2026-02-09"));
        SourceGuess g = Similarity.source(ap, padded);
        assertEquals("padded", g.source().orElseThrow().id(), g.evidence());
    }

    @Test
    void independentReportsOfOneFloodAreTheSameStory() {
        Document wire = Document.of("wire", TestTexts.resource("samestory/flood-wire.txt"));
        Document local = Document.of("local", TestTexts.resource("samestory/flood-local.txt"));
        Table t = Similarity.table(Corpus.of(wire, local));
        assertEquals("same-story", t.stringColumn("relation").get(0));
    }

    @Test
    void cricketReportIsUnrelatedToTheWarStories() {
        Document cricket = Document.of("cricket", TestTexts.resource("unrelated-cricket.txt"));
        List<Document> docs = new ArrayList<>(TestTexts.corpus().list());
        docs.add(cricket);
        Table t = Similarity.table(Corpus.of(docs));
        for (Row r : t) {
            if (r.getString("doc_b").equals("cricket")) {
                assertEquals("unrelated", r.getString("relation"), r.getString("doc_a"));
            }
        }
    }
}
