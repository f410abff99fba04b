package dev.byline.kernel.runner;

import com.google.gson.JsonObject;
import dev.byline.kernel.display.MimeBundle;
import dev.byline.kernel.session.CellOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A cell's typed outputs as nbformat outputs, as nbclient records them: consecutive writes to one stream are one
 * output, {@code updateDisplay} replaces the data of the output shown under its id (in this cell or an earlier one),
 * and {@code clearOutput} drops the cell's outputs so far (with {@code wait}, when the next output arrives).
 */
final class NbformatOutputs implements Consumer<CellOutput> {
    private final List<JsonObject> outputs = new ArrayList<>();
    /** The notebook's outputs shown with a display id, shared by every cell of the run. */
    private final Map<String, JsonObject> displays;
    private final int executionCount;
    private boolean pendingClear;

    NbformatOutputs(Map<String, JsonObject> displays, int executionCount) {
        this.displays = displays;
        this.executionCount = executionCount;
    }

    @Override
    public synchronized void accept(CellOutput output) {
        if (output instanceof CellOutput.Clear clear) {
            if (clear.untilNextOutput()) {
                pendingClear = true;
            } else {
                outputs.clear();
                pendingClear = false;
            }
            return;
        }
        if (output instanceof CellOutput.Update u) {
            JsonObject shown = displays.get(u.id());
            if (shown != null) {
                shown.add("data", bundle(u.bundle()).get("data"));
            }
            return;
        }
        if (pendingClear) {
            outputs.clear();
            pendingClear = false;
        }
        switch (output) {
            case CellOutput.Stream s -> stream(s);
            case CellOutput.Display d -> {
                JsonObject o = bundle(d.bundle());
                o.addProperty("output_type", "display_data");
                displays.put(d.id(), o);
                outputs.add(o);
            }
            case CellOutput.Result r -> {
                JsonObject o = bundle(r.bundle());
                o.addProperty("output_type", "execute_result");
                o.addProperty("execution_count", executionCount);
                outputs.add(o);
            }
            case CellOutput.Error e -> outputs.add(error(e));
            case CellOutput.Clear c -> { }
            case CellOutput.Update u -> { }
        }
    }

    /** The outputs so far, in order. */
    synchronized List<JsonObject> outputs() {
        return List.copyOf(outputs);
    }

    /** An error as an nbformat output. */
    static JsonObject error(CellOutput.Error e) {
        JsonObject o = new JsonObject();
        o.addProperty("output_type", "error");
        e.content().entrySet().forEach(entry -> o.add(entry.getKey(), entry.getValue()));
        return o;
    }

    private void stream(CellOutput.Stream s) {
        if (!outputs.isEmpty()) {
            JsonObject last = outputs.get(outputs.size() - 1);
            if ("stream".equals(last.get("output_type").getAsString()) && s.name().equals(last.get("name").getAsString())) {
                last.add("text", Notebook.lines(Notebook.multiline(last.get("text")) + s.text()));
                return;
            }
        }
        JsonObject o = new JsonObject();
        o.addProperty("output_type", "stream");
        o.addProperty("name", s.name());
        o.add("text", Notebook.lines(s.text()));
        outputs.add(o);
    }

    private static JsonObject bundle(MimeBundle bundle) {
        JsonObject data = new JsonObject();
        bundle.data().forEach((mime, text) -> data.add(mime, Notebook.lines(text)));
        JsonObject o = new JsonObject();
        o.add("data", data);
        o.add("metadata", new JsonObject());
        return o;
    }
}
