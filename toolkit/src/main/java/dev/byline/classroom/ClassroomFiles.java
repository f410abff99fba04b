package dev.byline.classroom;

import dev.byline.BylineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the files a teacher gives (questions, keys), with one-line errors that name them. */
final class ClassroomFiles {
    private ClassroomFiles() {
    }

    /** The file's text (UTF-8), or a {@link BylineException} naming it ({@code missing} when it is not there). */
    static String readText(Path file, String missing) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BylineException(file, missing);
        } catch (IOException e) {
            throw new BylineException(file, "cannot read: " + e.getMessage());
        }
    }
}
