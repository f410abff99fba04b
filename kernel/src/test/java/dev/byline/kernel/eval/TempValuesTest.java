package dev.byline.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cell's value stays usable as $N, with its type, after the evaluator dropped its snippet (see TempValues). */
class TempValuesTest {
    private JavaEvaluator java;

    @BeforeEach
    void start() {
        java = JavaEvaluator.create(JavaEvaluator.defaultClasspath(), List.of("import java.util.*;"));
    }

    @AfterEach
    void stop() {
        java.close();
    }

    @Test
    void aLaterCellUsesAnEarlierValueWithItsStaticType() throws CellFailure {
        assertEquals(7, java.eval("3 + 4", "[1]").value());
        assertEquals(List.of(1, 2), java.eval("List.of(1, 2)", "[2]").value());
        assertEquals(1, java.eval("$1 / 4", "[3]").value(), "int division: $1 is an int, not an Object");
        assertEquals(2, java.eval("$2.size()", "[4]").value(), "List<Integer>: its methods compile");
        assertEquals(List.of(1, 2), java.eval("$2", "[5]").value());
        assertEquals(8, java.eval("$1 + 1", "[6]").value());
    }

    @Test
    void theSameObjectComesBackAndCanBeReassigned() throws CellFailure {
        Object list = java.eval("new ArrayList<String>(List.of(\"a\"))", "[1]").value();
        java.eval("$1.add(\"b\");", "[2]");
        assertEquals(List.of("a", "b"), list, "the cell changed the very list the first cell showed");
        java.eval("$1 = new ArrayList<>();", "[3]");
        assertEquals(List.of(), java.eval("$1", "[4]").value());
    }

    @Test
    void valuesWhoseTypeCannotBeWrittenAndInstancesOfSessionClassesStayUsable() throws CellFailure {
        java.eval("new Object() { int x = 5; }", "[1]");
        assertEquals(5, java.eval("$1.x", "[2]").value(), "an anonymous class keeps its snippet");
        java.eval("record Point(int x, int y) {}", "[3]");
        java.eval("new Point(2, 3)", "[4]");
        assertEquals(3, java.eval("$3.y()", "[5]").value());
        java.eval("List.of(1, \"a\")", "[6]");
        assertEquals(2, java.eval("$5.size()", "[7]").value(), "an intersection type keeps its snippet");
    }

    @Test
    void aValueIsUsableInAMultiSnippetCellAndNumbersAreNeverReused() throws CellFailure {
        java.eval("10", "[1]");
        assertEquals(21, java.eval("int twice = $1 * 2;\ntwice + 1", "[2]").value());
        assertEquals(21, java.eval("$2", "[3]").value());
        assertEquals(10, java.eval("$1", "[4]").value());
    }

    @Test
    void completionListsTheValuesAndTheirMembers() throws CellFailure {
        java.eval("List.of(1, 2)", "[1]");
        java.eval("\"text\"", "[2]");
        assertTrue(java.complete("$", 1).matches().containsAll(List.of("$1", "$2")), java.complete("$", 1).matches()::toString);
        String member = "$2.toUpp";
        assertTrue(java.complete(member, member.length()).matches().contains("toUpperCase("));
    }

    @Test
    void aValueWhoseTypeNameNoLongerCompilesComesBackAsAnObjectWithANote() throws CellFailure {
        java.eval("List.of(1, 2)", "[1]");
        java.eval("import java.awt.List;", "[2]");   // List now names another class
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals("[1, 2]", java.eval("$1.toString()", "[3]").value());
        } finally {
            System.setErr(err);
        }
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("$1 is declared as Object"), captured::toString);
    }

    @Test
    void aValueKeepsTheTypeItHadWhenItRanThoughItsMethodIsRedefinedLater() throws CellFailure {
        java.eval("int f() { return 20; }", "[1]");
        assertEquals(20, java.eval("f()", "[2]").value());
        java.eval("String f() { return \"s\"; }", "[3]");
        assertEquals(10, java.eval("$1 / 2", "[4]").value(), "$1 is the int f() returned when it ran");
    }

    @Test
    void aVoidCallRunsOnceShowsNothingAndTakesNoNumber() throws CellFailure {
        java.eval("int runs = 0;", "[1]");
        java.eval("void bump() { runs++; }", "[2]");
        assertEquals(Outcome.none(), java.eval("bump()", "[3]"));
        assertEquals(Outcome.none(), java.eval("bump();", "[4]"));
        assertEquals(7, java.eval("3 + 4", "[5]").value());
        assertEquals(2, java.eval("runs", "[6]").value(), "each void call ran once");
        assertEquals(8, java.eval("$1 + 1", "[7]").value(), "the void calls took no $N");
    }

    @Test
    void aValueThatThrowsNamesTheCellLineAndTakesANumberAsInJShell() throws CellFailure {
        CellFailure f = org.junit.jupiter.api.Assertions.assertThrows(CellFailure.class,
                () -> java.eval("\nInteger.parseInt(\"x\")", "[1]"));
        assertEquals("java.lang.NumberFormatException", f.name());
        assertTrue(f.details().contains("    at cell [1], line 2"), f.details().toString());
        assertEquals(4, java.eval("2 + 2", "[2]").value());
        assertEquals(5, java.eval("$2 + 1", "[3]").value());
    }

    @Test
    void aCompileErrorInAValueIsReportedAtItsCellColumn() {
        CellFailure f = org.junit.jupiter.api.Assertions.assertThrows(CellFailure.class,
                () -> java.eval("1 + undefinedName", "[1]"));
        assertEquals(CellFailure.Kind.COMPILE, f.kind());
        assertTrue(f.getMessage().startsWith("line 1, column 5: "), f.getMessage());
    }

    @Test
    void aValueNumberThatDoesNotExistIsAnsweredWithTheNumbersThatDo() throws CellFailure {
        CellFailure none = org.junit.jupiter.api.Assertions.assertThrows(CellFailure.class, () -> java.eval("$1 + 1", "[1]"));
        assertTrue(none.details().contains("  $1 is not a value of this session: no cell has left a value yet"),
                none.details().toString());
        java.eval("3 + 4", "[2]");
        java.eval("int x = 5;", "[3]");
        java.eval("\"word\"", "[4]");
        CellFailure f = org.junit.jupiter.api.Assertions.assertThrows(CellFailure.class,
                () -> java.eval("int y = 2;\n$9 * 2", "[5]"));
        assertEquals(CellFailure.Kind.COMPILE, f.kind());
        assertTrue(f.details().contains("  $9 is not a value of this session: the values are $1 and $2"), f.details().toString());
    }
}
