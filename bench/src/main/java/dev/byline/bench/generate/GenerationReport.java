package dev.byline.bench.generate;

import java.nio.file.Path;

/** What a generation run wrote, and how long it took. */
public record GenerationReport(Path directory, int docs, long bytes, int quotes, int relations, double seconds) {
    /** One line for the terminal. */
    public String summary() {
        return String.format("%,d articles, %.1f MB, %,d quotations, %,d relations in %s (%.1f s)", docs,
                bytes / 1e6, quotes, relations, directory, seconds);
    }
}
