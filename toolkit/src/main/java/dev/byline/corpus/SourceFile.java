package dev.byline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to read, wherever it is: the path named in its documents and problems, the id its documents
 * take (the path below the folder loaded, without extension), and how to open its bytes. A local file
 * opens from disk; a file on another file system (Spark's Hadoop) brings its own opener.
 *
 * <pre>{@code
 * SourceFile local = SourceFile.local(Path.of("corpus/000_ap.txt"), "000_ap");
 * FileReading read = DocumentReaders.read(local, LoadOptions.defaults());
 * }</pre>
 *
 * @param path   the file as named to the user
 * @param id     the id of its document (or the prefix of its records' ids: {@code ID#LINE})
 * @param opener opens the file's bytes
 */
public record SourceFile(Path path, String id, Opener opener) {
    /** Opens a file's bytes. */
    @FunctionalInterface
    public interface Opener {
        /** A new stream of the file's bytes, from the start; the caller closes it. */
        InputStream open() throws IOException;
    }

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(opener, "opener");
    }

    /** A file on the local file system. */
    public static SourceFile local(Path path, String id) {
        return new SourceFile(path, id, () -> Files.newInputStream(path));
    }

    /** The file's name, the last part of its path. */
    public String name() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
