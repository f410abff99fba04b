package dev.byline.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookExecutorTest {

    /** A session that echoes each cell's source as stdout, and fails cells that say "fail". */
    static final class EchoSession implements CellSession {
        final List<String> seen = new ArrayList<>();

        @Override
        public CellRun run(String source, int executionCount) {
            seen.add(source);
            JsonObject o = new JsonObject();
            if (source.contains("fail")) {
                o.addProperty("output_type", "error");
                o.addProperty("ename", "RuntimeException");
                o.addProperty("evalue", "boom in cell " + executionCount);
                o.add("traceback", new JsonArray());
                return new CellRun(List.of(o), true);
            }
            o.addProperty("output_type", "stream");
            o.addProperty("name", "stdout");
            o.addProperty("text", source + "\n");
            return new CellRun(List.of(o), false);
        }

        @Override
        public void close() {
        }
    }

    static Notebook notebook(String... cells) {
        JsonObject nb = JsonParser.parseString("{\"nbformat\":4,\"nbformat_minor\":5,\"metadata\":{},\"cells\":[]}")
                .getAsJsonObject();
        for (String c : cells) {
            JsonObject cell = new JsonObject();
            boolean md = c.startsWith("# ");
            cell.addProperty("cell_type", md ? "markdown" : "code");
            cell.add("metadata", new JsonObject());
            if (c.startsWith("@parameters ")) {
                JsonArray tags = new JsonArray();
                tags.add("parameters");
                cell.getAsJsonObject("metadata").add("tags", tags);
                c = c.substring("@parameters ".length());
            }
            cell.add("source", Notebook.lines(c));
            if (!md) {
                cell.add("outputs", new JsonArray());
                cell.add("execution_count", null);
            }
            nb.getAsJsonArray("cells").add(cell);
        }
        return Notebook.of(Path.of("t.ipynb"), nb);
    }

    @Test
    void codeCellsGetOutputsAndExecutionCountsInOrder() {
        EchoSession s = new EchoSession();
        var r = new NotebookExecutor(s, NotebookParameters.none(), false).execute(notebook("# Title", "int a = 1;", "a + 1"), e -> { });
        assertTrue(r.ok());
        assertEquals(List.of("int a = 1;", "a + 1"), s.seen);
        var cells = r.executed().getAsJsonArray("cells");
        assertEquals(1, cells.get(1).getAsJsonObject().get("execution_count").getAsInt());
        assertEquals("a + 1\n", cells.get(2).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject()
                .get("text").getAsString());
    }

    @Test
    void firstFailingCellStopsTheRunAndLaterCellsAreLeftEmpty() {
        EchoSession s = new EchoSession();
        var r = new NotebookExecutor(s, NotebookParameters.none(), false).execute(notebook("ok();", "fail();", "never();"), e -> { });
        assertFalse(r.ok());
        assertEquals(1, r.failures().size());
        assertEquals(2, r.failures().get(0).codeIndex());
        assertEquals("RuntimeException: boom in cell 2", r.failures().get(0).summary());
        assertEquals(1, r.skipped());
        assertEquals(List.of("ok();", "fail();"), s.seen);
    }

    @Test
    void continueOnErrorRunsEveryCellAndReportsEveryFailure() {
        EchoSession s = new EchoSession();
        var r = new NotebookExecutor(s, NotebookParameters.none(), true).execute(notebook("fail(1);", "ok();", "fail(2);"), e -> { });
        assertEquals(2, r.failures().size());
        assertEquals(3, s.seen.size());
    }

    @Test
    void parametersAreInjectedAfterTheParametersCellKeepingTheDeclaredType() {
        EchoSession s = new EchoSession();
        NotebookParameters p = NotebookParameters.parse(List.of("corpusPath=../my \"corpus\"", "top=5"));
        var r = new NotebookExecutor(s, p, false).execute(
                notebook("@parameters String corpusPath = \"../corpus\";\nint top = 10;", "use(corpusPath);"), e -> { });
        assertTrue(r.ok());
        assertEquals("// Parameters injected by byline notebooks -p\nString corpusPath = \"../my \\\"corpus\\\"\";\nint top = 5;",
                s.seen.get(1));
        JsonObject injected = r.executed().getAsJsonArray("cells").get(1).getAsJsonObject();
        assertEquals(List.of("injected-parameters"), Notebook.tags(injected));
        assertEquals("injected-parameters", injected.get("id").getAsString(), "nbformat 4.5 cells carry ids");
    }

    @Test
    void aStaleInjectedCellIsReplacedNotDuplicated() {
        EchoSession s = new EchoSession();
        NotebookParameters p = NotebookParameters.parse(List.of("top=3"));
        var first = new NotebookExecutor(s, p, false).execute(notebook("@parameters int top = 10;", "top"), e -> { });
        var again = new NotebookExecutor(new EchoSession(), p, false)
                .execute(Notebook.of(Path.of("t.ipynb"), first.executed()), e -> { });
        assertEquals(3, again.executed().getAsJsonArray("cells").size());
    }
}
