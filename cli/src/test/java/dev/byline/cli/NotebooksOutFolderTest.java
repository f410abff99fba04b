package dev.byline.cli;

import static dev.byline.cli.CorpusCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code byline notebooks --out DIR} never writes over a source notebook unless --in-place is given. */
class NotebooksOutFolderTest {
    @TempDir
    Path dir;

    private static final String NOTEBOOK = """
            {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
             "cells": [{"cell_type": "code", "metadata": {}, "source": ["1 + 1"], "outputs": [], "execution_count": 7}]}
            """;

    @Test
    void outSetToTheNotebooksOwnFolderIsAUsageErrorWhateverTheSpelling() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("same"));
        Path nb = folder.resolve("fail.ipynb");
        Files.writeString(nb, NOTEBOOK);
        Path link = Files.createSymbolicLink(dir.resolve("link"), folder);
        for (String out : new String[] {folder.toString(), folder + "/", folder + "/./", link.toString(),
                dir.resolve("other/../same").toString()}) {
            Files.createDirectories(dir.resolve("other"));
            CorpusCommandTest.Run r = run("notebooks", nb.toString(), "--out", out, "--quiet");
            assertEquals(Main.BAD_USAGE, r.code(), out + ": " + r.err());
            assertTrue(r.err().startsWith("byline: " + nb + ": --out " + out.replaceAll("/$", "")), r.err());
            assertTrue(r.err().contains("give --in-place to refresh its stored outputs, or another --out"), r.err());
            assertEquals(NOTEBOOK, Files.readString(nb), "the source is untouched");
            assertTrue(Files.notExists(folder.resolve("fail.html")), "nothing ran");
        }
    }

    @Test
    void outNamingAFileIsAUsageErrorThatSaysSo() throws IOException {
        Path nb = Files.writeString(dir.resolve("a.ipynb"), NOTEBOOK);
        Path file = Files.writeString(dir.resolve("results.txt"), "mine");
        CorpusCommandTest.Run r = run("notebooks", nb.toString(), "--out", file.toString(), "--quiet");
        assertEquals(Main.BAD_USAGE, r.code(), r.err());
        assertTrue(r.err().startsWith("byline: --out " + file + " is a file; give a folder"), r.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void filesTheRunnerDidNotWriteAreKeptUnlessOverwriteIsGiven() throws IOException {
        Path nb = Files.writeString(dir.resolve("a.ipynb"), NOTEBOOK);
        Path out = Files.createDirectories(dir.resolve("site"));
        Path page = Files.writeString(out.resolve("a.html"), "<p>the school's own page</p>");
        CorpusCommandTest.Run refused = run("notebooks", nb.toString(), "--out", out.toString(), "--quiet");
        assertEquals(Main.BAD_USAGE, refused.code(), refused.err());
        assertTrue(refused.err().contains("already holds a.html, which this command did not write; give --overwrite"),
                refused.err());
        assertEquals("<p>the school's own page</p>", Files.readString(page), "nothing replaced");
    }

    @Test
    void anEarlierRunsPagesAreReplacedAndNamed() throws IOException {
        Path nb = Files.writeString(dir.resolve("a.ipynb"), NOTEBOOK);
        Path out = dir.resolve("out");
        CorpusCommandTest.Run first = run("notebooks", nb.toString(), "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(!first.err().contains("replacing"), first.err());
        CorpusCommandTest.Run second = run("notebooks", nb.toString(), "--out", out.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("byline: replacing an earlier run's 3 files in " + out + ": index.html, a.ipynb, a.html"),
                second.err());
    }
}
