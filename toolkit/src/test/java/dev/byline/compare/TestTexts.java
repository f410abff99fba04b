package dev.byline.compare;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The repository's corpus and the test texts beside these tests. */
final class TestTexts {
    private static Corpus corpus;

    private TestTexts() {
    }

    /** The corpus/ directory at the repository root, found by walking up from the working directory. */
    static Path corpusDir() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("corpus").resolve("corpus.csv"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("corpus/ not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("corpus");
    }

    static synchronized Corpus corpus() {
        if (corpus == null) {
            corpus = Corpus.load(corpusDir());
        }
        return corpus;
    }

    /** The corpus document whose id starts with {@code prefix} ("000"). */
    static Document doc(String prefix) {
        return corpus().list().stream().filter(d -> d.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    static String resource(String name) {
        try (InputStream in = TestTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blank-line separated paragraphs of a text. */
    static List<String> paragraphs(String raw) {
        List<String> out = new ArrayList<>();
        for (String p : raw.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
