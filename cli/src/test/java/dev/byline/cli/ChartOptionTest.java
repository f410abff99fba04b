package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.cli.CorpusCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --chart on terms and keyness: the toolkit's SVG beside the table, checked before any work. */
class ChartOptionTest {
    @TempDir
    Path dir;

    private String chart(String name, String... args) throws IOException {
        Path svg = dir.resolve(name);
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--chart", svg.toString()))
                .toArray(String[]::new);
        Run r = CorpusCommandTest.run(all);
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().isEmpty(), "the table is still printed");
        String drawn = Files.readString(svg);
        assertTrue(drawn.contains("<svg"), "an SVG");
        return drawn;
    }

    @Test
    void termsDrawsTheTopTermsAndByDocAHeatmapOfTheDocuments() throws IOException {
        String bars = chart("top.svg", "terms", CorpusCommandTest.corpus(), "--top", "5");
        assertTrue(bars.contains("putin") && bars.contains("ukraine"), "the most frequent terms are labelled");
        String heat = chart("heat.svg", "terms", CorpusCommandTest.corpus(), "--by-doc", "--top", "5");
        assertTrue(heat.contains("004_3bf5beac004fddcf"), "each document is a column");
    }

    /** With --by-doc --top N the heatmap's rows are the terms printed (each document's top N), no other. */
    @Test
    void byDocHeatmapShowsTheTermsTheTablePrints() throws IOException {
        String heat = chart("heat3.svg", "terms", CorpusCommandTest.corpus(), "--by-doc", "--top", "3");
        Run table = CorpusCommandTest.run("terms", CorpusCommandTest.corpus(), "--by-doc", "--top", "3", "--format", "csv");
        java.util.Set<String> printed = new java.util.TreeSet<>();
        table.out().lines().skip(1).forEach(l -> printed.add(l.split(",")[1]));
        java.util.Set<String> drawn = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(">([a-z]+)<").matcher(heat);
        while (m.find()) {
            drawn.add(m.group(1));
        }
        drawn.remove("count");   // the legend's axis
        assertTrue(printed.contains("mentioned") && printed.contains("rosin"), printed.toString());
        assertEquals(printed, drawn);
    }

    @Test
    void keynessDrawsTheSpunArticlesKeywords() throws IOException {
        String drawn = chart("key.svg", "keyness", CorpusCommandTest.corpus(), "--target", "004_3bf5beac004fddcf", "--top", "5");
        assertTrue(drawn.contains("mentioned"), "the spinner's 'mentioned' is its strongest keyword");
    }

    @Test
    void aChartOfTfidfOrIntoAMissingFolderIsRefusedBeforeAnyWork() {
        Run tfidf = CorpusCommandTest.run("terms", CorpusCommandTest.corpus(), "--tfidf", "--chart", dir.resolve("t.svg").toString());
        assertEquals(Main.BAD_USAGE, tfidf.code());
        Path nowhere = dir.resolve("no/such/folder/c.svg");
        Run missing = CorpusCommandTest.run("terms", CorpusCommandTest.corpus(), "--chart", nowhere.toString());
        assertEquals(Main.BAD_USAGE, missing.code(), "a wrong --chart is a usage error, like any option value");
        assertEquals("", missing.out(), "nothing printed: the check comes first");
        assertTrue(missing.err().startsWith("byline: --chart " + nowhere + ": no such folder"), missing.err());
        Run notSvg = CorpusCommandTest.run("terms", CorpusCommandTest.corpus(), "--chart", dir.resolve("c.png").toString());
        assertEquals(Main.BAD_USAGE, notSvg.code());
        assertTrue(notSvg.err().contains("name the file FILE.svg") && notSvg.err().contains("Try 'byline terms --help'"),
                notSvg.err());
        Run folder = CorpusCommandTest.run("keyness", CorpusCommandTest.corpus(), "--target", "x", "--chart", dir.toString());
        assertEquals(Main.BAD_USAGE, folder.code(), folder.err());
    }
}
