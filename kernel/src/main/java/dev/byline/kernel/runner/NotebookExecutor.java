package dev.byline.kernel.runner;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a notebook's code cells top to bottom in one {@link CellSession}, filling in outputs and
 * execution counts, and injecting parameters after the {@code parameters} cell.
 *
 * <pre>{@code
 * try (CellSession session = provider.open()) {
 *     Result r = new NotebookExecutor(session, NotebookParameters.none(), false).execute(notebook, event -> {});
 * }
 * }</pre>
 */
public final class NotebookExecutor {
    /** What happened to one cell, for progress lines and the final report. */
    public record CellEvent(int index, int codeCells, int codeIndex, boolean failed, long millis, String summary) {
    }

    /**
     * The executed notebook and the cells that failed.
     *
     * @param executed the notebook with fresh outputs
     * @param failures the failed cells' events, in order
     * @param skipped  code cells not run because an earlier one failed
     */
    public record Result(JsonObject executed, List<CellEvent> failures, int skipped) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    private final CellSession session;
    private final NotebookParameters parameters;
    private final boolean continueOnError;
    private boolean cellIds;

    public NotebookExecutor(CellSession session, NotebookParameters parameters, boolean continueOnError) {
        this.session = session;
        this.parameters = parameters;
        this.continueOnError = continueOnError;
    }

    /** Executes {@code notebook}; {@code progress} hears of each code cell as it finishes. */
    public Result execute(Notebook notebook, Consumer<CellEvent> progress) {
        JsonObject json = notebook.json();
        // nbformat 4.5 gives every cell an id; an injected cell needs one too
        cellIds = json.has("nbformat_minor") && json.get("nbformat_minor").getAsInt() >= 5;
        JsonArray cells = withInjectedParameters(json.getAsJsonArray("cells"));
        json.add("cells", cells);
        int codeCells = 0;
        for (var c : cells) {
            if ("code".equals(Notebook.type(c.getAsJsonObject()))) {
                codeCells++;
            }
        }
        List<CellEvent> failures = new ArrayList<>();
        int count = 0;
        int skipped = 0;
        boolean stopped = false;
        for (int i = 0; i < cells.size(); i++) {
            JsonObject cell = cells.get(i).getAsJsonObject();
            if (!"code".equals(Notebook.type(cell))) {
                continue;
            }
            if (stopped) {
                cell.add("outputs", new JsonArray());
                cell.add("execution_count", null);
                skipped++;
                continue;
            }
            count++;
            String source = Notebook.source(cell);
            long t0 = System.nanoTime();
            CellSession.CellRun run = source.isBlank()
                    ? new CellSession.CellRun(List.of(), false)
                    : session.run(source, count);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            JsonArray outputs = new JsonArray();
            run.outputs().forEach(outputs::add);
            cell.add("outputs", outputs);
            cell.add("execution_count", new JsonPrimitive(count));
            CellEvent event = new CellEvent(i + 1, codeCells, count, run.failed(), millis, summary(run));
            progress.accept(event);
            if (run.failed()) {
                failures.add(event);
                stopped = !continueOnError || run.endsRun();
            }
        }
        return new Result(json, failures, skipped);
    }

    private JsonArray withInjectedParameters(JsonArray cells) {
        JsonArray out = new JsonArray();
        boolean injected = false;
        for (var e : cells) {
            JsonObject cell = e.getAsJsonObject();
            if (Notebook.tags(cell).contains("injected-parameters")) {
                continue; // a stale injection from an earlier run is replaced
            }
            out.add(cell);
            if (!injected && !parameters.isEmpty() && Notebook.tags(cell).contains("parameters")) {
                out.add(injectedCell(parameters.injectedSource(Notebook.source(cell))));
                injected = true;
            }
        }
        if (!injected && !parameters.isEmpty()) {
            // papermill's rule: with no parameters cell, inject at the top
            JsonArray top = new JsonArray();
            top.add(injectedCell(parameters.injectedSource("")));
            out.forEach(top::add);
            return top;
        }
        return out;
    }

    private JsonObject injectedCell(String source) {
        JsonObject cell = new JsonObject();
        cell.addProperty("cell_type", "code");
        if (cellIds) {
            cell.addProperty("id", "injected-parameters");
        }
        cell.add("execution_count", null);
        JsonObject meta = new JsonObject();
        JsonArray tags = new JsonArray();
        tags.add("injected-parameters");
        meta.add("tags", tags);
        cell.add("metadata", meta);
        cell.add("outputs", new JsonArray());
        cell.add("source", Notebook.lines(source));
        return cell;
    }

    private static String summary(CellSession.CellRun run) {
        for (JsonObject o : run.outputs()) {
            if ("error".equals(o.get("output_type").getAsString())) {
                String ename = o.has("ename") ? o.get("ename").getAsString() : "Error";
                String evalue = o.has("evalue") ? o.get("evalue").getAsString() : "";
                return (ename + ": " + evalue).strip().replaceAll("\\s+", " ");
            }
        }
        return "";
    }
}
