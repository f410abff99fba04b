package dev.byline.kernel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.display.Renderers;
import dev.byline.kernel.eval.Completeness;
import dev.byline.kernel.eval.JavaEvaluator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tab, Shift-Tab and is_complete in cells that hold magics, as a teacher timing a cell uses them. */
class MagicCellIntrospectionTest {
    static KernelSession session;

    @BeforeAll
    static void start() {
        session = new KernelSession(CompletableFuture.completedFuture(
                JavaEvaluator.create(JavaEvaluator.defaultClasspath(), List.of("import java.util.*;"))), Renderers.withDefaults());
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    @Test
    void completionWorksInTheBodyOfATimedCellAndInTheCodeOfATimeLine() {
        String timed = "%%time\nString word = \"abc\";\nword.len";
        assertTrue(session.complete(timed, timed.length()).matches().contains("length()"), session.complete(timed, timed.length()).toString());
        String line = "%time \"abc\".len";
        assertTrue(session.complete(line, line.length()).matches().contains("length()"));
        String after = "%jars nothing/*.jar\nString title = \"x\";\ntitle.isBl";
        assertEquals(List.of("isBlank()"), session.complete(after, after.length()).matches());
    }

    @Test
    void aMagicsNameCompletesAndItsArgumentsOrAnHtmlCellGetNoJavaNames() {
        assertEquals(List.of("%%time"), session.complete("%%ti", 4).matches());
        assertTrue(session.complete("%jars li", 8).matches().isEmpty());
        assertTrue(session.complete("%%html\n<b>Str", 13).matches().isEmpty());
    }

    @Test
    void inspectionAndIsCompleteSeeTheJavaOfATimedCell() {
        String timed = "%%time\nString word = \"abc\";\nword.length()";
        assertTrue(session.inspect(timed, timed.length() - 3).orElse("").contains("length()"));
        assertEquals(Completeness.INCOMPLETE, session.completeness("%%time\nfor (int i = 0; i < 3; i++) {"));
        assertEquals(Completeness.COMPLETE, session.completeness("%%time\nfor (int i = 0; i < 3; i++) { }"));
        assertEquals(Completeness.COMPLETE, session.completeness("%%html\n<div>"));
    }
}
