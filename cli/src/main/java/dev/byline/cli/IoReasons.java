package dev.byline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why reading or writing a file failed, in words: Java's file exceptions often carry only the path as their message
 * ({@code NoSuchFileException: /proc/x.svg}), which said nothing once the path was already in the error line.
 *
 * <pre>{@code
 * throw new BylineException(chart, "cannot write the chart: " + IoReasons.writing(chart, e));   // ...: permission denied
 * }</pre>
 */
final class IoReasons {
    private IoReasons() {
    }

    /** Why reading {@code file} threw {@code e}, in lower case words. */
    static String reading(Path file, Exception e) {
        return of(file, e, false);
    }

    /** Why writing {@code file} threw {@code e}, in lower case words. */
    static String writing(Path file, Exception e) {
        return of(file, e, true);
    }

    private static String of(Path file, Exception e, boolean writing) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof NoSuchFileException) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                return "no such folder: " + parent;
            }
            // written: the folder is there but takes no new file (/proc)
            return writing && parent != null ? "cannot create a file in " + parent : "no such file";
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return lowerFirst(f.getReason());   // Read-only file system, Is a directory, No space left on device
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : lowerFirst(message);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
