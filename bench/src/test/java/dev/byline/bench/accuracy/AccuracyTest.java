package dev.byline.bench.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.BylineException;
import dev.byline.bench.generate.CorpusGenerator;
import dev.byline.bench.generate.Vocabulary;
import dev.byline.bench.harness.BylineCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccuracyTest {
    @TempDir
    static Path tmp;
    static Path dir;
    static Truth truth;

    @BeforeAll
    static void corpus() {
        dir = tmp.resolve("c60");
        new CorpusGenerator(Vocabulary.load(Vocabulary.DEBIAN_WORDS, 9), 9, 60).generate(dir, 2);
        truth = Truth.read(dir.resolve(CorpusGenerator.TRUTH));
    }

    private static List<PredictedQuote> perfect() {
        return truth.quotes().stream().map(q -> new PredictedQuote(q.doc(), q.start(), q.end(), q.kind(),
                q.speaker() == null ? "" : q.speaker())).toList();
    }

    @Test
    void predictingExactlyThePlantedQuotationsScoresFullMarks() {
        QuoteReport r = QuoteScorer.score(truth, perfect());
        assertEquals(truth.quotes().size(), r.overall().planted());
        assertEquals(1.0, r.overall().recall());
        assertEquals(1.0, r.precision());
        assertEquals(r.overall().found(), r.overall().exactSpan());
        assertEquals(r.overall().found(), r.overall().speakerExact());
        assertEquals(r.overall().found(), r.overall().kindRight());
    }

    @Test
    void spansWithTheirMarksStillMatchButSurnamesOnlyCountAsLenientAndMissesLowerRecall() {
        List<PredictedQuote> predicted = new ArrayList<>();
        for (int k = 0; k < truth.quotes().size(); k++) {
            TruthQuote q = truth.quotes().get(k);
            if (k % 4 == 0) {
                continue;   // a miss
            }
            String surname = q.speaker() == null ? "" : q.speaker().substring(q.speaker().lastIndexOf(' ') + 1);
            predicted.add(new PredictedQuote(q.doc(), q.outerStart(), q.outerEnd(), q.kind(), surname));
        }
        predicted.add(new PredictedQuote(truth.quotes().getFirst().doc(), 0, 3, "full", ""));   // a false alarm
        predicted.add(new PredictedQuote(truth.quotes().getFirst().doc(), 5, 40, "indirect", "X"));   // not judged
        QuoteReport r = QuoteScorer.score(truth, predicted);
        int planted = truth.quotes().size();
        int found = planted - (planted + 3) / 4;
        assertEquals(found, r.overall().found());
        assertEquals(0, r.overall().exactSpan(), "marks included: matched, but not exact");
        assertEquals(found, r.overall().speakerLenient());
        assertTrue(r.overall().speakerExact() < found, "surnames are not the full name");
        assertEquals(1, r.indirect());
        assertEquals(found, r.matched());
        assertEquals(found + 1, r.judged());
    }

    @Test
    void derivedPairsAreScoredByFamilyAndMissingPairsAreAbsent() {
        List<PredictedPair> pairs = new ArrayList<>();
        TruthRelation firstCopy = truth.relations().stream().filter(r -> r.relation().equals("copy")).findFirst()
                .orElseThrow();
        pairs.add(new PredictedPair(firstCopy.b(), firstCopy.a(), "copy"));   // either order
        TruthRelation sameTopic = truth.relations().stream().filter(r -> r.relation().equals("same-topic")).findFirst()
                .orElseThrow();
        pairs.add(new PredictedPair(sameTopic.a(), sameTopic.b(), "rewrite"));   // a false positive
        RelationReport r = RelationScorer.score(truth, pairs);
        assertEquals(2, r.derivedPredicted());
        assertEquals(1, r.derivedCorrect());
        assertEquals(1, r.labels().get("copy").get("copy"));
        assertEquals(r.planted("copy") - 1, r.labels().get("copy").get("absent"));
        assertEquals(1, r.labels().get("same-topic").get("rewrite"));
    }

    @Test
    void spunCopyAndSiblingLabelsCountAsDerivedPairsScoredByFamily() {
        TruthRelation spin = truth.relations().stream().filter(r -> r.relation().equals("spin")).findFirst().orElseThrow();
        TruthRelation copy = truth.relations().stream().filter(r -> r.relation().equals("copy")).findFirst().orElseThrow();
        TruthRelation sameTopic = truth.relations().stream().filter(r -> r.relation().equals("same-topic")).findFirst()
                .orElseThrow();
        List<PredictedPair> pairs = new ArrayList<>();
        pairs.add(new PredictedPair(spin.a(), spin.b(), "spun-copy"));
        pairs.add(new PredictedPair(copy.a(), copy.b(), "sibling"));          // one family: a right derived label
        pairs.add(new PredictedPair(sameTopic.a(), sameTopic.b(), "sibling"));   // two originals: a false one
        RelationReport r = RelationScorer.score(truth, pairs);
        assertEquals(1, r.labels().get("spin").get("spun-copy"));
        assertEquals(1.0 / r.planted("spin"), r.derivedRecall("spin"), 1e-9);
        assertEquals(1.0 / r.planted("copy"), r.derivedRecall("copy"), 1e-9);
        assertEquals(3, r.derivedPredicted());
        assertEquals(2, r.derivedCorrect());
        assertEquals(1, r.labels().get("same-topic").get("sibling"));
    }

    @Test
    void theReportScoresWhatExistsAndNamesWhatItCannotScoreYet() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        BylineCli cli = new BylineCli(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.byline.cli.Main"));
        String report = AccuracyCommand.report(dir, cli, 3);
        assertTrue(report.contains(String.format("Quotations: %,d planted", truth.quotes().size())), report);
        for (String pattern : List.of("quote-pronoun-verb", "split", "multi-paragraph", "guillemets")) {
            assertTrue(report.contains("| " + pattern), pattern);
        }
        if (cli.has("compare", null)) {
            assertTrue(report.contains("| same-topic"), report);
        } else {
            assertTrue(report.contains("Not scored: document relations"), report);
        }
        assertTrue(report.contains("Not scored yet: ") || report.contains("nothing."));
    }

    @Test
    void anEditedRowForThePlantedQuotationIsADetectionAndAnEditedRowOnACopyIsAFalseAlarm() {
        String original = "We will not sign this agreement before the summer,";
        List<DriftRow> found = List.of(new DriftRow("same", "Other words entirely", "Other words entirely"),
                new DriftRow("edited", "We will not sign this agreement before the summer",
                        "We will sign this agreement before the summer"));
        assertTrue(DriftScorer.detects(original, found));
        List<DriftRow> wrongQuote = List.of(new DriftRow("edited", "Prices rose again in March", "Prices rose in March"));
        assertTrue(!DriftScorer.detects(original, wrongQuote), "an edit of another quotation is not this one");
        assertTrue(!DriftScorer.detects(original, List.of(new DriftRow("same", original, original))));
        assertTrue(DriftScorer.reportsAnEdit(wrongQuote));
    }

    @Test
    void spinRecallAndPrecisionCountPlantedSpunCopiesAgainstFlaggedDocuments() {
        List<String> spun = truth.docs().values().stream().filter(d -> d.role().equals("spin")).map(TruthDoc::doc).toList();
        String original = truth.docs().values().stream().filter(d -> d.role().equals("original")).findFirst()
                .orElseThrow().doc();
        assertTrue(!spun.isEmpty());
        java.util.Set<String> flagged = new java.util.HashSet<>(spun.subList(0, (spun.size() + 1) / 2));
        flagged.add(original);
        SpinScore s = SpinScorer.score(truth, flagged);
        assertEquals(spun.size(), s.spun());
        assertEquals((spun.size() + 1) / 2, s.caught());
        assertEquals(flagged.size(), s.flagged());
        assertEquals(truth.docs().size(), s.documents());
    }

    @Test
    void aDirectoryThatIsNotAGeneratedCorpusIsAOneLineError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        BylineException e = assertThrows(BylineException.class, () -> AccuracyCommand.report(empty, 
                new BylineCli(List.of("true")), 3));
        assertTrue(e.getMessage().contains("not a byline-bench corpus"), e.getMessage());
    }
}
