package dev.byline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A problem a user can act on: bad input, a missing file, a malformed record.
 *
 * <p>The message is one line and, when a file is involved, starts with the file name, so that the
 * command line can print it as it is:
 *
 * <pre>{@code
 * try {
 *     Corpus.load(Path.of("articles"));
 * } catch (BylineException e) {
 *     System.err.println("byline: " + e.getMessage());   // byline: articles/x.txt: not valid UTF-8 ...
 * }
 * }</pre>
 */
public class BylineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** A problem not tied to one file. */
    public BylineException(String message) {
        super(message);
        this.file = null;
    }

    /** A problem with {@code file}; the message is prefixed with the file name. */
    public BylineException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    /** A problem with {@code file}, keeping the low-level cause for debugging. */
    public BylineException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file the problem is about, if there is one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
