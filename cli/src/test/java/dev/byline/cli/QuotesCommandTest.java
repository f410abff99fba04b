package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class QuotesCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void quotesPrintsOneCsvRowPerQuotationWithTheDesignColumns() {
        Run r = run("quotes", "--format", "csv", "../corpus");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\r?\n");
        assertEquals("doc,quote_id,part,start,end,text,kind,speaker,speaker_id,speaker_start,speaker_end,verb,marks,paragraph,words",
                lines[0]);
        assertTrue(r.out().contains(",term,,,,,,«»,"), r.out());
        assertTrue(r.out().contains("Alexander Gabuev"), r.out());
    }

    @Test
    void quotesFiltersByKind() {
        Run r = run("quotes", "--format", "json", "--kind", "term", "../corpus");
        assertEquals(0, r.code(), r.err());
        for (String line : r.out().split("\n")) {
            assertTrue(line.contains("\"kind\":\"term\""), line);
        }
    }

    @Test
    void unknownKindIsBadUsageNamingTheKinds() {
        Run r = run("quotes", "--kind", "gossip", "../corpus");
        assertEquals(Main.BAD_USAGE, r.code());
        assertEquals("byline: --kind: unknown quote kind 'gossip' (use: full, partial, term, indirect)", r.err().lines().findFirst().orElseThrow());
    }

    @Test
    void speakersPrintsWhoGetsToSpeak() {
        Run r = run("speakers", "--format", "csv", "../corpus");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("doc,speaker,quotes,quoted_words,direct,indirect"), r.out());
        assertTrue(r.out().contains("000_fe30a10617dd1251,Kaupo Rosin,"), r.out());
    }

    @Test
    void speakersAcrossShowsOnePersonInSeveralDocuments() {
        Run r = run("speakers", "--across", "--format", "csv", "../corpus");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Kaupo Rosin,2,"), r.out());
    }

    @Test
    void missingPathIsBadInput() {
        Run r = run("quotes", "no-such-dir");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("byline: "), r.err());
        assertEquals(1, r.err().trim().lines().count(), r.err());
    }
}
