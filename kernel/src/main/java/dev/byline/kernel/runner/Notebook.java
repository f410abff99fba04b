package dev.byline.kernel.runner;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.byline.BylineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An nbformat 4 notebook held as JSON, so that fields Byline does not know survive a round trip.
 *
 * <pre>{@code
 * Notebook nb = Notebook.read(Path.of("notebooks/01-tour.ipynb"));
 * nb.cells().size();
 * nb.write(Path.of("target/notebooks/01-tour.ipynb"));
 * }</pre>
 */
public final class Notebook {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path source;
    private final JsonObject json;

    private Notebook(Path source, JsonObject json) {
        this.source = source;
        this.json = json;
    }

    /**
     * Reads a notebook.
     *
     * @throws BylineException naming the file if it is missing, not JSON, or not nbformat 4
     */
    public static Notebook read(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new BylineException(file, "no such notebook");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BylineException(file, "not a notebook: not UTF-8 text (a notebook is a JSON file)");
        } catch (IOException e) {
            throw new BylineException(file, "cannot read: " + e.getMessage());
        }
        if (text.isBlank()) {
            throw new BylineException(file, "not a notebook: the file is empty");
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new BylineException(file, "not a notebook: malformed JSON");
        }
        if (!root.isJsonObject()) {
            throw new BylineException(file, "not a notebook: the JSON is not an object with a 'cells' list");
        }
        JsonObject o = root.getAsJsonObject();
        JsonElement format = o.get("nbformat");
        int major = format != null && format.isJsonPrimitive() && format.getAsJsonPrimitive().isNumber()
                ? format.getAsInt() : 0;
        if (major > 0 && major < 4 || o.has("worksheets")) {
            throw new BylineException(file, "nbformat " + (major > 0 ? major : 3) + " is not supported (Byline reads "
                    + "nbformat 4); convert it with: jupyter nbconvert --to notebook --nbformat 4 " + file.getFileName());
        }
        if (!o.has("cells") || !o.get("cells").isJsonArray()) {
            throw new BylineException(file, "not a notebook: no 'cells' list"
                    + (o.size() == 0 ? " (the JSON object is empty)" : ""));
        }
        if (major != 4) {
            throw new BylineException(file, major == 0 ? "not a notebook: no 'nbformat' number"
                    : "nbformat " + major + " is not supported (Byline reads nbformat 4)");
        }
        return new Notebook(file, o);
    }

    /** A notebook made from JSON (for tests and tools). */
    public static Notebook of(Path source, JsonObject json) {
        return new Notebook(source, json.deepCopy());
    }

    /** The file it was read from. */
    public Path source() {
        return source;
    }

    /** A deep copy of the JSON, to modify freely. */
    public JsonObject json() {
        return json.deepCopy();
    }

    /** The cells, as JSON objects (live views: callers that modify them own this notebook). */
    public List<JsonObject> cells() {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("cells")) {
            out.add(e.getAsJsonObject());
        }
        return out;
    }

    /** The kernelspec name in the metadata, or empty. */
    public String kernelName() {
        JsonObject meta = json.has("metadata") ? json.getAsJsonObject("metadata") : new JsonObject();
        if (meta.has("kernelspec") && meta.getAsJsonObject("kernelspec").has("name")) {
            return meta.getAsJsonObject("kernelspec").get("name").getAsString();
        }
        return "";
    }

    /** The title: the first Markdown heading, else the file name. */
    public String title() {
        for (JsonObject cell : cells()) {
            if ("markdown".equals(type(cell))) {
                for (String line : source(cell).split("\n")) {
                    if (line.startsWith("# ")) {
                        return line.substring(2).strip();
                    }
                }
            }
        }
        String name = source == null ? "notebook" : source.getFileName().toString();
        return name.endsWith(".ipynb") ? name.substring(0, name.length() - 6) : name;
    }

    /** Writes the notebook as Jupyter does: sorted keys, one-space indent, a final newline. */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(json), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BylineException(file, "cannot write: " + e.getMessage());
        }
    }

    /** The JSON text Jupyter would write for {@code o}. */
    static String toJson(JsonObject o) {
        String pretty = GSON.toJson(sorted(o));
        // Gson indents with two spaces; Jupyter with one.
        StringBuilder b = new StringBuilder(pretty.length());
        for (String line : pretty.split("\n", -1)) {
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            b.append(" ".repeat(spaces / 2)).append(line, spaces, line.length()).append('\n');
        }
        return b.toString().stripTrailing() + "\n";
    }

    private static JsonElement sorted(JsonElement e) {
        if (e.isJsonObject()) {
            Map<String, JsonElement> m = new TreeMap<>();
            e.getAsJsonObject().entrySet().forEach(x -> m.put(x.getKey(), sorted(x.getValue())));
            JsonObject o = new JsonObject();
            m.forEach(o::add);
            return o;
        }
        if (e.isJsonArray()) {
            JsonArray a = new JsonArray();
            e.getAsJsonArray().forEach(x -> a.add(sorted(x)));
            return a;
        }
        return e;
    }

    /** The cell type: code, markdown or raw. */
    public static String type(JsonObject cell) {
        return cell.has("cell_type") ? cell.get("cell_type").getAsString() : "";
    }

    /** A cell's source as one string (nbformat allows a string or a list of lines). */
    public static String source(JsonObject cell) {
        return multiline(cell.get("source"));
    }

    /** nbformat's "multiline string": a string or a list of strings to concatenate. */
    public static String multiline(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "";
        }
        if (e.isJsonArray()) {
            StringBuilder b = new StringBuilder();
            e.getAsJsonArray().forEach(x -> b.append(x.getAsString()));
            return b.toString();
        }
        return e.getAsString();
    }

    /** Splits text into nbformat's list of lines, each keeping its newline. */
    public static JsonArray lines(String text) {
        JsonArray a = new JsonArray();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            a.add(new JsonPrimitive(text.substring(start, end)));
            start = end;
        }
        return a;
    }

    /** The cell's tags, if any. */
    public static List<String> tags(JsonObject cell) {
        List<String> out = new ArrayList<>();
        if (cell.has("metadata") && cell.getAsJsonObject("metadata").has("tags")) {
            cell.getAsJsonObject("metadata").getAsJsonArray("tags").forEach(t -> out.add(t.getAsString()));
        }
        return out;
    }
}
