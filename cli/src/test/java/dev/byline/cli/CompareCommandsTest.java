package dev.byline.cli;

import static dev.byline.cli.CorpusCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import dev.byline.cli.CorpusCommandTest.Run;
import org.junit.jupiter.api.Test;

class CompareCommandsTest {
    static Path corpus() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("corpus").resolve("corpus.csv"))) {
            p = p.getParent();
        }
        return p.resolve("corpus");
    }

    static String file(String prefix) {
        try (var s = Files.list(corpus())) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void compareCsvListsTenPairsWithTheRewriteSourcedToTheAgencyStory() {
        Run r = run("compare", corpus().toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).startsWith("doc_a,doc_b,cosine,containment_a_in_b,containment_b_in_a,shared_passages,relation,source,credited"));
        assertEquals(11, r.lines().size(), r.out());
        String rewrite = r.lines().stream().filter(l -> l.contains(",rewrite,")).findFirst().orElseThrow();
        assertTrue(rewrite.startsWith("000_fe30a10617dd1251,001_c4a1383d33ff9dde,"), rewrite);
        assertTrue(rewrite.contains(",rewrite,000_fe30a10617dd1251,no,"), rewrite);
    }

    @Test
    void compareJsonIsOneObjectPerPair() {
        Run r = run("compare", corpus().toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(10, r.lines().size());
        assertTrue(r.lines().get(0).startsWith("{\"doc_a\":"), r.lines().get(0));
    }

    @Test
    void candidatesListTheRewritePairWithItsEstimateAndStreamJsonLinesRecordsToo(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Run r = run("compare", corpus().toString(), "--candidates", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("doc_a,doc_b,estimated_jaccard", r.lines().get(0));
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("000_fe30a10617dd1251,001_c4a1383d33ff9dde,")), r.out());
        // records files: the document count is known only after reading
        Path one = tmp.resolve("one.jsonl");
        Files.writeString(one, "{\"id\":\"a\",\"text\":\"Only one story about harbour cranes and tides.\"}\n");
        Run lone = run("compare", one.toString(), "--candidates", "--format", "csv");
        assertEquals(1, lone.code(), lone.out());
        assertTrue(lone.err().contains("compare needs at least two documents (found 1)"), lone.err());
        Run single = run("compare", file("000"), "--candidates", "--format", "csv");
        assertEquals(1, single.code(), single.out());
        assertEquals("", single.out());
        assertTrue(single.err().contains("compare needs at least two documents (found 1)"), single.err());
    }

    @Test
    void compareOfAMissingFileFailsWithOneLineNamingIt() {
        Run r = run("compare", "no/such/dir", "--format", "csv");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no/such/dir"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void alignWritesRowsAndASideBySidePage(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path html = tmp.resolve("align.html");
        Run r = run("align", file("000"), file("001"), "--format", "csv", "--html", html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).startsWith("a_start,a_end,b_start,b_end,score,kind"), r.lines().get(0));
        assertTrue(r.out().contains(",only-in-a,"));
        assertTrue(r.out().contains(",only-in-b,"));
        assertTrue(Files.readString(html).contains("<mark>"));
    }

    @Test
    void compareOfOneDocumentFailsWithOneLineSayingItNeedsTwo() {
        Run r = run("compare", file("000"), "--format", "csv");
        assertEquals(1, r.code(), r.out());
        assertEquals("", r.out());
        assertTrue(r.err().contains("compare needs at least two documents (found 1)"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void compareOfTheSameFileTwiceFailsAsOneDocument() {
        Run r = run("compare", file("000"), file("000"), "--format", "csv");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("compare needs at least two documents (found 1)"), r.err());
    }

    @Test
    void alignOfATextWithAnIdenticalCopyRunsAndNotesItOnStderr(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("copy.txt");
        Files.writeString(copy, Files.readString(Path.of(file("000"))));
        Run r = run("align", file("000"), copy.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(",verbatim,"), r.out());
        assertTrue(r.err().contains("same text"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        Run different = run("align", file("000"), file("001"), "--format", "csv");
        assertTrue(!different.err().contains("same text"), different.err());
    }

    @Test
    void driftAndAlignRefuseAnArticleOverTheirSizeLimitWithOneLineNamingIt(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path longFile = tmp.resolve("long.txt");
        Files.writeString(longFile, "“We said so,” said Ann Lee. ".repeat(ArticleLength.DRIFT_MAX_CHARS / 28 + 1));
        Run r = run("drift", file("000"), longFile.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("long.txt") && r.err().contains("drift takes articles of up to 100,000 characters"),
                r.err());
        assertEquals("", r.out());

        Files.writeString(longFile, "A plain sentence here. ".repeat(ArticleLength.MAX_CHARS / 23 + 1));
        Run a = run("align", longFile.toString(), file("000"));
        assertEquals(Main.BAD_INPUT, a.code());
        assertTrue(a.err().contains("align takes articles of up to 1,000,000 characters"), a.err());
        assertEquals(0, run("drift", file("000"), file("001")).code(), "a news article is well within the limit");
    }

    @Test
    void compareAndSpinLeaveOutAnArticleOverTheLimitWithOneLineAndGoOnWithTheRest(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Harbour cranes stood idle on Monday as the strike entered its third day.\n");
        Files.writeString(dir.resolve("b.txt"), "Harbour cranes stood idle on Monday as the strike entered a third day.\n");
        Path archive = dir.resolve("archive.txt");
        Files.writeString(archive, "A plain sentence here. ".repeat(ArticleLength.MAX_CHARS / 23 + 1));

        Run compare = run("compare", dir.toString(), "--format", "csv");
        assertEquals(0, compare.code(), compare.err());
        assertEquals(1, compare.err().strip().lines().count(), compare.err());
        assertTrue(compare.err().contains("archive.txt") && compare.err().contains(
                "compare takes articles of up to 1,000,000 characters, so it was left out"), compare.err());
        assertEquals(2, compare.lines().size(), "the header and the one pair left: " + compare.out());
        assertTrue(compare.lines().get(1).startsWith("a,b,"), compare.out());

        Run spin = run("spin", dir.toString(), "--format", "csv");
        assertEquals(0, spin.code(), spin.err());
        assertTrue(spin.err().contains("spin takes articles of up to 1,000,000 characters"), spin.err());
        assertTrue(spin.lines().stream().skip(1).noneMatch(l -> l.startsWith("archive,")), spin.out());

        Run alone = run("spin", archive.toString());
        assertEquals(Main.BAD_INPUT, alone.code());
        assertEquals("", alone.out());
        assertTrue(alone.err().contains("archive.txt: ") && alone.err().contains("(split the text into its articles)"),
                alone.err());
        assertEquals(1, alone.err().strip().lines().count(), "one problem, one line: " + alone.err());

        Run compareAlone = run("compare", archive.toString());
        assertEquals(Main.BAD_INPUT, compareAlone.code());
        assertEquals("", compareAlone.out());
        assertEquals(1, compareAlone.err().strip().lines().count(), "one problem, one line: " + compareAlone.err());
        assertTrue(compareAlone.err().contains("archive.txt: ") && compareAlone.err().contains("(split the text into its articles)"),
                compareAlone.err());

        Run pairOfOne = run("compare", archive.toString(), dir.resolve("a.txt").toString());
        assertEquals(Main.BAD_INPUT, pairOfOne.code());
        assertTrue(pairOfOne.err().contains("so it was left out") && pairOfOne.err().contains("found 1"), pairOfOne.err());
    }

    @Test
    void alignWithOneFileIsBadUsage() {
        Run r = run("align", file("000"));
        assertEquals(2, r.code());
    }

    @Test
    void alignOfADirectoryIsBadInputNamingIt() {
        Run r = run("align", corpus().toString(), file("001"));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is a directory"), r.err());
    }

    @Test
    void spinFlagsOnlyTheSpunArticle() {
        Run r = run("spin", corpus().toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).startsWith("doc,doc_score,doc_flagged,start,end,phrase,likely_original"), r.lines().get(0));
        for (String line : r.lines().subList(1, r.lines().size())) {
            assertEquals(line.startsWith("004_"), line.contains(",true,"), line);
        }
        // the spun article's odd phrases come with a likely original and the signal that found them
        assertTrue(r.lines().stream().filter(l -> l.startsWith("004_")).count() >= 5, r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("004_") && l.matches(".*,[a-z][a-z ]*,collocation,[0-9.]+,(wordnet|moby)")),
                r.out());
        // by default only the surer phrases; --all-phrases lists the rest too, with the same verdicts
        Run all = run("spin", corpus().toString(), "--format", "csv", "--all-phrases");
        assertEquals(0, all.code(), all.err());
        long sure = r.lines().stream().filter(l -> l.startsWith("004_")).count();
        long every = all.lines().stream().filter(l -> l.startsWith("004_")).count();
        assertTrue(every > sure, sure + " of " + every);
        assertTrue(all.lines().containsAll(r.lines()), "every default row is among --all-phrases' rows");
    }

    @Test
    void driftShowsTheEditedQuoteAndWritesThePage(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path html = tmp.resolve("drift.html");
        Run r = run("drift", file("000"), file("001"), "--format", "json", "--html", html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"change\":\"edited\""), r.out());
        assertTrue(r.out().contains("changed “U.S.” → “US”"), r.out());
        assertTrue(Files.readString(html).contains("<del>U.S.</del>"));
    }

    @Test
    void htmlPageNeverOverwritesAnInputArticle() {
        Run r = run("drift", file("000"), file("001"), "--html", file("001"));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("refusing to overwrite"), r.err());
    }
}
