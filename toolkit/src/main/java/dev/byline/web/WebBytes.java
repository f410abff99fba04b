package dev.byline.web;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a saved page's bytes, gunzipping a {@code .gz} file, up to {@link #MAX_PAGE_BYTES}: a page larger than
 * that is refused with a message, since no news article is, and parsing one would take the load's time and memory.
 */
final class WebBytes {
    /** The largest page read: 16 MB, many times the largest article page seen. */
    static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

    private WebBytes() {
    }

    /** A page could not be read; the message is one line for the user. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    static byte[] read(Path file) throws Unreadable {
        return read(() -> Files.newInputStream(file), isGzip(file.getFileName().toString()));
    }

    /** A source of a file's bytes, from the start. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    static byte[] read(Opener opener, boolean gz) throws Unreadable {
        try (InputStream raw = opener.open();
                InputStream in = gz ? new GZIPInputStream(raw, 65536) : raw) {
            return limited(in);
        } catch (EOFException e) {
            throw new Unreadable("truncated gzip file (it ends before its last block)");
        } catch (ZipException e) {
            throw new Unreadable("not a gzip file, or a damaged one (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new Unreadable("cannot read: " + e.getMessage());
        }
    }

    /**
     * The bytes of the file {@code name} (gunzipped when it ends in {@code .gz}), or null once {@code out} has been
     * told in one line why they cannot be read.
     */
    static byte[] readOrTell(Opener opener, String name, WebRead.Sink out) {
        try {
            return read(opener, isGzip(name));
        } catch (Unreadable e) {
            out.problem(new WebRead.Problem("", e.getMessage()));
            return null;
        }
    }

    /** At most {@link #MAX_PAGE_BYTES} from {@code in}; more is refused. */
    static byte[] limited(InputStream in) throws IOException, Unreadable {
        byte[] bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
        if (bytes.length > MAX_PAGE_BYTES) {
            throw new Unreadable("page larger than " + MAX_PAGE_BYTES / (1024 * 1024)
                    + " MB, not read (no article page is that large; save the article alone)");
        }
        return bytes;
    }
}
