package dev.byline.cli;

import static dev.byline.cli.CorpusCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code byline notebooks -p NAME=VALUE} checked against the notebook's parameters cell. */
class NotebookParametersCheckTest {
    @TempDir
    Path dir;

    private Path notebook(String name, String firstCellTags, String firstCellSource) throws IOException {
        Path nb = dir.resolve(name);
        Files.writeString(nb, """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                 "cells": [
                  {"cell_type": "code", "metadata": {"tags": [%s]}, "source": ["%s"], "outputs": [], "execution_count": null},
                  {"cell_type": "code", "metadata": {}, "source": ["int n = corpusPath.length();"], "outputs": [], "execution_count": null}
                 ]}
                """.formatted(firstCellTags, firstCellSource));
        return nb;
    }

    @Test
    void anUndeclaredParameterIsWarnedAboutNamingTheDeclaredOnes() throws IOException {
        Path nb = notebook("p.ipynb", "\"parameters\"", "String corpusPath = \\\"../corpus\\\";");
        CorpusCommandTest.Run r = run("notebooks", nb.toString(), "-p", "nope=1", "-p", "corpusPath=x",
                "--out", dir.resolve("out").toString(), "--quiet");
        assertTrue(r.err().contains("byline: warning: " + nb + ": no parameter 'nope' (declared: corpusPath)\n"), r.err());
        assertFalse(r.err().contains("no parameter 'corpusPath'"), r.err());
    }

    @Test
    void aParameterForANotebookWithoutAParametersCellIsAUsageErrorBeforeAnythingRuns() throws IOException {
        Path nb = notebook("q.ipynb", "", "String corpusPath = \\\"../corpus\\\";");
        CorpusCommandTest.Run r = run("notebooks", nb.toString(), "-p", "corpusPath=x", "--out", dir.resolve("out").toString());
        assertEquals(Main.BAD_USAGE, r.code(), r.err());
        assertTrue(r.err().startsWith("byline: " + nb + ": -p corpusPath given, but the notebook has no cell tagged 'parameters'"),
                r.err());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing run");
    }

    @Test
    void aValueThatCannotBeALiteralOfTheDeclaredTypeIsAUsageErrorNamingItBeforeAnythingRuns() throws IOException {
        Path nb = notebook("r.ipynb", "\"parameters\"", "int top = 5;");
        CorpusCommandTest.Run r = run("notebooks", nb.toString(), "-p", "top=abc", "--out", dir.resolve("out").toString());
        assertEquals(Main.BAD_USAGE, r.code(), r.err());
        assertTrue(r.err().startsWith("byline: " + nb + ": -p top=abc: not an int (declared in the parameters cell)\n"),
                r.err());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing run");
    }
}
