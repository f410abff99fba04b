package dev.byline.bench.extraction;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The body text an extractor gives for a page: Byline's own, or a peer's read from the JSON file it wrote
 * ({@code {"page name": "text"}}), so both are scored by the same code on the same split.
 */
@FunctionalInterface
interface PageText {
    /** The body text of the page {@code name} (its bytes {@code source}, read from {@code url}); empty for none. */
    String text(String name, byte[] source, String url);

    /** The texts a peer wrote to {@code json}; a page it left out has no text. */
    static PageText given(Path json) {
        Map<String, String> texts = new HashMap<>();
        try {
            for (Map.Entry<String, JsonElement> e : JsonParser.parseString(Files.readString(json)).getAsJsonObject().entrySet()) {
                texts.put(e.getKey(), e.getValue().isJsonNull() ? "" : e.getValue().getAsString());
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return (name, source, url) -> texts.getOrDefault(name, "");
    }
}
