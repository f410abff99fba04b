package dev.byline.cli;

import static dev.byline.cli.CorpusCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.cli.CorpusCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * terms, kwic, keyness, collocates, trends and quotes read each document's headline, and {@code --no-title}
 * leaves it out: a word that only a headline holds is found and counted, then absent.
 */
class TitleOptionTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws IOException {
        Files.writeString(dir.resolve("quarry.txt"), "Velmora quarry dispute heads to court\n\n"
                + "The council met on Monday to discuss the expansion plan.\n\n"
                + "Residents said the noise from the site was too much.\n");
        Files.writeString(dir.resolve("mayor.txt"), "Mayor says \u201cwe will never pay\u201d for dredging\n\n"
                + "The city council will vote on the harbour plan next week.\n\n"
                + "Officials said the costs were still unclear.\n");
        Files.writeString(dir.resolve("corpus.csv"), "id,outlet,date\nquarry,Courier,2026-03-03\nmayor,Gazette,2026-03-05\n");
    }

    private static Run csv(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--format", "csv"))
                .toArray(String[]::new);
        Run r = run(all);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static boolean anyLineStarts(Run r, String prefix) {
        return r.lines().stream().anyMatch(l -> l.startsWith(prefix));
    }

    @Test
    void termsCountsAHeadlineWordUnlessNoTitle() {
        assertTrue(anyLineStarts(csv("terms", dir.toString()), "quarry,1,1,"));
        assertFalse(anyLineStarts(csv("terms", dir.toString(), "--no-title"), "quarry,"));
        assertTrue(anyLineStarts(csv("terms", dir.toString(), "--by-doc"), "quarry,quarry,1"));
        assertFalse(anyLineStarts(csv("terms", dir.toString(), "--by-doc", "--no-title"), "quarry,quarry,"));
        assertTrue(csv("terms", dir.toString(), "--tfidf").out().contains(",quarry,1,"));
        assertFalse(csv("terms", dir.toString(), "--tfidf", "--no-title").out().contains(",quarry,"));
    }

    @Test
    void kwicFindsAHeadlineWordInPartTitleUnlessNoTitle() {
        Run r = csv("kwic", "quarry", dir.toString());
        assertEquals(List.of("doc,part,start,end,left,match,right", "quarry,title,8,14,\"Velmora \",quarry,\" dispute heads to court\""),
                r.lines());
        assertEquals(List.of("doc,part,start,end,left,match,right"), csv("kwic", "quarry", dir.toString(), "--no-title").lines());
        assertEquals(2, csv("kwic", "(?i)quarry", dir.toString(), "--regex").lines().size());
        assertEquals(1, csv("kwic", "(?i)quarry", dir.toString(), "--regex", "--no-title").lines().size());
    }

    @Test
    void keynessCollocatesAndTrendsSeeTheHeadlineUnlessNoTitle() {
        assertTrue(anyLineStarts(csv("keyness", dir.toString(), "--target", "quarry"), "quarry,1,0,"));
        assertFalse(anyLineStarts(csv("keyness", dir.toString(), "--target", "quarry", "--no-title"), "quarry,"));
        assertTrue(anyLineStarts(csv("collocates", "dispute", dir.toString(), "--window", "3"), "quarry,1,"));
        Run noTitle = run("collocates", "dispute", dir.toString(), "--window", "3", "--no-title");
        assertFalse(noTitle.out().contains("quarry"), noTitle.out() + noTitle.err());
        assertTrue(anyLineStarts(csv("trends", "quarry", dir.toString(), "--by", "outlet"), "Courier,quarry,1,1,"));
        assertTrue(anyLineStarts(csv("trends", "quarry", dir.toString(), "--by", "outlet", "--no-title"), "Courier,quarry,0,"));
    }

    @Test
    void quotesListsAHeadlineQuotationAsPartTitleUnlessNoTitle() {
        Run r = csv("quotes", dir.toString());
        assertTrue(r.lines().get(0).startsWith("doc,quote_id,part,start,end,text,"), r.lines().get(0));
        assertTrue(anyLineStarts(r, "mayor,1,title,12,29,we will never pay,"), r.out());
        assertFalse(csv("quotes", dir.toString(), "--no-title").out().contains(",title,"));
    }
}
