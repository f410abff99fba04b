package dev.byline.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which cells the evaluator may run as a declared value, decided from their text alone. */
class PlainValueTest {
    @Test
    void valueExpressionsPassWithoutTheirSemicolon() {
        assertEquals(Optional.of("1 + 1"), PlainValue.of("1 + 1"));
        assertEquals(Optional.of("corpus.documents().first(5)"), PlainValue.of("  corpus.documents().first(5);\n"));
        assertEquals(Optional.of("a == b"), PlainValue.of("a == b"));
        assertEquals(Optional.of("counter++"), PlainValue.of("counter++"));
        assertEquals(Optional.of("new ArrayList<String>(List.of(\"a\"))"), PlainValue.of("new ArrayList<String>(List.of(\"a\"))"));
    }

    @Test
    void whatJShellWouldTypeOrNameDifferentlyTakesItsPath() {
        for (String cell : new String[] {"x", "table;", "x = 5", "n += 1", "() -> 1", "String::length", "b ? 1 : 2.0",
                "switch (k) { case 1 -> 1; default -> 2.0; }", "new Object() { int x = 5; }", "new int[] {1, 2}",
                "1 + 1 // two", "int x = 1", "var t = table", "import java.util.*", "return 1", "@Deprecated int x",
                "", "  ;  "}) {
            assertEquals(Optional.empty(), PlainValue.of(cell), cell);
        }
    }

    @Test
    void theLastCallIsTheMethodNameBeforeTheFinalArguments() {
        assertEquals(Optional.of("println"), PlainValue.lastCall("System.out.println(f(1), \"(\")"));
        assertEquals(Optional.of("first"), PlainValue.lastCall("t.where(t.intColumn(\"n\").isLessThan(3)).first (5)"));
        assertEquals(Optional.empty(), PlainValue.lastCall("1 + 1"));
        assertEquals(Optional.empty(), PlainValue.lastCall("(1 + 1)"));
    }
}
