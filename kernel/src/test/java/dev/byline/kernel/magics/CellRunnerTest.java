package dev.byline.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.display.Html;
import dev.byline.kernel.eval.CellFailure;
import dev.byline.kernel.eval.JavaEvaluator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellRunnerTest {
    static JavaEvaluator java;
    static CellRunner runner;
    static final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        java = JavaEvaluator.create(List.of(), List.of());
        Magics magics = new Magics();
        CellRunner[] ref = new CellRunner[1];
        BuiltinMagics.registerAll(magics, java, () -> ref[0], new PrintStream(printed, true, StandardCharsets.UTF_8));
        ref[0] = new CellRunner(java, magics);
        runner = ref[0];
    }

    @AfterAll
    static void stop() {
        java.close();
    }

    @Test
    void magicLinesAndCodeRunInOrderAndErrorsKeepCellLineNumbers() {
        CellFailure f = assertThrows(CellFailure.class, () -> runner.run("int a = 1;\n%lsmagic\nint b = nope;", "[1]"));
        assertTrue(f.getMessage().startsWith("line 3, column 9"), f.getMessage());
    }

    /** An error in code run by %%time or %time names the cell and its line, as in any other cell. */
    @Test
    void errorsInTimedCodeNameTheCellAndItsLine() {
        CellFailure thrown = assertThrows(CellFailure.class,
                () -> runner.run("%%time\nint a = 1;\nthrow new RuntimeException(\"in timed\");", "[4]"));
        assertTrue(String.join("\n", thrown.details()).contains("cell [4], line 3"), String.join("\n", thrown.details()));
        CellFailure compile = assertThrows(CellFailure.class, () -> runner.run("\n%time int b = nope;", "[5]"));
        assertTrue(compile.getMessage().startsWith("line 2,"), compile.getMessage());
        assertTrue(String.join("\n", compile.details()).contains("[5]"), String.join("\n", compile.details()));
    }

    /** A magic that needs an argument says what it needs when given none. */
    @Test
    void magicsWithoutTheirArgumentSayWhatTheyNeed() {
        assertTrue(assertThrows(MagicException.class, () -> runner.run("%load", "[8]")).getMessage().startsWith("%load needs a file"));
        assertTrue(assertThrows(MagicException.class, () -> runner.run("%jars", "[8]")).getMessage().startsWith("%jars needs a jar"));
        assertTrue(assertThrows(MagicException.class, () -> runner.run("%time", "[8]")).getMessage().startsWith("%time needs code"));
    }

    @Test
    void htmlCellMagicReturnsItsBodyAsHtml() throws CellFailure {
        Html h = assertInstanceOf(Html.class, runner.run("%%html\n<b>x</b>", "[2]").value());
        assertEquals("<b>x</b>", h.html());
    }

    @Test
    void unknownMagicIsAnErrorListingTheKnownOnes() {
        MagicException e = assertThrows(MagicException.class, () -> runner.run("%nosuch arg", "[3]"));
        assertTrue(e.getMessage().contains("unknown magic %nosuch") && e.getMessage().contains("%classpath"), e.getMessage());
    }

    @Test
    void loadRunsAJshFileInTheSession(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("helpers.jsh");
        Files.writeString(file, "int loaded() { return 42; }\n");
        runner.run("%load " + file, "[4]");
        assertEquals(42, runner.run("loaded()", "[5]").value());
    }

    @Test
    void timeMagicReportsWallTimeAndKeepsTheValue() throws CellFailure {
        assertEquals(7, runner.run("%time 3 + 4", "[6]").value());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Wall time: "));
    }

    @Test
    void aTimedCellThatDoesNotCompileReportsNoTimeForItRanNothing() {
        printed.reset();
        assertThrows(CellFailure.class, () -> runner.run("%%time\nint q = 1;\nq = \"x\";", "[9]"));
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains("Wall time"), printed.toString(StandardCharsets.UTF_8));
        assertThrows(CellFailure.class, () -> runner.run("%%time\nthrow new IllegalStateException(\"late\");", "[10]"));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Wall time: "), "a cell that ran and failed took time");
    }

    @Test
    void mavenMagicResolvesABundlePackagedArtifactWithItsDependenciesIntoTheSession() throws CellFailure {
        runner.run("%maven org.apache.avro:avro:1.12.1", "[8]");
        String log = printed.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("Added org.apache.avro:avro:jar:1.12.1"), log);
        assertTrue(log.contains("jackson-databind"), "transitive dependencies are added too: " + log);
        assertEquals("STRING", runner.run("org.apache.avro.Schema.create(org.apache.avro.Schema.Type.STRING).getType().name()",
                "[9]").value());
    }

    @Test
    void mavenMagicWithoutCoordinatesSaysWhatItNeeds() {
        MagicException e = assertThrows(MagicException.class, () -> runner.run("%maven", "[10]"));
        assertTrue(e.getMessage().contains("group:artifact:version") || e.getMessage().contains("coordinates"), e.getMessage());
    }

    @Test
    void classpathMagicRejectsAMissingPath() {
        MagicException e = assertThrows(MagicException.class, () -> runner.run("%classpath /no/such.jar", "[7]"));
        assertTrue(e.getMessage().contains("/no/such.jar"));
    }
}
