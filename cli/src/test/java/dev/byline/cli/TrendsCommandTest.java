package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.cli.CorpusCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendsCommandTest {
    @TempDir
    Path dir;

    /** Hand-counted in corpus/: Putin 14 times in the AP story (000), 10 in the National Herald's (001). */
    @Test
    void termsPerOutletWithTheirCounts() {
        Run r = CorpusCommandTest.run("trends", "putin, rosin", CorpusCommandTest.corpus(), "--by", "OUTLET", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals("outlet,term,count,docs,terms,per_10k", lines.get(0));
        assertTrue(lines.get(1).startsWith("National Herald,putin,10,1,"), r.out());
        assertTrue(lines.get(2).startsWith("National Herald,rosin,10,1,"), r.out());
        assertTrue(lines.get(3).startsWith("The Associated Press,putin,14,1,"), r.out());
        assertEquals(5, lines.size());
    }

    @Test
    void chartIsWrittenAsSvgAndNeverReplacesAFileUnlessAsked() throws IOException {
        Path svg = dir.resolve("putin.svg");
        Run first = CorpusCommandTest.run("trends", "putin", CorpusCommandTest.corpus(), "--chart", svg.toString());
        assertEquals(0, first.code(), first.err());
        String drawn = Files.readString(svg);
        assertTrue(drawn.startsWith("<svg") || drawn.startsWith("<?xml"), drawn.substring(0, 40));
        assertTrue(drawn.contains("putin"), "the legend names the term");

        Files.writeString(svg, "mine");
        Run again = CorpusCommandTest.run("trends", "putin", CorpusCommandTest.corpus(), "--chart", svg.toString());
        assertEquals(Main.BAD_USAGE, again.code());
        assertTrue(again.err().startsWith("byline: --chart " + svg + " already exists; add --overwrite to replace it\n"),
                again.err());
        assertEquals("mine", Files.readString(svg));
        assertEquals(0, CorpusCommandTest.run("trends", "putin", CorpusCommandTest.corpus(), "--chart", svg.toString(),
                "--overwrite").code());
        assertFalse(Files.readString(svg).equals("mine"));
    }

    @Test
    void unknownGroupingAndEmptyTermListAreUsageErrors() {
        Run week = CorpusCommandTest.run("trends", "putin", CorpusCommandTest.corpus(), "--by", "week");
        assertEquals(Main.BAD_USAGE, week.code());
        assertTrue(week.err().contains("'week' is not one of date, month, year, outlet"), week.err());
        assertEquals(Main.BAD_USAGE, CorpusCommandTest.run("trends", " , ", CorpusCommandTest.corpus()).code());
    }
}
