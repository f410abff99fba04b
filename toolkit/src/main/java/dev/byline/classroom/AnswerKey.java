package dev.byline.classroom;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hashed answer key: for each question the hashes of its right answers ({@link AnswerForm#hash}),
 * how they are matched, the hints and the confirmation, and the corpus it was built for. It holds no
 * answer in the clear, so it can ship beside a student notebook or inside a worksheet page.
 * {@link KeyBuilder} makes one from a {@link QuestionSet} and a corpus; {@link SelfCheck} checks with it.
 *
 * <pre>{@code
 * AnswerKey key = AnswerKey.load(Path.of("answers.json"));
 * key.isFor(corpus);                      // built for these very documents?
 * key.accepts("pair", List.of("b", "a"));  // true or false, never the answer
 * }</pre>
 */
public final class AnswerKey {
    /**
     * One question's entry.
     *
     * @param id       the question id
     * @param ask      the question
     * @param form     how to write the answer
     * @param kind     how the hashes are matched; {@code null} when the tools gave no answer on the corpus
     * @param need     for {@link Answer.Kind#SOME}, how many right items are needed
     * @param accept   the hashes of the right forms (or items), sorted
     * @param hints    the first and the stronger hint
     * @param right    the confirmation
     * @param missing  why the tools gave no answer, or ""
     */
    public record Entry(String id, String ask, String form, Answer.Kind kind, int need, List<String> accept,
            List<String> hints, String right, String missing) {
        public Entry {
            accept = accept.stream().sorted().toList();
            hints = List.copyOf(hints);
        }

        /** Whether the tools answered this question on the key's corpus. */
        public boolean answered() {
            return kind != null;
        }

        /** How many of {@code answer}'s items are right ({@link Answer.Kind#SOME}); 1 or 0 for {@link Answer.Kind#ONE}. */
        public int rightItems(Object answer) {
            if (!answered()) {
                return 0;
            }
            List<String> items = AnswerForm.items(answer);
            if (kind == Answer.Kind.ONE) {
                return accept.contains(AnswerForm.hashItems(id, items)) ? 1 : 0;
            }
            return (int) items.stream().filter(i -> accept.contains(AnswerForm.hashItems(id, List.of(i)))).count();
        }

        /** Whether {@code answer} is right. */
        public boolean accepts(Object answer) {
            return answered() && rightItems(answer) >= need;
        }

        /** The hint after {@code wrongTries} wrong answers, or "" before the first. */
        public String hint(int wrongTries) {
            return wrongTries <= 0 || hints.isEmpty() ? "" : hints.get(Math.min(wrongTries, hints.size()) - 1);
        }
    }

    private final String title;
    private final String corpus;
    private final int documents;
    private final Map<String, Entry> entries;

    AnswerKey(String title, String corpus, int documents, List<Entry> entries) {
        this.title = title;
        this.corpus = corpus;
        this.documents = documents;
        Map<String, Entry> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.id(), e));
        this.entries = java.util.Collections.unmodifiableMap(m);
    }

    /** The exercise's title. */
    public String title() {
        return title;
    }

    /** The entries, in question order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * The entry for a question.
     *
     * @throws BylineException if the key has no such question
     */
    public Entry entry(String question) {
        Entry e = entries.get(question);
        if (e == null) {
            throw new BylineException("no question '" + question + "' in the answer key (questions: "
                    + String.join(", ", entries.keySet()) + ")");
        }
        return e;
    }

    /** Whether {@code answer} is right for {@code question}. */
    public boolean accepts(String question, Object answer) {
        return entry(question).accepts(answer);
    }

    /** Whether the key was built for exactly these documents (ids and texts). */
    public boolean isFor(Corpus c) {
        return fingerprint(c).equals(corpus);
    }

    /** How many documents the key's corpus has. */
    public int documents() {
        return documents;
    }

    /** A hash of the corpus's ids and texts, in id order: a key records the corpus it was built for. */
    public static String fingerprint(Corpus c) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            c.stream().sorted((x, y) -> x.id().compareTo(y.id())).forEach(doc -> {
                d.update((doc.id() + "\n" + doc.raw().length() + "\n").getBytes(StandardCharsets.UTF_8));
                d.update(doc.raw().getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The key as JSON, the form {@link #load} reads: same key, same text. */
    public String toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("title", title);
        JsonObject c = new JsonObject();
        c.addProperty("documents", documents);
        c.addProperty("fingerprint", corpus);
        root.add("corpus", c);
        JsonObject qs = new JsonObject();
        for (Entry e : entries.values()) {
            JsonObject o = new JsonObject();
            o.addProperty("ask", e.ask());
            o.addProperty("form", e.form());
            if (e.answered()) {
                o.addProperty("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
                o.addProperty("need", e.need());
                JsonArray a = new JsonArray();
                e.accept().forEach(a::add);
                o.add("accept", a);
            } else {
                o.addProperty("missing", e.missing());
            }
            JsonArray h = new JsonArray();
            e.hints().forEach(h::add);
            o.add("hints", h);
            o.addProperty("right", e.right());
            qs.add(e.id(), o);
        }
        root.add("questions", qs);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    /**
     * Reads a key written by {@link #toJson}.
     *
     * @throws BylineException naming the file if it is missing or malformed
     */
    public static AnswerKey load(Path file) {
        String text = ClassroomFiles.readText(file, "no such answer key");
        try {
            return parse(text);
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
                 | ClassCastException | UnsupportedOperationException e) {
            throw new BylineException(file, "malformed answer key (make one with 'byline classroom key'): " + e.getMessage());
        }
    }

    static AnswerKey parse(String text) {
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        JsonObject c = root.getAsJsonObject("corpus");
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonElement> q : root.getAsJsonObject("questions").entrySet()) {
            JsonObject o = q.getValue().getAsJsonObject();
            Answer.Kind kind = o.has("kind") ? Answer.Kind.valueOf(o.get("kind").getAsString().toUpperCase(java.util.Locale.ROOT)) : null;
            entries.add(new Entry(q.getKey(), string(o, "ask"), string(o, "form"), kind,
                    o.has("need") ? o.get("need").getAsInt() : 1, strings(o, "accept"), strings(o, "hints"),
                    string(o, "right"), string(o, "missing")));
        }
        return new AnswerKey(string(root, "title"), c.get("fingerprint").getAsString(), c.get("documents").getAsInt(), entries);
    }

    private static String string(JsonObject o, String field) {
        return o.has(field) ? o.get(field).getAsString() : "";
    }

    private static List<String> strings(JsonObject o, String field) {
        List<String> out = new ArrayList<>();
        if (o.has(field)) {
            o.getAsJsonArray(field).forEach(x -> out.add(x.getAsString()));
        }
        return out;
    }
}
