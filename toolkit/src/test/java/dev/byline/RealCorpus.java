package dev.byline;

import dev.byline.corpus.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's own corpus/ folder, for tests that use the real articles. */
public final class RealCorpus {
    private RealCorpus() {
    }

    /** The corpus directory, whether tests run from the module or the repository root. */
    public static Path dir() {
        for (Path candidate : new Path[] {Path.of("../corpus"), Path.of("corpus")}) {
            if (Files.isRegularFile(candidate.resolve("corpus.csv"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("corpus/ not found from " + Path.of("").toAbsolutePath());
    }

    /** The loaded corpus. */
    public static Corpus load() {
        return Corpus.load(dir());
    }
}
