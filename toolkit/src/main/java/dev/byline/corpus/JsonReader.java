package dev.byline.corpus;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Set;

/**
 * Reads {@code .json} files: one JSON object (a document with the file's id) or an array of objects (ids
 * {@code FILE_ID#N}, unless the id field gives one), read as {@link JsonLinesReader} reads each line.
 */
final class JsonReader extends Utf8TextReader {
    @Override
    public Set<String> extensions() {
        return Set.of("json");
    }

    @Override
    FileReading read(SourceFile file, String text, LoadOptions options) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            LoadMessages.JsonError error = LoadMessages.json(e);
            String place = error.line() > 0 ? "line " + error.line() + ", column " + error.column() + ": " : "";
            String hint = error.what().equals(LoadMessages.JSON_TRAILING)
                    ? " (a file of one JSON record a line is read as JSON Lines when named .jsonl)" : "";
            return FileReading.failed(file.path(), "malformed JSON: " + place + error.what() + hint);
        }
        FileReading.Builder out = new FileReading.Builder();
        if (root.isJsonArray()) {
            JsonArray array = root.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                JsonRecords.read(file, options, "record " + (i + 1), i + 1, array.get(i), out);
            }
        } else {
            JsonRecords.read(file, options, "record 1", 0, root, out);
        }
        return out.build();
    }
}
