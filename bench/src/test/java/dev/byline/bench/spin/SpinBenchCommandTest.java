package dev.byline.bench.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A wrong path is one line naming it and exit 1, before any dictionary or thesaurus is loaded. */
class SpinBenchCommandTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new SpinBenchCommand()).execute(args);
            return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void aMissingFolderIsOneLineNamingItAndExitOne() {
        Path missing = dir.resolve("nope");
        String[] r = run("counts", missing.toString(), "--out", dir.resolve("c.tsv.gz").toString());
        assertEquals("1", r[0]);
        assertEquals("byline-bench spin: " + missing + ": no such folder\n", r[1]);
    }

    @Test
    void aMissingExtraFolderIsOneLineNamingItAndExitOne() throws Exception {
        Path news = Files.createDirectory(dir.resolve("news"));
        Path missing = dir.resolve("public");
        String[] r = run("counts", news.toString(), "--no-glosses", "--extra", missing.toString(), "--out", dir.resolve("c.tsv.gz").toString());
        assertEquals("1", r[0]);
        assertEquals("byline-bench spin: --extra " + missing + ": no such folder\n", r[1]);
    }

    @Test
    void extraTextsAddTheirWordsAndPairsAndMinPairPrunesOnlyTheirPairs() throws Exception {
        Path news = Files.createDirectory(dir.resolve("news"));
        Path extra = Files.createDirectories(dir.resolve("public/speeches"));
        Files.writeString(extra.resolve("a.txt"), "The senator thanked the senator from Ohio.");
        Path all = dir.resolve("all.tsv.gz");
        Path pruned = dir.resolve("pruned.tsv.gz");
        assertEquals("0", run("counts", news.toString(), "--no-glosses", "--extra", dir.resolve("public").toString(), "--out", all.toString())[0]);
        assertEquals("0", run("counts", news.toString(), "--no-glosses", "--extra", dir.resolve("public").toString(),
                "--extra-min-pair", "2", "--out", pruned.toString())[0]);
        java.util.List<String> a = lines(all);
        java.util.List<String> p = lines(pruned);
        assertEquals(true, a.contains("senator\t2") && a.contains("the senator\t2") && a.contains("from ohio\t1"), a.toString());
        assertEquals(true, p.contains("senator\t2") && p.contains("ohio\t1") && p.contains("the senator\t2"), p.toString());
        assertEquals(false, p.contains("from ohio\t1"), p.toString());
    }

    private static java.util.List<String> lines(Path gz) throws Exception {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void mobyWantsTheThesaurusFileNotAFolder() throws Exception {
        String[] r = run("moby", dir.toString(), "--out", dir.resolve("m.tsv.gz").toString());
        assertEquals("1", r[0]);
        assertEquals("byline-bench spin: " + dir + ": not a file\n", r[1]);
        Files.writeString(dir.resolve("a.txt"), "text");
        String[] e = run("eval", dir.resolve("a.txt").toString());
        assertEquals("byline-bench spin: " + dir.resolve("a.txt") + ": not a folder\n", e[1]);
    }
}
