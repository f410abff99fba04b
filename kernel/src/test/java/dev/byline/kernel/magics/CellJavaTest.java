package dev.byline.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellJavaTest {
    @Test
    void theBodyOfATimedCellAndTheCodeOfATimeLineAreJavaAtTheirOffsets() {
        assertEquals("      \nvar n = 1;", CellJava.of("%%time\nvar n = 1;"));
        assertEquals("      words.size()", CellJava.of("%time words.size()"));
        assertEquals("int n = 1;\n" + " ".repeat("%jars lib/*.jar".length()) + "\nn + 1", CellJava.of("int n = 1;\n%jars lib/*.jar\nn + 1"));
    }

    @Test
    void aCellOfHtmlOrMarkdownHoldsNoJava() {
        assertTrue(CellJava.of("%%html\n<b>x</b>").isBlank());
        assertTrue(CellJava.of("%%markdown\n# Title").isBlank());
        assertFalse(CellJava.isJavaAt("%%html\n<b>x</b>\n", "%%html\n<b>x</b>\n".length()));
    }

    @Test
    void theArgumentsOfAMagicAreNotJavaButTheLinesAroundThemAre() {
        String cell = "%jars lib/*.jar\nString s = \"x\";\ns.len";
        assertFalse(CellJava.isJavaAt(cell, "%jars lib".length()));
        assertTrue(CellJava.isJavaAt(cell, cell.length()));
        assertTrue(CellJava.isJavaAt("", 0));
    }

    @Test
    void aPercentAtTheStartOfALineCompletesMagicNamesCellMagicsOnlyOnTheFirstLine() {
        Magics magics = new Magics();
        magics.registerLine("maven", (a, b) -> null);
        magics.registerLine("mavenRepo", (a, b) -> null);
        magics.registerLine("time", (a, b) -> null);
        magics.registerCell("time", (a, b) -> null);
        assertEquals(List.of("%maven", "%mavenRepo"), CellJava.magicNames("%ma", 3, magics).orElseThrow().matches());
        assertEquals(List.of("%%time", "%time"), CellJava.magicNames("%", 1, magics).orElseThrow().matches().stream()
                .filter(n -> n.contains("time")).toList());
        assertEquals(List.of("%time"), CellJava.magicNames("int n = 1;\n%ti", 14, magics).orElseThrow().matches());
        assertEquals(11, CellJava.magicNames("int n = 1;\n%ti", 14, magics).orElseThrow().start());
        assertTrue(CellJava.magicNames("n % 2", 5, magics).isEmpty());
        assertTrue(CellJava.magicNames("%time n.", 8, magics).isEmpty());
    }
}
