package dev.byline.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class JavaEvaluatorTest {
    static JavaEvaluator java;

    @BeforeAll
    static void start() {
        java = JavaEvaluator.create(JavaEvaluator.defaultClasspath(), List.of("import tech.tablesaw.api.*;"));
    }

    @AfterAll
    static void stop() {
        java.close();
    }

    @Test
    void lastExpressionOfAMultiSnippetCellIsTheValueAndKeepsItsObject() throws CellFailure {
        Outcome o = java.eval("var t = Table.create(\"t\", IntColumn.create(\"n\", 1, 2));\nt", "[1]");
        assertTrue(o.hasValue());
        Table t = assertInstanceOf(Table.class, o.value());
        assertEquals(2, t.rowCount());
    }

    @Test
    void warmUpLeavesNoSnippetAndTheUsersFirstValueIsDollarOne() throws CellFailure {
        try (JavaEvaluator fresh = JavaEvaluator.create(List.of(), List.of("import java.util.*;"))) {
            fresh.warmUp();
            assertEquals(List.of(), fresh.complete("$byl", 4).matches(), "the warm-up's cells left nothing behind");
            assertEquals(2, fresh.eval("1 + 1", "[1]").value());
            assertEquals(3, fresh.eval("$1 + 1", "[2]").value());
            assertEquals(List.of(), fresh.eval("new ArrayList<String>()", "[3]").value());
            assertEquals(List.of(), fresh.eval("$3", "[4]").value());
        }
    }

    @Test
    void warmUpAfterTheUsersFirstCellTakesNoNumberFromThem() throws CellFailure {
        try (JavaEvaluator fresh = JavaEvaluator.create(List.of(), List.of())) {
            assertEquals(2, fresh.eval("1 + 1", "[1]").value());
            fresh.warmUp(() -> false);
            assertEquals(4, fresh.eval("2 + 2", "[2]").value());
            assertEquals(6, fresh.eval("$1 + $2", "[3]").value());
        }
    }

    @Test
    void declarationsAndStatementsShowNothing() throws CellFailure {
        assertFalse(java.eval("int declared = 3;", "[2]").hasValue());
        assertFalse(java.eval("System.out.print(\"\");", "[3]").hasValue());
    }

    @Test
    void methodsAreRedefinableAsInJShell() throws CellFailure {
        java.eval("int twice(int x) { return x * 2; }", "[4]");
        java.eval("int twice(int x) { return x * 3; }", "[5]");
        assertEquals(9, java.eval("twice(3)", "[6]").value());
    }

    @Test
    void compileErrorCarriesCellLineColumnAndCaret() {
        CellFailure f = assertThrows(CellFailure.class, () -> java.eval("int ok = 1;\n\nString s = ok.length();", "[7]"));
        assertEquals(CellFailure.Kind.COMPILE, f.kind());
        assertTrue(f.getMessage().startsWith("line 3, column 12: "), f.getMessage());
        assertTrue(f.details().contains("    String s = ok.length();"), f.details().toString());
        assertTrue(f.details().contains("               ^"), f.details().toString());
    }

    @Test
    void runtimeExceptionTracePointsAtTheCellLinesAndStopsAtJShell() {
        CellFailure f = assertThrows(CellFailure.class,
                () -> java.eval("int divide(int a, int b) {\n  return a / b;\n}\ndivide(1, 0)", "[8]"));
        assertEquals("java.lang.ArithmeticException", f.name());
        assertEquals(List.of("java.lang.ArithmeticException: / by zero", "--> cell [8], line 2: return a / b;",
                "    at divide (cell [8], line 2)",
                "    at cell [8], line 4"), f.details());
    }

    @Test
    void systemExitInACellThrowsInsteadOfEndingTheProcess() {
        CellFailure f = assertThrows(CellFailure.class, () -> java.eval("System.exit(4);", "[9]"));
        assertEquals(CellFailure.Kind.EXIT, f.kind());
        assertTrue(f.getMessage().contains("exit with status 4 (System.exit"), f.getMessage());
    }

    @Test
    void completenessTellsCompleteIncompleteAndInvalidApart() {
        assertEquals(Completeness.COMPLETE, java.completeness("int a = 1;\nint b = 2;"));
        assertEquals(Completeness.INCOMPLETE, java.completeness("if (true) {"));
        assertEquals(Completeness.INVALID, java.completeness("int x = ;"));
    }

    @Test
    void completionOffersMembersAndTheReplacedRange() throws CellFailure {
        java.eval("String s = \"\";", "[10]");
        Completion c = java.complete("int n = 1;\ns.toUpp", 18);
        assertTrue(c.matches().contains("toUpperCase("), c.matches().toString());
        assertEquals(13, c.start());
        assertEquals(18, c.end());
    }

    @Test
    void packageNamesCompleteRightAfterStartAndAfterACell() throws CellFailure {
        try (JavaEvaluator fresh = JavaEvaluator.create(JavaEvaluator.defaultClasspath(), List.of())) {
            // JShell knows packages only from its class index, which ClassIndexGate holds back until a quiet second:
            // the first completion of a package name must wait for it instead of answering with nothing
            Completion c = fresh.complete("var q = new java.util.conc", 26);
            assertEquals(List.of("concurrent."), c.matches());
            assertEquals(22, c.start());
            fresh.eval("int afterCell = 1;", "[1]");
            assertTrue(fresh.complete("tech.tablesaw.", 14).matches().contains("api."), "a package of the class path");
            assertEquals(List.of(), fresh.complete("java.util.noSuchPackage", 23).matches());
        }
    }

    @Test
    void aDottedNameBeforeTheCursorIsWhatMayNeedThePackageIndex() {
        assertTrue(PackageNameCompletion.looksQualified("java.util.conc"));
        assertTrue(PackageNameCompletion.looksQualified("import org."));
        assertTrue(PackageNameCompletion.looksQualified("var m = new java.util.concurrent.Conc"));
        assertFalse(PackageNameCompletion.looksQualified("Strin"));
        assertFalse(PackageNameCompletion.looksQualified("double d = 1."));
        assertFalse(PackageNameCompletion.looksQualified("s.toUpperCase()."));
    }

    @Test
    void completionOfABareNameSeesEachNewDeclarationAndReplacesTheName() throws CellFailure {
        Completion strings = java.complete("  Strin", 7);
        assertTrue(strings.matches().contains("String") && strings.matches().contains("StringBuilder"), strings.matches().toString());
        assertTrue(strings.matches().stream().allMatch(m -> m.startsWith("Strin")), strings.matches().toString());
        assertEquals(2, strings.start());
        java.eval("int zebraCount = 1;", "[40]");
        assertEquals(List.of("zebraCount"), java.complete("zebra", 5).matches());
        java.eval("int zebraTotal() { return 2; }", "[41]");
        assertEquals(List.of("zebraCount", "zebraTotal()"), java.complete("zebra", 5).matches());
        java.eval("17 + 25", "[42]");
        assertTrue(java.complete("$", 1).matches().stream().anyMatch(m -> m.startsWith("$")), "the kept value is offered");
    }

    @Test
    void inspectFindsTheSignatureWithTheCursorAfterOrInsideTheName() {
        assertTrue(java.inspect("Math.max", 8).orElseThrow().contains("Math.max(int a, int b)"));
        assertTrue(java.inspect("Math.max", 6).orElseThrow().contains("Math.max("));
    }

    private static String stdoutOf(Runnable body) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCompileErrorLaterInTheCellMeansNothingOfTheCellRuns() throws CellFailure {
        java.eval("int counter = 0;", "[20]");
        String printed = stdoutOf(() -> {
            CellFailure f = assertThrows(CellFailure.class,
                    () -> java.eval("counter++;\nSystem.out.println(\"ran\");\nint bad = \"s\";", "[21]"));
            assertEquals(CellFailure.Kind.COMPILE, f.kind());
            assertTrue(f.getMessage().startsWith("line 3, column 11: "), f.getMessage());
        });
        assertEquals("", printed);
        assertEquals(0, java.eval("counter", "[22]").value());
    }

    @Test
    void aCellThatDoesNotCompileLeavesNoneOfItsNewDeclarations() {
        assertThrows(CellFailure.class, () -> java.eval("int freshName = 1;\nvoid freshMethod() { }\nint bad = \"s\";", "[23]"));
        assertEquals(CellFailure.Kind.COMPILE, assertThrows(CellFailure.class, () -> java.eval("freshName", "[24]")).kind());
        assertEquals(CellFailure.Kind.COMPILE, assertThrows(CellFailure.class, () -> java.eval("freshMethod();", "[25]")).kind());
    }

    @Test
    void everySnippetsCompileErrorIsNamedByCellLineAndColumn() {
        CellFailure f = assertThrows(CellFailure.class,
                () -> java.eval("int one = \"a\";\nint two = 2;\nString three = 3;", "[26]"));
        String all = String.join("\n", f.details());
        assertTrue(all.contains("cell [26], line 1, column 11") && all.contains("cell [26], line 3, column 16"), all);
        assertTrue(all.contains("Nothing in the cell ran"), all);
    }

    @Test
    void aMultiSnippetCellRunsItsStatementsInOrderAndShowsTheLastValue() throws CellFailure {
        String printed = stdoutOf(() -> {
            try {
                Outcome o = java.eval("int twice2(int x) { return 2 * x; }\nint base = 20;\nSystem.out.println(\"base \" + base);\n"
                        + "twice2(base) + 2", "[27]");
                assertEquals(42, o.value());
            } catch (CellFailure e) {
                throw new AssertionError(String.join("\n", e.details()), e);
            }
        });
        assertEquals("base 20\n", printed);
    }

    @Test
    void aMethodCallingSomethingUndeclaredWarnsAndItsCallNamesWhatIsMissingNotASnippetKey() throws CellFailure {
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            java.eval("void callsLater() { notYetDeclared(); }", "[28]");
        } finally {
            System.setErr(saved);
        }
        String warning = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(warning.contains("method callsLater() uses method notYetDeclared()"), warning);
        CellFailure f = assertThrows(CellFailure.class, () -> java.eval("callsLater();", "[29]"));
        assertTrue(f.getMessage().contains("notYetDeclared"), f.getMessage());
        assertFalse(f.getMessage().contains("MethodSnippet") || String.join(" ", f.details()).contains("MethodSnippet"),
                f.details().toString());
    }

    @Test
    void aCellBusyInJdkCodeIsLeftRunningSoonAfterAStopAndSaysWhere() throws Exception {
        CompletableFuture<CellFailure> failure = CompletableFuture.supplyAsync(() -> {
            try {
                java.eval("{ dev.byline.kernel.eval.CellStarted.LATCH.countDown(); java.util.regex.Pattern.compile(\"(.*a){15}\").matcher(\"a\".repeat(30) + \"b\").matches(); }", "[31]");
                return null;
            } catch (CellFailure f) {
                return f;
            }
        });
        assertTrue(CellStarted.LATCH.await(60, TimeUnit.SECONDS), "the cell never started");
        Thread.sleep(200);
        long t0 = System.nanoTime();
        java.stop();
        CellFailure f = failure.get(10, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(CellFailure.Kind.STUCK, f.kind(), f.details().toString());
        assertTrue(millis < 1_000, millis + " ms");
        assertTrue(f.getMessage().contains("java.util.regex"), f.getMessage());
    }

    @Test
    void completionAndInspectionSeeAVariableDeclaredEarlierInTheSameCell() {
        String cell = "String headlineText = \"x\";\nint n = 1;\nheadlineT";
        Completion c = java.complete(cell, cell.length());
        assertTrue(c.matches().contains("headlineText"), c.matches().toString());
        assertEquals(cell.length() - "headlineT".length(), c.start());
        String member = "String headlineText = \"x\";\nheadlineText.toUpp";
        assertTrue(java.complete(member, member.length()).matches().contains("toUpperCase("));
        String inspect = "String headlineText = \"x\";\nheadlineText.length";
        assertTrue(java.inspect(inspect, inspect.length()).orElse("").contains("length()"), java.inspect(inspect, inspect.length()).toString());
    }
}
