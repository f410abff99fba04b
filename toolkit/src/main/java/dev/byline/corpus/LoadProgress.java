package dev.byline.corpus;

import java.nio.file.Path;

/**
 * Hears how far {@link Corpus#load(LoadOptions, LoadProgress, Path...)} has got: after each file is read.
 * The notebook kernel uses it to draw a progress bar; a command line could print a line.
 *
 * <pre>{@code
 * Corpus.load(LoadOptions.defaults(), (done, total, file) -> System.err.printf("%d/%d%n", done, total), Path.of("archive"));
 * }</pre>
 */
@FunctionalInterface
public interface LoadProgress {
    /** Hears nothing. */
    LoadProgress NONE = (done, total, file) -> { };

    /**
     * Called after each file.
     *
     * @param done  files read so far (1 after the first)
     * @param total files to read in all
     * @param file  the file just read
     */
    void update(int done, int total, Path file);
}
