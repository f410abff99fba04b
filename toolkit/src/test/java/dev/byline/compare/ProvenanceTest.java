package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * A journalist's small corpus, written for these tests (invented outlets): a Northwind wire story
 * (3 March), the Daily Courier's credited pickup (same day, Northwind dateline kept), Metro Pulse's
 * uncredited rewrite (4 March) and the Harbour Gazette's spun copy (5 March).
 */
class ProvenanceTest {
    private static Corpus journalist() {
        try {
            return Corpus.load(Path.of(ProvenanceTest.class.getResource("journalist/corpus.csv").toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Row row(Table t, String a, String b) {
        for (Row r : t) {
            if (r.getString("doc_a").equals(a) && r.getString("doc_b").equals(b)
                    || r.getString("doc_a").equals(b) && r.getString("doc_b").equals(a)) {
                return r;
            }
        }
        throw new AssertionError("no row " + a + " / " + b);
    }

    private static final Table TABLE = Similarity.table(journalist());

    @Test
    void aLaterDatedDocumentIsNeverNamedTheSourceOfAnEarlierOne() {
        Map<String, LocalDate> dates = new HashMap<>();
        journalist().forEach(d -> dates.put(d.id(), d.date().orElseThrow()));
        for (Row r : TABLE) {
            String src = r.getString("source");
            if (!src.isEmpty() && !r.getString("relation").equals("sibling")) {
                String other = src.equals(r.getString("doc_a")) ? r.getString("doc_b") : r.getString("doc_a");
                assertFalse(dates.get(src).isAfter(dates.get(other)), src + " named source of earlier " + other);
            }
        }
    }

    @Test
    void twoTakesOnTheWireStoryAreSiblingsWithTheWireAsSourceAndNoAccusation() {
        for (String[] p : new String[][] {{"courier", "metro"}, {"courier", "gazette"}, {"metro", "gazette"}}) {
            Row r = row(TABLE, p[0], p[1]);
            assertEquals("sibling", r.getString("relation"), p[0] + "/" + p[1] + ": " + r.getString("evidence"));
            assertEquals("wire", r.getString("source"), r.getString("evidence"));
            assertEquals("", r.getString("credited"), "no credit verdict between siblings");
        }
    }

    @Test
    void creditedPickupIsACopyOfTheWireCreditedYes() {
        Row r = row(TABLE, "wire", "courier");
        assertEquals("copy", r.getString("relation"));
        assertEquals("wire", r.getString("source"));
        assertEquals("yes", r.getString("credited"), r.getString("evidence"));
    }

    @Test
    void uncreditedRewriteOfAKnownOutletIsCreditedNo() {
        Row r = row(TABLE, "wire", "metro");
        assertEquals("rewrite", r.getString("relation"), r.getString("evidence"));
        assertEquals("wire", r.getString("source"));
        assertEquals("no", r.getString("credited"), r.getString("evidence"));
    }

    @Test
    void spunCopyIsFoundWithItsSource() {
        Row r = row(TABLE, "wire", "gazette");
        assertEquals("spun-copy", r.getString("relation"), r.getString("evidence"));
        assertEquals("wire", r.getString("source"));
        assertEquals("no", r.getString("credited"));
    }

    @Test
    void withoutTheSidecarAPickupThatSaysToldNorthwindIsCredited() {
        Document wire = Document.of("wire", TestTexts.resource("journalist/wire.txt"));
        Document courier = Document.of("courier", TestTexts.resource("journalist/courier.txt"));
        SourceGuess g = Similarity.source(wire, courier);
        assertEquals("wire", g.source().orElseThrow().id(), g.evidence());
        assertEquals(Credit.YES, g.credit(), g.evidence());
        assertEquals("Northwind", g.creditName());
    }

    /** The wire with every {@code step}-th lower-case word of five letters or more replaced by {@code swap}'s answer, if any. */
    private static String everyNth(int step, java.util.function.UnaryOperator<String> swap) {
        String wire = TestTexts.resource("journalist/wire.txt");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b[a-z]{5,}\\b").matcher(wire);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int k = 0;
        while (m.find()) {
            String with = k++ % step == 0 ? swap.apply(m.group()) : null;
            if (with != null) {
                out.append(wire, last, m.start()).append(with);
                last = m.end();
            }
        }
        return out.append(wire.substring(last)).toString();
    }

    @Test
    void aLightlySpunCopyThatStillSharesMostShinglesIsASpunCopyNotACopy() {
        Document wire = Document.of("wire", TestTexts.resource("journalist/wire.txt"), Map.of("date", "2026-03-03"));
        Document spun = Document.of("spun", everyNth(6, w -> Thesaurus.wordNet().synonyms(w).stream()
                .filter(x -> !x.contains(" ")).findFirst().orElse(null)), Map.of("date", "2026-03-04"));
        PairScore s = Similarity.score(wire, spun);
        assertTrue(s.maxContainment() >= RelationRule.COPY_CONTAINMENT, "shares most shingles: " + s);
        assertEquals(Relation.SPUN_COPY, RelationRule.decide(s), s.toString());
    }

    @Test
    void aCopyWithWordsEditedForOtherWordsStaysACopy() {
        Document wire = Document.of("wire", TestTexts.resource("journalist/wire.txt"), Map.of("date", "2026-03-03"));
        // The same number of changes, each a word no thesaurus offers for the one it replaces.
        Document edited = Document.of("edited", everyNth(6, w -> "lighthouse"), Map.of("date", "2026-03-04"));
        PairScore s = Similarity.score(wire, edited);
        assertEquals(Relation.COPY, RelationRule.decide(s), s.toString());
    }

    @Test
    void anOutletRerunningItsOwnStoryIsNotAccusedOfCopyingWithoutCredit() {
        String text = TestTexts.resource("journalist/metro.txt");
        Document web = Document.of("web", text, Map.of("outlet", "Metro Pulse", "date", "2026-03-04"));
        Document print = Document.of("print", text + "\n\nThis story was updated on Thursday.\n", Map.of("outlet", "metro pulse", "date", "2026-03-05"));
        SourceGuess g = Similarity.source(web, print);
        assertEquals("web", g.source().orElseThrow().id(), g.evidence());
        assertEquals(Credit.UNKNOWN, g.credit(), g.evidence());
        assertTrue(g.evidence().contains("re-running its own text"), g.evidence());
    }

    @Test
    void aCopyKeepingTheSourcesToldAnotherOutletLineDoesNotCreditTheSource() {
        String text = TestTexts.resource("journalist/metro.txt") + "\n\nA union official told Harbour Radio the talks would resume.\n";
        Document metro = Document.of("metro", text, Map.of("outlet", "Metro Pulse", "date", "2026-03-04"));
        Document copy = Document.of("copy", text, Map.of("outlet", "Daily Courier", "date", "2026-03-05"));
        SourceGuess g = Similarity.source(metro, copy);
        assertEquals("metro", g.source().orElseThrow().id(), g.evidence());
        assertEquals(Credit.NO, g.credit(), "Harbour Radio is a third party Metro Pulse quotes: " + g.evidence());
    }

    @Test
    void creditIsUnknownWhenNothingSaysWhoTheSourceIs() {
        String wireText = TestTexts.resource("journalist/wire.txt").replace("PORT ELLEN (Northwind) — ", "")
                .replace(" told Northwind", " said");
        Document wire = Document.of("wire", wireText);
        Document metro = Document.of("metro", TestTexts.resource("journalist/metro.txt"));
        SourceGuess g = Similarity.source(wire, metro);
        assertEquals(Credit.UNKNOWN, g.credit(), g.evidence());
        assertTrue(g.evidence().contains("outlet is unknown"), g.evidence());
    }

    @Test
    void twoPickupsCreditingOneAgencyWithTheWireAbsentAreDescribedSiblings() {
        Corpus two = Corpus.of(journalist().list().stream().filter(d -> !d.id().equals("wire") && !d.id().equals("gazette")).toList());
        Document courier = two.list().stream().filter(d -> d.id().equals("courier")).findFirst().orElseThrow();
        Document other = Document.of("other", TestTexts.resource("journalist/metro.txt")
                + "\nNorthwind contributed to this report.\n", Map.of("outlet", "Metro Pulse", "date", "2026-03-04"));
        Table t = Similarity.table(Corpus.of(courier, other));
        Row r = row(t, "courier", "other");
        assertEquals("sibling", r.getString("relation"), r.getString("evidence"));
        assertEquals("", r.getString("source"));
        assertTrue(r.getString("evidence").contains("both credit Northwind"), r.getString("evidence"));
    }

    @Test
    void undatedPairWithSymmetricEvidenceNamesNoSource() {
        String text = TestTexts.resource("journalist/metro.txt");
        Document a = Document.of("a", text);
        Document b = Document.of("b", text.replace("Thousands of island residents", "Thousands of islanders")
                .replace("warned that", "said"));
        SourceGuess g = Similarity.source(a, b);
        assertTrue(g.source().isEmpty(), g.evidence());
        assertTrue(g.evidence().contains("symmetric"), g.evidence());
    }
}
