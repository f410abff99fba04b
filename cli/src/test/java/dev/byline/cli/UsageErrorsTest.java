package dev.byline.cli;

import static dev.byline.cli.CorpusCommandTest.corpus;
import static dev.byline.cli.CorpusCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Option values checked before any work: a one-line message and exit 2, as picocli's own usage errors. */
class UsageErrorsTest {
    @TempDir
    Path dir;

    /** Each row: the command line ('|' between arguments, CORPUS for the corpus), the start of the message. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "terms|CORPUS|--top|-1; --top must be 0 or more, not -1",
        "keyness|CORPUS|--target|x|--top|-1; --top must be 0 or more, not -1",
        "keyness|CORPUS|--target|x|--max-p|-1; --max-p must be from 0 to 1, not -1",
        "keyness|CORPUS|--target|x|--max-p|1.5; --max-p must be from 0 to 1, not 1.5",
        "keyness|CORPUS|--target|x|--max-p|NaN; --max-p must be from 0 to 1, not NaN",
        "keyness|CORPUS|--target|a,b|--reference|c,b; document 'b' is in both --target and --reference",
        "keyness|CORPUS|--target|; --target names no document",
        "collocates|said|CORPUS|--top|-1; --top must be 0 or more, not -1",
        "collocates|said|CORPUS|--min-count|-1; --min-count must be at least 1, not -1",
        "collocates|said|CORPUS|--window|0; --window must be at least 1, not 0",
        "corpus|CORPUS|--max-width|-3; --max-width must be 0 or more, not -3",
        "notebooks|--timeout|-1; --timeout must be 0 or more, not -1",
        "terms|CORPUS|--ngram|50; --ngram must be at most 10, not 50",
        "terms|CORPUS|--ngram|0; --ngram must be at least 1, not 0",
        "terms|CORPUS|--min-length|0; --min-length must be at least 1, not 0",
        "terms|CORPUS|--stemmer|snowball; unknown stemmer 'snowball' (porter or lancaster)",
        "trends|nato|CORPUS|--stemmer|snowball; unknown stemmer 'snowball'",
        "kwic|peace|CORPUS|--width|-1; --width must be 0 or more, not -1",
        "kwic|--regex|([a-z|CORPUS; not a valid regular expression: Unclosed character class in '([a-z'",
        "kwic|*|CORPUS; the KWIC query '*' has no words in it",
        "kwic||CORPUS; the KWIC query '' has no words in it",
        "quotes|CORPUS|--kind|bogus; --kind: unknown quote kind 'bogus'",
        "notebooks|-p|corpusPath; -p: parameter 'corpusPath' is not NAME=VALUE",
        "collocates|the|CORPUS; \"the\" is a stop word",
        "collocates|talks of peace|CORPUS; \"of\" (in \"talks of peace\") is a stop word",
        "trends|putin,the|CORPUS; \"the\" is a stop word",
        "trends|2026|CORPUS; \"2026\" is a number",
        "trends|,|CORPUS; name at least one term",
        "terms|--bogus; Unknown option: '--bogus'",
        "terms|--bogus=3|CORPUS; Unknown option: '--bogus=3'",
        "kwic|--nope; Unknown option: '--nope'",
        "keyness|-x|--target|a; Unknown option: '-x'",
        "terms|CORPUS|--chart|out.png; --chart out.png: the chart is SVG; name the file FILE.svg",
    })
    void wrongOptionValueIsAUsageErrorBeforeAnyWork(String line, String message) {
        String[] args = line.replace("CORPUS", corpus()).split("\\|", -1);
        CorpusCommandTest.Run r = run(args);
        assertEquals(Main.BAD_USAGE, r.code(), r.err());
        assertTrue(r.err().startsWith("byline: " + message), r.err());
        assertTrue(r.err().contains("Try 'byline " + args[0] + " --help'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingParameterIsStillReportedWhenEveryOptionIsKnown() {
        CorpusCommandTest.Run r = run("terms", "--top", "3");
        assertEquals(Main.BAD_USAGE, r.code(), r.err());
        assertTrue(r.err().startsWith("byline: Missing required parameter: 'PATHS'"), r.err());
    }

    @Test
    void aKeynessIdThatNamesNoDocumentNamesTheFileThatCouldNotBeLoaded() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Hello world. A short article about things.\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        CorpusCommandTest.Run r = run("keyness", "--target", "a", "--reference", "empty", a.toString(), empty.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains(empty + ": empty file"), r.err());
        assertTrue(r.err().contains("no document 'empty'"), r.err());
    }

    @Test
    void usageCheckComesBeforeLoadingSoABadPathStillGivesTheUsageError() {
        CorpusCommandTest.Run r = run("terms", dir.resolve("missing").toString(), "--top", "-1");
        assertEquals(Main.BAD_USAGE, r.code(), r.err());
    }

    @Test
    void zeroKeepsItsDocumentedMeaning() {
        assertEquals(0, run("terms", corpus(), "--top", "0", "--format", "csv").code());
        assertEquals(0, run("keyness", corpus(), "--target", "000_fe30a10617dd1251", "--top", "0", "--format", "csv").code());
        assertEquals(0, run("kwic", "peace", corpus(), "--width", "0", "--format", "csv").code());
        assertEquals(0, run("corpus", corpus(), "--max-width", "0", "--format", "table").code());
    }

    @Test
    void badInputIsStillExitOneNotUsage() throws IOException {
        Path binary = dir.resolve("stop.txt");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        CorpusCommandTest.Run r = run("terms", corpus(), "--stopwords", binary.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
    }

    @Test
    void helpIsPrintedEvenWithAWrongValue() {
        CorpusCommandTest.Run r = run("terms", "--top", "-1", "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: byline terms"), r.out());
    }

    /** Only an unreadable UTF-16 file and a binary file: nothing to count. */
    private Path unloadable() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("unloadable"));
        Files.write(folder.resolve("a.txt"), "hello world, said the minister".getBytes(StandardCharsets.UTF_16));
        Files.write(folder.resolve("b.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0});
        return folder;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "\"\"", "--top|5", "--ngram|2", "--proper-nouns", "--by-doc", "--tfidf", "--chart|CHART"})
    void termsFailsLikeEveryCommandWhenNoDocumentCouldBeLoaded(String options) throws IOException {
        Path folder = unloadable();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("terms", folder.toString()));
        if (!options.isEmpty()) {
            for (String o : options.split("\\|")) {
                args.add(o.equals("CHART") ? dir.resolve("c.svg").toString() : o);
            }
        }
        CorpusCommandTest.Run r = run(args.toArray(String[]::new));
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("a.txt: is UTF-16, not UTF-8") && r.err().endsWith("; no document could be loaded\n"), r.err());
        assertEquals("", r.out());
        assertTrue(Files.notExists(dir.resolve("c.svg")), "no chart of nothing");
    }

    @Test
    void termsWarnsAboutEachFileBeforeSayingNothingCouldBeLoaded() throws IOException {
        CorpusCommandTest.Run r = run("terms", unloadable().toString());
        assertTrue(r.err().contains("byline: warning: ") && r.err().contains("b.txt: binary file"), r.err());
    }

    @Test
    void termsOfAnEmptyFileAloneFails() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("e.txt"), "");
        CorpusCommandTest.Run r = run("terms", empty.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("e.txt: empty file; no document could be loaded"), r.err());
    }

    @Test
    void termsOfADocumentWithOnlyStopWordsIsAnEmptyTableNotAnError() throws IOException {
        Path file = dir.resolve("stop.txt");
        Files.writeString(file, "The of and.\n");
        CorpusCommandTest.Run r = run("terms", file.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.lines().size(), r.out());
    }
}
