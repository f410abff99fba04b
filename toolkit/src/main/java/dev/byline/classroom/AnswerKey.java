package dev.byline.classroom;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.byline.BylineException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Self-check answers for classroom notebooks: a student's answer is compared with the key by its
 * SHA-256 hash, so a notebook can say "right" or "not yet" without ever printing the answer.
 *
 * <p>The key is a JSON file: {@code {"q1": {"sha256": "…", "hint": "…", "why": "…"}}}. A teacher makes
 * the hash of an answer with {@link #hash(Object)}.
 *
 * <pre>{@code
 * AnswerKey key = AnswerKey.load(Path.of("answers.json"));
 * key.check("q1", "004_3bf5beac004fddcf");   // ✓ or ✗ with the hint
 * AnswerKey.hash(List.of("mentioned", "struggle"));   // for a teacher writing a key
 * }</pre>
 *
 * <p>Answers are normalised before hashing: case-folded, spaces collapsed, curly quotes made
 * straight, numbers written plainly (3.0 = 3), and collections sorted, so that {@code "  Rosin "} and
 * {@code "rosin"} are the same answer and so are {@code List.of("b", "a")} and {@code List.of("a", "b")}.
 */
public final class AnswerKey {
    /**
     * One question's entry.
     *
     * @param sha256 hash of the normalised right answer
     * @param hint   shown after a wrong answer
     * @param why    shown after a right answer: what it means
     */
    public record Entry(String sha256, String hint, String why) {
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private AnswerKey(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries)); // file order
    }

    /**
     * Reads a key.
     *
     * @throws BylineException naming the file if it is missing or malformed
     */
    public static AnswerKey load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BylineException(file, "no such answer key");
        } catch (IOException e) {
            throw new BylineException(file, "cannot read: " + e.getMessage());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        try {
            JsonObject root = JsonParser.parseString(text).getAsJsonObject();
            for (Map.Entry<String, JsonElement> e : root.entrySet()) {
                JsonObject o = e.getValue().getAsJsonObject();
                if (!o.has("sha256")) {
                    throw new BylineException(file, "question '" + e.getKey() + "' has no sha256");
                }
                entries.put(e.getKey(), new Entry(o.get("sha256").getAsString(), text(o, "hint"), text(o, "why")));
            }
        } catch (JsonParseException | IllegalStateException e) {
            throw new BylineException(file, "malformed answer key: " + e.getMessage());
        }
        return new AnswerKey(file, entries);
    }

    /** The question ids, in file order. */
    public List<String> questions() {
        return List.copyOf(entries.keySet());
    }

    /**
     * Checks an answer.
     *
     * @throws BylineException if the key has no such question
     */
    public CheckResult check(String question, Object answer) {
        Entry e = entries.get(question);
        if (e == null) {
            throw new BylineException(file, "no question '" + question + "' (questions: " + String.join(", ", entries.keySet()) + ")");
        }
        boolean right = hash(answer).equals(e.sha256());
        return new CheckResult(question, right, right ? e.why() : e.hint());
    }

    /** The hash a key stores for {@code answer}. */
    public static String hash(Object answer) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(normalise(answer).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The normal form answers are compared in. */
    static String normalise(Object answer) {
        if (answer == null) {
            return "";
        }
        if (answer instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            for (Object x : c) {
                parts.add(normalise(x));
            }
            parts.sort(null);
            return String.join(",", parts);
        }
        if (answer instanceof Number n) {
            try {
                return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return n.toString();
            }
        }
        String s = answer.toString().replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"')
                .replace('\u201D', '"');
        s = s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (s.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        return s;
    }

    private static String text(JsonObject o, String field) {
        return o.has(field) ? o.get(field).getAsString() : "";
    }
}
