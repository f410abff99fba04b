package dev.byline.corpus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.byline.text.Document;
import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON record as a document: the text field, the id field, the other fields as metadata. */
final class JsonRecords {
    private JsonRecords() {
    }

    /**
     * Adds the document of {@code element} (or its problem, placed by {@code where}) to {@code out}; its id is the id
     * field's value, else {@code FILE_ID#number}, or the file's id when {@code number} is 0 (a file of one record).
     */
    static void read(SourceFile file, LoadOptions options, String where, int number, JsonElement element,
                     FileReading.Builder out) {
        if (!element.isJsonObject()) {
            out.problem(file.path(), where + ": expected a JSON object, found " + LoadMessages.kindOf(element));
            return;
        }
        JsonObject object = element.getAsJsonObject();
        JsonElement textValue = object.get(options.textField());
        if (textValue == null) {
            out.problem(file.path(), where + ": no string field '" + options.textField() + "' (fields: "
                    + String.join(", ", object.keySet()) + "); choose the text field with --text-field");
            return;
        }
        if (!textValue.isJsonPrimitive() || !textValue.getAsJsonPrimitive().isString()) {
            out.problem(file.path(), where + ": " + LoadWording.notAString(options.textField(), textValue));
            return;
        }
        String body = textValue.getAsString();
        if (body.isBlank()) {
            out.problem(file.path(), where + ": field '" + options.textField() + "' is empty");
            return;
        }
        Map<String, String> meta = new LinkedHashMap<>();
        String id = number == 0 ? file.id() : file.id() + "#" + number;
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            if (e.getKey().equals(options.textField())) {
                continue;
            }
            String value = scalar(e.getValue());
            if (e.getKey().equals(options.idField())) {
                if (value != null && !value.isBlank()) {
                    id = value;
                }
            } else {
                meta.put(e.getKey(), value);
            }
        }
        out.document(Document.fromFile(id, file.path(), body, meta), number == 0 ? "" : where);
    }

    private static String scalar(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            return p.getAsString();
        }
        return e.toString();
    }
}
