package dev.byline.corpus;

import java.nio.file.Path;

/**
 * A file (or a line of one) that could not be loaded, and why. Loading reports these rather than
 * stopping, unless {@link LoadOptions#strict()} is set.
 *
 * @param file    the file concerned
 * @param message one line saying what is wrong
 */
public record LoadProblem(Path file, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}
