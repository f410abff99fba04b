package dev.byline.spark;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.byline.BylineException;
import dev.byline.corpus.LoadWording;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON Lines file's records the way the toolkit's corpus loader does: one object a line,
 * the text in a named string field, the id in a named field or else {@code FILE_ID#LINE}.
 */
final class JsonLines {
    private JsonLines() {
    }

    /** The documents of one JSONL file; each bad line goes to {@code bad}. */
    static List<DocumentText> read(String file, String fileId, String text, InputColumns columns, BadInput bad) {
        Path where = Path.of(file);
        String[] lines = text.split("\n", -1);
        List<DocumentText> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String at = "line " + (i + 1);
            JsonElement element;
            try {
                element = JsonParser.parseString(line);
            } catch (JsonParseException e) {
                bad.report(new BylineException(where, at + ": " + LoadWording.malformedJsonLine(e, lines[i])));
                continue;
            }
            if (!element.isJsonObject()) {
                bad.report(new BylineException(where, at + ": expected a JSON object"));
                continue;
            }
            JsonObject object = element.getAsJsonObject();
            JsonElement body = object.get(columns.text());
            if (body != null && !(body.isJsonPrimitive() && body.getAsJsonPrimitive().isString())) {
                bad.report(new BylineException(where, at + ": " + LoadWording.notAString(columns.text(), body)));
                continue;
            }
            if (body == null) {
                bad.report(new BylineException(where, at + ": no string field '" + columns.text() + "' (fields: "
                        + String.join(", ", object.keySet()) + "); choose the text field with --text-column"));
                continue;
            }
            if (body.getAsString().isBlank()) {
                bad.report(new BylineException(where, at + ": field '" + columns.text() + "' is empty"));
                continue;
            }
            String id = fileId + "#" + (i + 1);
            Map<String, String> meta = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : object.entrySet()) {
                if (e.getKey().equals(columns.text())) {
                    continue;
                }
                JsonElement v = e.getValue();
                String value = v == null || v.isJsonNull() ? null : v.isJsonPrimitive() ? v.getAsString() : v.toString();
                if (e.getKey().equals(columns.id())) {
                    if (value != null && !value.isBlank()) {
                        id = value;
                    }
                } else if (value != null) {
                    meta.put(e.getKey(), value);
                }
            }
            out.add(new DocumentText(id, file, body.getAsString(), meta));
        }
        return out;
    }

}
