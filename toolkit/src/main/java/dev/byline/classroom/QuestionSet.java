package dev.byline.classroom;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.byline.BylineException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An exercise: a title, an introduction and its questions, read from a JSON file a teacher can edit.
 * The questions never name a document: each names the {@link Finding} that answers it, so the same
 * file serves any corpus and {@link KeyBuilder} makes its key.
 *
 * <pre>{@code
 * QuestionSet qs = QuestionSet.load(Path.of("notebooks/questions.json"));
 * qs.questions().get(0).ask();   // "Which two articles tell the same story?"
 * }</pre>
 *
 * @param title     the exercise's title
 * @param intro     a paragraph for students
 * @param questions in the order students meet them
 */
public record QuestionSet(String title, String intro, List<Question> questions) {
    public QuestionSet {
        questions = List.copyOf(questions);
    }

    /** The question with this id. */
    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * Reads a questions file.
     *
     * @throws BylineException naming the file and the question when it is missing, malformed, or names
     *                         a finding there is none of
     */
    public static QuestionSet load(Path file) {
        String text = ClassroomFiles.readText(file, "no such questions file");
        try {
            JsonObject root = JsonParser.parseString(text).getAsJsonObject();
            JsonArray list = root.has("questions") ? root.getAsJsonArray("questions") : null;
            if (list == null || list.isEmpty()) {
                throw new BylineException(file, "no \"questions\" list");
            }
            List<Question> questions = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (JsonElement e : list) {
                Question q = question(file, e.getAsJsonObject());
                if (!ids.add(q.id())) {
                    throw new BylineException(file, "question '" + q.id() + "' appears twice");
                }
                questions.add(q);
            }
            return new QuestionSet(string(root, "title", "Exercise"), string(root, "intro", ""), questions);
        } catch (JsonParseException | IllegalStateException | ClassCastException e) {
            throw new BylineException(file, "malformed questions file: " + e.getMessage());
        }
    }

    private static Question question(Path file, JsonObject o) {
        String id = string(o, "id", "");
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw new BylineException(file, "a question needs an \"id\" of letters, digits, - or _ (found '" + id + "')");
        }
        String finding = string(o, "finding", "");
        Finding f = Finding.byLabel(finding).orElseThrow(() -> new BylineException(file, "question '" + id
                + "': no finding '" + finding + "' (findings: " + Finding.labels() + ")"));
        List<String> hints = new ArrayList<>();
        if (o.has("hints")) {
            o.getAsJsonArray("hints").forEach(h -> hints.add(h.getAsString()));
        }
        int need = o.has("need") ? o.get("need").getAsInt() : 1;
        if (need < 1) {
            throw new BylineException(file, "question '" + id + "': need must be 1 or more");
        }
        return new Question(id, string(o, "ask", ""), f, string(o, "form", ""), need, hints, string(o, "right", ""));
    }

    private static String string(JsonObject o, String field, String otherwise) {
        return o.has(field) ? o.get(field).getAsString() : otherwise;
    }
}
