package dev.byline.bench.accuracy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.byline.BylineException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer key of a generated corpus, read from its {@code truth.jsonl}.
 *
 * <pre>{@code
 * Truth truth = Truth.read(Path.of("/work/bench-data/1k/truth.jsonl"));
 * truth.quotes().size();
 * }</pre>
 */
public record Truth(JsonObject corpus, Map<String, TruthDoc> docs, List<TruthRelation> relations,
                    List<TruthQuote> quotes, List<int[]> boilerplateSpans, List<String> boilerplateDocs) {

    /**
     * Reads {@code file}.
     *
     * @throws BylineException naming the file and line when it is not a truth file
     */
    public static Truth read(Path file) {
        JsonObject corpus = null;
        Map<String, TruthDoc> docs = new LinkedHashMap<>();
        List<TruthRelation> relations = new ArrayList<>();
        List<TruthQuote> quotes = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<String> spanDocs = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                String type = string(o, "type");
                switch (type == null ? "" : type) {
                    case "corpus" -> corpus = o;
                    case "doc" -> docs.put(string(o, "doc"), new TruthDoc(string(o, "doc"), o.get("topic").getAsInt(),
                            string(o, "family"), string(o, "role"), string(o, "source"), string(o, "outlet")));
                    case "relation" -> relations.add(new TruthRelation(string(o, "a"), string(o, "b"),
                            string(o, "relation"), o.getAsJsonObject("changes")));
                    case "quote" -> quotes.add(new TruthQuote(string(o, "doc"), o.get("quote").getAsInt(),
                            o.get("start").getAsInt(), o.get("end").getAsInt(), o.get("outer_start").getAsInt(),
                            o.get("outer_end").getAsInt(), string(o, "text"), string(o, "speaker"),
                            string(o, "speaker_mention"), o.get("speaker_start").getAsInt(),
                            o.get("speaker_end").getAsInt(), string(o, "kind"), string(o, "marks"),
                            string(o, "pattern"), o.get("group").getAsInt(), o.get("paragraphs").getAsInt()));
                    case "boilerplate" -> {
                        spans.add(new int[] {o.get("start").getAsInt(), o.get("end").getAsInt()});
                        spanDocs.add(string(o, "doc"));
                    }
                    default -> throw new BylineException(file, "line " + lineNo + ": unknown type '" + type + "'");
                }
            }
        } catch (IOException e) {
            throw new BylineException(file, "cannot read: " + e.getMessage());
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new BylineException(file, "line " + lineNo + ": not a truth.jsonl line (" + e.getMessage() + ")");
        }
        if (corpus == null) {
            throw new BylineException(file, "no corpus line: not a byline-bench truth.jsonl");
        }
        return new Truth(corpus, docs, relations, quotes, spans, spanDocs);
    }

    private static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    /** The family (original's id) of {@code doc}, or {@code doc} itself when unknown. */
    public String family(String doc) {
        TruthDoc d = docs.get(doc);
        return d == null ? doc : d.family();
    }
}
