package dev.byline.kernel.runner;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Compares fresh outputs with the outputs a notebook stored, as nbval does: cell by cell, ignoring what
 * legitimately varies between runs (execution counts, display ids, timings, object hashes, PNG bytes).
 *
 * <pre>{@code
 * List<String> diffs = OutputCheck.compare(stored, executed);   // empty when outputs are reproducible
 * }</pre>
 */
public final class OutputCheck {
    private static final Pattern HASH = Pattern.compile("@[0-9a-f]{5,}\\b");
    private static final Pattern TIMING = Pattern.compile(
            "\\b\\d+(?:[.,]\\d+)?\\s?(?:ns|µs|us|ms|s|sec|seconds|min)\\b");
    private static final Pattern UUID = Pattern.compile(
            "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    private OutputCheck() {
    }

    /** Readable differences between the stored and the fresh notebook's code-cell outputs. */
    public static List<String> compare(JsonObject stored, JsonObject fresh) {
        List<JsonObject> a = codeCells(stored);
        List<JsonObject> b = codeCells(fresh);
        List<String> diffs = new ArrayList<>();
        if (a.size() != b.size()) {
            diffs.add("code cells: stored " + a.size() + ", fresh " + b.size());
            return diffs;
        }
        for (int i = 0; i < a.size(); i++) {
            String before = canonical(a.get(i));
            String after = canonical(b.get(i));
            if (!before.equals(after)) {
                diffs.add("code cell " + (i + 1) + " (" + firstLine(Notebook.source(b.get(i))) + ") changed:\n"
                        + LineDiff.unified(before, after));
            }
        }
        return diffs;
    }

    private static List<JsonObject> codeCells(JsonObject notebook) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : notebook.getAsJsonArray("cells")) {
            JsonObject c = e.getAsJsonObject();
            if ("code".equals(Notebook.type(c)) && !Notebook.tags(c).contains("injected-parameters")) {
                out.add(c);
            }
        }
        return out;
    }

    /** The parts of a cell's outputs that must not change, as normalised text. */
    static String canonical(JsonObject cell) {
        StringBuilder b = new StringBuilder();
        JsonArray outputs = cell.has("outputs") ? cell.getAsJsonArray("outputs") : new JsonArray();
        for (JsonElement e : outputs) {
            JsonObject o = e.getAsJsonObject();
            String type = o.get("output_type").getAsString();
            switch (type) {
                case "stream" -> b.append("[").append(o.get("name").getAsString()).append("]\n")
                        .append(normalise(Notebook.multiline(o.get("text")))).append('\n');
                case "error" -> b.append("[error] ").append(o.get("ename").getAsString()).append(": ")
                        .append(normalise(o.get("evalue").getAsString())).append('\n');
                default -> {
                    b.append("[").append(type).append("]\n");
                    Map<String, JsonElement> data = new TreeMap<>();
                    if (o.has("data")) {
                        o.getAsJsonObject("data").entrySet().forEach(x -> data.put(x.getKey(), x.getValue()));
                    }
                    data.forEach((mime, value) -> {
                        b.append("  ").append(mime).append(":\n");
                        if (mime.startsWith("image/") && !mime.equals("image/svg+xml")) {
                            b.append("    (binary image)\n");
                        } else if (value.isJsonPrimitive() || value.isJsonArray()) {
                            for (String line : normalise(Notebook.multiline(value)).split("\n")) {
                                b.append("    ").append(line).append('\n');
                            }
                        } else {
                            b.append("    ").append(value).append('\n');
                        }
                    });
                }
            }
        }
        return b.toString();
    }

    static String normalise(String text) {
        String t = ANSI.matcher(text).replaceAll("");
        t = UUID.matcher(t).replaceAll("<uuid>");
        t = HASH.matcher(t).replaceAll("@<hash>");
        t = TIMING.matcher(t).replaceAll("<time>");
        return t.replace("\r\n", "\n").stripTrailing();
    }

    private static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }
}
