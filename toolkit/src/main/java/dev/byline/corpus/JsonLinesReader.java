package dev.byline.corpus;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Set;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}): one JSON object a line, the text in the text field, the
 * id in the id field or else {@code FILE_ID#LINE}; other scalar fields are metadata.
 */
final class JsonLinesReader extends Utf8TextReader {
    @Override
    public Set<String> extensions() {
        return Set.of("jsonl", "ndjson");
    }

    @Override
    FileReading read(SourceFile file, String text, LoadOptions options) {
        FileReading.Builder out = new FileReading.Builder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonElement element;
            try {
                element = JsonParser.parseString(line);
            } catch (JsonParseException e) {
                // Gson saw the line alone, stripped: its column, counted on the file's line
                out.problem(file.path(), "line " + (i + 1) + ": " + LoadWording.malformedJsonLine(e, lines[i]));
                continue;
            }
            JsonRecords.read(file, options, "line " + (i + 1), i + 1, element, out);
        }
        return out.build();
    }
}
