package dev.byline.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import org.junit.jupiter.api.Test;

class StartupSnippetsTest {
    private static final List<String> IMPORTS = List.of("import static java.lang.Math.*;", "import java.util.*;",
            "import java.time.*;", "import java.math.*;", "import java.nio.file.*;");

    @Test
    void startUpImportsRunAsOneJShellSnippetAndEachTakesEffect() {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            assertTrue(StartupSnippets.run(shell, IMPORTS));
            assertEquals(1, shell.imports().count());
            for (String cell : List.of("max(1, 2)", "new ArrayList<Path>()", "LocalDate.of(2020, 1, 1)", "BigDecimal.ONE")) {
                assertEquals(Snippet.Status.VALID, shell.eval(cell).get(0).status(), cell);
            }
        }
    }

    @Test
    void everyStartUpImportIsInEffectForTheFirstCell() throws CellFailure {
        try (JavaEvaluator java = JavaEvaluator.create(List.of(), IMPORTS)) {
            assertEquals(2, java.eval("max(1, 2)", "[1]").value());
            assertEquals(1, java.eval("new ArrayList<Path>(List.of(Path.of(\"a\"))).size()", "[2]").value());
            assertEquals(2020, java.eval("LocalDate.of(2020, 1, 1).getYear()", "[3]").value());
            assertEquals(1, java.eval("BigDecimal.ONE.intValue()", "[4]").value());
        }
    }

    @Test
    void aCellRepeatingAStartUpImportKeepsEveryOtherOne() throws CellFailure {
        try (JavaEvaluator java = JavaEvaluator.create(List.of(), IMPORTS)) {
            java.eval("import java.util.*;\nimport java.time.*;", "[1]");
            assertEquals(2020, java.eval("LocalDate.of(2020, 1, 1).getYear()", "[2]").value());
            assertEquals(1, java.eval("BigDecimal.ONE.intValue()", "[3]").value());
            assertEquals(3, java.eval("max(2, 3)", "[4]").value());
        }
    }

    @Test
    void aStartUpImportThatDoesNotCompileIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> JavaEvaluator.create(List.of(), List.of("import java.util.*;", "import no.such.pkg.*;", "import java.io.*;")));
        assertTrue(e.getMessage().contains("import no.such.pkg.*;"), e.getMessage());
    }
}
