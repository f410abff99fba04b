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
    void mobyWantsTheThesaurusFileNotAFolder() throws Exception {
        String[] r = run("moby", dir.toString(), "--out", dir.resolve("m.tsv.gz").toString());
        assertEquals("1", r[0]);
        assertEquals("byline-bench spin: " + dir + ": not a file\n", r[1]);
        Files.writeString(dir.resolve("a.txt"), "text");
        String[] e = run("eval", dir.resolve("a.txt").toString());
        assertEquals("byline-bench spin: " + dir.resolve("a.txt") + ": not a folder\n", e[1]);
    }
}
