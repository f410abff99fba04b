package dev.byline.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.byline.BylineException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code -p NAME=VALUE} values become literals of the type the parameters cell declares. */
class NotebookParametersTest {
    private static final String CELL = "int top = 5;\ndouble ratio = 0.5;\nboolean flag = false;\nlong big = 1L;\n"
            + "float f = 1f;\nString name = \"x\";\nchar c = 'a';\nbyte b = 1;\nPath where = Path.of(\".\");";

    private static String injected(String pair) {
        String src = NotebookParameters.parse(List.of(pair)).injectedSource(CELL);
        return src.substring(src.indexOf('\n') + 1);
    }

    private static String problem(String pair) {
        return assertThrows(BylineException.class, () -> NotebookParameters.parse(List.of(pair)).check(CELL)).getMessage();
    }

    @Test
    void javaNumericLiteralFormsAreNumbersOfTheDeclaredType() {
        assertEquals("double ratio = 1000.0;", injected("ratio=1e3"));
        assertEquals("double ratio = 0.5;", injected("ratio=.5"));
        assertEquals("double ratio = -2.0;", injected("ratio=-2"));
        assertEquals("double ratio = 1500.0;", injected("ratio=1_500."));
        assertEquals("int top = 1000;", injected("top=1_000"));
        assertEquals("int top = 16;", injected("top=0x10"));
        assertEquals("int top = 5;", injected("top=0b101"));
        assertEquals("int top = -1;", injected("top=0xFFFFFFFF"));
        assertEquals("int top = 10;", injected("top=010"), "a leading zero is decimal, as a person typing it means");
        assertEquals("long big = 3000000000L;", injected("big=3_000_000_000"));
        assertEquals("float f = 0.25f;", injected("f=.25"));
        assertEquals("byte b = -128;", injected("b=-128"));
    }

    @Test
    void booleansInAnyCaseAndStringsAndCharsAreLiterals() {
        assertEquals("boolean flag = true;", injected("flag=TRUE"));
        assertEquals("boolean flag = false;", injected("flag=False"));
        assertEquals("String name = \"1e3 \\\"q\\\"\";", injected("name=1e3 \"q\""));
        assertEquals("char c = '\\'';", injected("c='"));
    }

    @Test
    void undeclaredNamesTakeTheTypeTheirValueLooksLike() {
        String src = NotebookParameters.parse(List.of("n=1e3", "m=0x10", "k=yes", "t=true")).injectedSource(CELL);
        assertEquals("var n = 1000.0;\nvar m = 16;\nvar k = \"yes\";\nvar t = true;", src.substring(src.indexOf('\n') + 1));
    }

    @Test
    void aValueThatCannotBeALiteralOfItsTypeNamesTheParameterAndTheType() {
        assertEquals("-p top=abc: not an int (declared in the parameters cell)", problem("top=abc"));
        assertEquals("-p top=3000000000: not an int (declared in the parameters cell)", problem("top=3000000000"));
        assertEquals("-p top=1.5: not an int (declared in the parameters cell)", problem("top=1.5"));
        assertEquals("-p top=1_: not an int (declared in the parameters cell)", problem("top=1_"));
        assertEquals("-p ratio=1e400: not a double (declared in the parameters cell)", problem("ratio=1e400"));
        assertEquals("-p flag=yes: not a boolean (declared in the parameters cell)", problem("flag=yes"));
        assertEquals("-p b=0xFF: not a byte (declared in the parameters cell)", problem("b=0xFF"));
        assertEquals("-p c=ab: not a char (one character) (declared in the parameters cell)", problem("c=ab"));
        assertEquals("-p where=/tmp: the parameters cell declares where as Path, and -p sets only numbers, booleans, "
                + "chars and strings", problem("where=/tmp"));
    }
}
