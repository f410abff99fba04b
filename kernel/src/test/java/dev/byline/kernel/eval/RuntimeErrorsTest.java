package dev.byline.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a student reads when a cell throws: their own names and lines, never JShell's wrappers. */
class RuntimeErrorsTest {
    static JavaEvaluator java;

    @BeforeAll
    static void start() {
        java = JavaEvaluator.create(JavaEvaluator.defaultClasspath(), List.of("import java.util.*;", "import tech.tablesaw.api.*;"));
    }

    @AfterAll
    static void stop() {
        java.close();
    }

    private static CellFailure failureOf(String cell, String label) {
        return assertThrows(CellFailure.class, () -> java.eval(cell, label));
    }

    private static void assertNoWrapperNames(CellFailure f) {
        String all = f.name() + "\n" + f.getMessage() + "\n" + String.join("\n", f.details());
        assertFalse(all.contains("$JShell") || all.contains("REPL.") || all.contains("<local") || all.contains("do_it$"), all);
    }

    @Test
    void aNullPointerNamesTheVariableTheCellDeclared() {
        CellFailure f = failureOf("String nothing = null;\nnothing.length()", "[1]");
        assertTrue(f.getMessage().endsWith("because \"nothing\" is null"), f.getMessage());
        assertNoWrapperNames(f);
    }

    @Test
    void aNullPointerNamesALoopVariableAndAMethodOfTheSession() {
        CellFailure loop = failureOf("for (String word : new String[] {\"a\", null}) { word.length(); }", "[2]");
        assertTrue(loop.getMessage().endsWith("because \"word\" is null"), loop.getMessage());
        assertNoWrapperNames(loop);
        CellFailure call = failureOf("String noHeadline() { return null; }\nnoHeadline().length()", "[3]");
        assertTrue(call.getMessage().endsWith("because the return value of \"noHeadline()\" is null"), call.getMessage());
        assertNoWrapperNames(call);
    }

    @Test
    void anExceptionClassTheSessionDeclaredIsNamedAsWritten() {
        CellFailure f = failureOf("class NoSourceError extends RuntimeException { NoSourceError(String m) { super(m); } }\n"
                + "throw new NoSourceError(\"unsourced\")", "[4]");
        assertEquals("NoSourceError", f.name());
        assertEquals("NoSourceError: unsourced", f.details().get(0));
        assertNoWrapperNames(f);
        CellFailure cast = failureOf("record Byline(String name) { }\nObject b = new Byline(\"x\");\nString s = (String) b;", "[5]");
        assertTrue(cast.getMessage().startsWith("class Byline cannot be cast to class java.lang.String"), cast.getMessage());
        assertNoWrapperNames(cast);
    }

    @Test
    void framesOfLambdasAndOfTheSessionsClassesReadAsWritten() {
        CellFailure lambda = failureOf("List.of(1, 2, 3).stream().map(i -> 10 / (i - 2)).toList()", "[6]");
        assertEquals("    at a lambda (cell [6], line 1)", lambda.details().get(2), lambda.details().toString());
        assertNoWrapperNames(lambda);
        CellFailure inMethod = failureOf("int ratio(List<Integer> xs) {\n  return xs.stream().mapToInt(x -> 6 / x).sum();\n}\n"
                + "ratio(List.of(0))", "[7]");
        assertTrue(inMethod.details().contains("    at a lambda in ratio (cell [7], line 2)"), inMethod.details().toString());
        CellFailure member = failureOf("record Share(int part) { int of(int whole) { return whole / part; } }\n"
                + "new Share(0).of(10)", "[8]");
        assertTrue(member.details().contains("    at Share.of (cell [8], line 1)"), member.details().toString());
    }

    @Test
    void aFailingDeclarationNamesItsCellLineOnce() {
        // JShell runs the initializer of a var of reference type in a helper method: two frames on one cell line
        CellFailure f = failureOf("var first = new ArrayList<String>().get(0);\nfirst", "[9]");
        assertEquals(1, f.details().stream().filter(l -> l.equals("    at cell [9], line 1")).count(), f.details().toString());
    }

    @Test
    void theCellLineThatFailedComesRightAfterTheMessageWithItsSource() throws CellFailure {
        CellFailure f = failureOf("Table t = Table.create(\"t\");\n\nt.column(\"nope\")", "[10]");
        assertEquals("--> cell [10], line 3: t.column(\"nope\")", f.details().get(1), f.details().toString());
        assertTrue(f.details().get(2).startsWith("    at tech.tablesaw."), f.details().toString());
        java.eval("int half(int x) {\n  if (x == 0) throw new IllegalArgumentException(\"zero\");\n  return x / 2;\n}", "[11]");
        CellFailure deeper = failureOf("\nhalf(0)", "[12]");
        assertEquals("--> cell [11], line 2: if (x == 0) throw new IllegalArgumentException(\"zero\");",
                deeper.details().get(1), deeper.details().toString());
        assertTrue(deeper.details().contains("    at cell [12], line 2"), deeper.details().toString());
    }
}
