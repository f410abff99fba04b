package dev.byline.spark;

import dev.byline.BylineException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Strict UTF-8 decoding of a file's bytes, with the toolkit's rules: a byte-order mark is dropped,
 * UTF-16, binary and non-UTF-8 bytes are reported (naming the file), never guessed at.
 * (The toolkit's reader works on local paths; Spark hands us bytes from any Hadoop file system.)
 */
final class Utf8 {
    private static final int SNIFF = 8192;

    private Utf8() {
    }

    /** The text of {@code bytes}, read from {@code file}. @throws BylineException naming the file */
    static String decode(String file, byte[] bytes) {
        Path where = Path.of(file);
        if (bytes.length == 0) {
            throw new BylineException(where, "empty file");
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new BylineException(where, "is UTF-16, not UTF-8; convert it (iconv -f UTF-16 -t UTF-8)");
        }
        int sniff = Math.min(bytes.length, offset + SNIFF);
        for (int i = offset; i < sniff; i++) {
            if (bytes[i] == 0) {
                throw new BylineException(where, "binary file (NUL byte at offset " + i + "), not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BylineException(where, "not valid UTF-8 (bad byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                    + " at offset " + in.position() + "); convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.isBlank()) {
            throw new BylineException(where, "empty file (only whitespace)");
        }
        return text;
    }
}
