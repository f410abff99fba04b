package dev.byline.corpus;

import dev.byline.text.Parts;
import dev.byline.text.Utf8Paragraphs;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One thread's buffers for {@link DocumentStream#forEachBody}: a plain-text file read into a reused byte buffer and
 * its body paragraphs found on the bytes, sparing the decoding of every file into a String. Any file this path cannot
 * read as strict UTF-8 plain text is left to the document path, which reads or reports it.
 */
final class PlainTextBodies {
    private static final int SNIFF = 8192;
    private static final int READ = 8192;
    private static final int MAX_BUFFER = Integer.MAX_VALUE - 8;
    private byte[] buffer = new byte[1 << 16];
    private final Utf8Paragraphs paragraphs = new Utf8Paragraphs();
    private final Parts parts;

    PlainTextBodies(Parts parts) {
        this.parts = parts;
    }

    /** The bytes of the file read last (valid until the next read). */
    byte[] bytes() {
        return buffer;
    }

    /**
     * Reads a plain-text file into {@link #bytes()} and finds its body paragraphs; null if it must be read as a
     * document instead (another format, not strictly UTF-8, or bad input, which that path reports).
     */
    Utf8Paragraphs read(Path file) {
        String ext = CorpusLoader.extension(file);
        if (!ext.equals("txt") && !ext.equals("text")) {
            return null;
        }
        // read to its end in steps of at most READ bytes (the JDK reads those through a buffer on the stack, larger
        // ones through one it allocates), the buffer doubled as needed: no fstat for the file's size, and none of
        // a FileChannel's set-up per file (a direct buffer copied from, interruptible blocking)
        int length = 0;
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            byte[] into = buffer;
            while (true) {
                if (length == into.length) {
                    if (into.length >= MAX_BUFFER) {
                        return null;
                    }
                    buffer = into = Arrays.copyOf(into, (int) Math.min(MAX_BUFFER, into.length * 2L));
                }
                int n = in.read(into, length, Math.min(READ, into.length - length));
                if (n < 0) {
                    break;
                }
                length += n;
            }
        } catch (IOException | RuntimeException e) {
            return null;   // the document path reports it
        }
        byte[] b = buffer;
        int from = length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        if (length == 0 || length >= 2 && ((b[0] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFE)) {
            return null;   // empty, or UTF-16: TextFiles says so
        }
        // not UTF-8, a blank outside ASCII at a line's end, nothing to read, or a NUL among the first SNIFF bytes
        // (binary: TextFiles says so): decode it
        return paragraphs.read(b, from, length, parts, SNIFF) ? paragraphs : null;
    }
}
