package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line pass over UTF-8 skips eight bytes at a time when none of them can end a line, be a NUL or belong to a
 * multi-byte sequence: the test of eight bytes agrees with the byte-by-byte one for every byte value in every place,
 * and the lines found are the ones a byte-by-byte pass finds.
 */
class EightBytesTest {
    @Test
    void eightBytesArePlainExactlyWhenEachIsAsciiFromVerticalTabUp() {
        Random random = new Random(24);
        for (int round = 0; round < 2_000; round++) {
            byte[] b = new byte[8];
            for (int k = 0; k < 8; k++) {
                b[k] = (byte) (0x0B + random.nextInt(0x80 - 0x0B));   // plain
            }
            assertEquals(true, Utf8Lines.plainAscii(word(b)));
            for (int place = 0; place < 8; place++) {
                for (int v = 0; v < 256; v++) {
                    byte[] c = b.clone();
                    c[place] = (byte) v;
                    boolean plain = v >= 0x0B && v < 0x80;
                    assertEquals(plain, Utf8Lines.plainAscii(word(c)), "byte " + v + " at " + place);
                }
            }
        }
    }

    @Test
    void linesAreTheSameWhereverTheLineEndsAndSequencesFall() {
        String[] pieces = {"Talks resumed", "\n", "\n\n", " — ", "“quoted”", "naïve", "x", "😀", "  \t", "abcdefgh", "\u000b"};
        Random random = new Random(7);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            Utf8Lines lines = Utf8Lines.of(bytes, 0, bytes.length, null);
            String[] expected = text.toString().split("\n", -1);
            assertEquals(expected.length, lines.count, text.toString());
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k].strip(), lines.text(k), text.toString());
            }
        }
    }

    private static long word(byte[] b) {
        long w = 0;
        for (int k = 7; k >= 0; k--) {
            w = w << 8 | (b[k] & 0xFF);
        }
        return w;
    }
}
