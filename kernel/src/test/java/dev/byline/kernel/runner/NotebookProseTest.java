package dev.byline.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byline.classroom.Finding;
import dev.byline.kernel.KernelLauncher;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The notebooks' prose names only calls that exist: every {@code Type.method(} in a Markdown cell's code span,
 * and every tool an exercise question names, resolves, through the imports a notebook session starts with,
 * to a public method of that name.
 */
class NotebookProseTest {
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern CALL = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)\\.([a-z][A-Za-z0-9]*)\\(");

    @Test
    void everyCallTheNotebooksProseNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> s = Files.list(ShippedNotebooksTest.notebooksDir())) {
            for (Path nb : s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
                JsonObject root = JsonParser.parseString(Files.readString(nb)).getAsJsonObject();
                for (JsonElement c : root.getAsJsonArray("cells")) {
                    JsonObject cell = c.getAsJsonObject();
                    if (!cell.get("cell_type").getAsString().equals("markdown")) {
                        continue;
                    }
                    Matcher span = CODE_SPAN.matcher(source(cell));
                    while (span.find()) {
                        checked += check(nb.getFileName() + ": `" + span.group(1) + "`", span.group(1), missing);
                    }
                }
            }
        }
        assertTrue(checked >= 10, "the check found the calls the notebooks name: " + checked);
        assertEquals(List.of(), missing);
    }

    @Test
    void everyToolAnExerciseQuestionNamesExists() {
        List<String> missing = new ArrayList<>();
        for (Finding f : Finding.values()) {
            assertTrue(check(f.label() + ": " + f.tools(), f.tools(), missing) > 0, f.tools());
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aCallToAMethodThatDoesNotExistIsCaught() {
        List<String> missing = new ArrayList<>();
        check("x", "SpinDetector.defaults().table(corpus) and Quotes.speakrs(corpus)", missing);
        assertEquals(List.of("x: Quotes.speakrs"), missing);
    }

    private static int check(String where, String code, List<String> missing) {
        Matcher m = CALL.matcher(code);
        int n = 0;
        while (m.find()) {
            n++;
            Optional<Class<?>> type = resolve(m.group(1));
            if (type.isEmpty() || Arrays.stream(type.get().getMethods()).map(Method::getName).noneMatch(m.group(2)::equals)) {
                missing.add(where + ": " + m.group(1) + "." + m.group(2));
            }
        }
        return n;
    }

    /** A simple class name as a notebook session sees it: through the start-up imports. */
    private static Optional<Class<?>> resolve(String simpleName) {
        for (String imp : KernelLauncher.STARTUP) {
            String name = imp.replaceFirst("^import (static )?", "").replaceFirst(";$", "");
            List<String> candidates = name.endsWith(".*")
                    ? List.of(name.substring(0, name.length() - 1) + simpleName)
                    : name.endsWith("." + simpleName) ? List.of(name) : List.of();
            for (String candidate : candidates) {
                try {
                    Class<?> c = Class.forName(candidate, false, NotebookProseTest.class.getClassLoader());
                    if (Modifier.isPublic(c.getModifiers())) {
                        return Optional.of(c);
                    }
                } catch (ClassNotFoundException e) {
                    // not in this package
                }
            }
        }
        return Optional.empty();
    }

    private static String source(JsonObject cell) {
        JsonElement s = cell.get("source");
        if (s.isJsonArray()) {
            StringBuilder b = new StringBuilder();
            s.getAsJsonArray().forEach(x -> b.append(x.getAsString()));
            return b.toString();
        }
        return s.getAsString();
    }
}
