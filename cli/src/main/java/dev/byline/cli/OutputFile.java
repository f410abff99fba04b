package dev.byline.cli;

import dev.byline.BylineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The checks a command makes before it writes a file the user named, so nothing they own is lost. */
final class OutputFile {
    private OutputFile() {
    }

    /**
     * Refuses {@code out} when it is one of {@code inputs} (by normalised absolute path), a folder, an existing
     * file without {@code overwrite}, or in a folder that does not exist.
     *
     * @param what the inputs, as the refusal names them ("an input article")
     */
    static void check(Path out, boolean overwrite, List<Path> inputs, String what) {
        Path target = out.toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (target.equals(in.toAbsolutePath().normalize())) {
                throw new BylineException(out, "refusing to overwrite " + what);
            }
        }
        if (Files.isDirectory(out)) {
            throw new BylineException(out, "is a folder; name the file to write");
        }
        if (Files.exists(out) && !overwrite) {
            throw new BylineException(out, "already exists; add --overwrite to replace it");
        }
        Path parent = target.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BylineException(out, "no such folder: " + parent);
        }
    }
}
