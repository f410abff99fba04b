package dev.byline.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file as UTF-8, strictly: an empty file, a binary file or bytes that are not UTF-8 are
 * reported, never guessed at. A leading byte-order mark is tolerated and dropped.
 */
final class TextFiles {
    private static final int SNIFF = 8192;

    private TextFiles() {
    }

    static String read(Path file) throws LoadFailure {
        return read(SourceFile.local(file, ""));
    }

    /** The text of {@code file}. @throws LoadFailure saying why it cannot be read as UTF-8 text */
    static String read(SourceFile file) throws LoadFailure {
        byte[] bytes;
        try (java.io.InputStream in = file.opener().open()) {
            bytes = in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new LoadFailure("no such file");
        } catch (AccessDeniedException e) {
            throw new LoadFailure("permission denied");
        } catch (IOException e) {
            throw new LoadFailure("cannot read: " + LoadMessages.io(e));
        }
        if (bytes.length == 0) {
            throw new LoadFailure("empty file");
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new LoadFailure("is UTF-16, not UTF-8; convert it (iconv -f UTF-16 -t UTF-8)");
        }
        int sniff = Math.min(bytes.length, offset + SNIFF);
        for (int i = offset; i < sniff; i++) {
            if (bytes[i] == 0) {
                throw new LoadFailure("binary file (NUL byte at offset " + i + "), not text");
            }
        }
        // The JDK's own UTF-8 decoding into a String is much faster than a CharsetDecoder, but it replaces bad
        // bytes with U+FFFD instead of reporting them. So: decode fast, and only if a U+FFFD came out (a bad
        // byte, or a real U+FFFD in the file) decode again strictly to tell which.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            strictlyDecodable(bytes, offset);
        }
        if (text.isBlank()) {
            throw new LoadFailure("empty file (only whitespace)");
        }
        return text;
    }

    private static void strictlyDecodable(byte[] bytes, int offset) throws LoadFailure {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new LoadFailure("not valid UTF-8 (bad byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                    + " at offset " + in.position() + "); convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8");
        }
    }
}
