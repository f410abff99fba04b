package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static String corpus() {
        for (String c : new String[] {"../corpus", "corpus"}) {
            if (Files.isDirectory(Path.of(c))) {
                return c;
            }
        }
        throw new IllegalStateException("no corpus/");
    }

    @Test
    void csvOutputHasTheContractColumnsAndOneRowPerDocument() {
        Run r = run("corpus", corpus(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("id,outlet,date,dateline,title,authors,agency,paragraphs,sentences,words,chars,boilerplate_lines,path,url,language,notes",
                r.lines().get(0));
        assertEquals(6, r.lines().size());
        assertTrue(r.lines().get(1).startsWith("000_fe30a10617dd1251,The Associated Press,2026-02-10,LONDON,,"));
        assertTrue(r.out().contains("\r\n"), "RFC 4180 line endings");
        assertEquals("", r.err());
    }

    @Test
    void jsonOutputIsOneObjectALineWithTypedValues() {
        Run r = run("corpus", corpus(), "--format", "json");
        assertEquals(0, r.code());
        assertEquals(5, r.lines().size());
        JsonObject first = JsonParser.parseString(r.lines().get(0)).getAsJsonObject();
        assertEquals("000_fe30a10617dd1251", first.get("id").getAsString());
        assertTrue(first.get("words").getAsJsonPrimitive().isNumber());
        JsonObject second = JsonParser.parseString(r.lines().get(1)).getAsJsonObject();
        assertTrue(second.get("date").isJsonNull(), "a missing date is null, not a string");
        assertEquals(5, second.get("boilerplate_lines").getAsInt());
    }

    @Test
    void tableOutputAlignsColumnsAndCountsRows() {
        Run r = run("corpus", corpus(), "--format", "table");
        assertTrue(r.lines().get(0).startsWith("id "));
        assertTrue(r.lines().get(1).startsWith("----"));
        assertEquals("(5 rows)", r.lines().get(r.lines().size() - 1));
    }

    @Test
    void boilerplateOptionListsTheFurnitureLines() {
        Run r = run("corpus", corpus(), "--boilerplate", "--format", "csv");
        assertEquals("doc,line,start,end,reason,text", r.lines().get(0));
        assertEquals(6, r.lines().size());
        assertEquals("001_c4a1383d33ff9dde,10,2528,2548,publication-stamp,Published: undefined", r.lines().get(1));
    }

    @Test
    void missingPathExitsOneWithOneLineNamingIt() {
        Run r = run("corpus", dir.resolve("missing").toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals("byline: " + dir.resolve("missing") + ": no such file or directory\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void badFilesAreWarnedAboutAndGoodOnesStillListed() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Rosin said so.");
        Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        Run r = run("corpus", dir.toString(), "--format", "csv");
        assertEquals(0, r.code());
        assertEquals(2, r.lines().size());
        assertEquals(1, r.err().lines().count());
        assertTrue(r.err().startsWith("byline: warning: " + dir.resolve("bad.txt") + ": "), r.err());
        assertFalse(r.err().contains("Exception"));
    }

    /** A JSON Lines file without the text field has a problem a line: five are printed, then how many more. */
    @Test
    void aFileWithManyProblemsPrintsFiveAndCountsTheRest() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Rosin said so.");
        Files.writeString(dir.resolve("answers.jsonl"), "{\"doc\": \"a\"}\n".repeat(1200));
        Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        Run r = run("terms", dir.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> err = r.err().lines().toList();
        Path answers = dir.resolve("answers.jsonl");
        for (int line = 1; line <= 5; line++) {
            assertEquals("byline: warning: " + answers + ": line " + line + ": no string field 'text' (fields: doc); choose the"
                    + " text field with --text-field", err.get(line - 1));
        }
        assertEquals(List.of("byline: warning: " + answers + ": 1,195 more problems not shown (the first 5 are above)"),
                err.stream().filter(l -> l.contains("not shown")).toList());
        assertEquals(1, err.stream().filter(l -> l.startsWith("byline: warning: " + dir.resolve("bad.txt") + ": ")).count(), r.err());
        assertEquals(7, err.size(), r.err());
    }

    @Test
    void strictMakesABadFileFatal() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Rosin said so.");
        Files.writeString(dir.resolve("empty.txt"), "");
        Run r = run("corpus", dir.toString(), "--strict");
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals("byline: " + dir.resolve("empty.txt") + ": empty file\n", r.err());
    }

    @Test
    void nonUtf8FileGivesOneLineAndNoStackTrace() throws IOException {
        Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("corpus", dir.resolve("latin1.txt").toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("latin1.txt: not valid UTF-8"), r.err());
    }

    @Test
    void unknownOptionAndMissingArgumentAreBadUsage() {
        assertEquals(Main.BAD_USAGE, run("corpus", "--nope", corpus()).code());
        assertEquals(Main.BAD_USAGE, run("corpus").code());
        assertEquals(Main.BAD_USAGE, run("corpus", corpus(), "--format", "xml").code());
        assertEquals(Main.BAD_USAGE, run().code());
        assertEquals(Main.BAD_USAGE, run("frobnicate").code());
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("corpus", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--boilerplate"));
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("byline "), version.out());
    }

    /** The launcher records its start-up cache from this run and discards the output: every command in it must work. */
    @Test
    void trainingRunForTheStartUpCacheRunsEveryCommandCleanly() {
        Run train = run("train", corpus());
        assertEquals(0, train.code(), train.err());
        assertEquals("", train.out());
        Run terms = run("train", "--terms", corpus());
        assertEquals(0, terms.code(), terms.err());
        assertEquals("", terms.out());
        assertFalse(run("--help").out().contains("train"), "hidden from the command list");
        assertEquals(Main.BAD_INPUT, run("train", dir.resolve("missing").toString()).code());
    }
}
