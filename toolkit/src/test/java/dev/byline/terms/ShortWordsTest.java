package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortWordsTest {
    /** The byte-at-a-time answer: how many bytes from the first are ASCII letters or digits. */
    private static int byBytes(byte[] b) {
        int n = 0;
        while (n < 8 && (b[n] >= 'a' && b[n] <= 'z' || b[n] >= 'A' && b[n] <= 'Z' || b[n] >= '0' && b[n] <= '9')) {
            n++;
        }
        return n;
    }

    private static long little(byte[] b) {
        long x = 0;
        for (int k = 0; k < 8; k++) {
            x |= (b[k] & 0xFFL) << 8 * k;
        }
        return x;
    }

    /** Every byte value in every place after a run of letters and digits, and random mixes of bytes near the bounds. */
    @Test
    void letterOrDigitBytesCountsWhatALoopOverTheBytesCounts() {
        byte[] b = new byte[8];
        for (int place = 0; place < 8; place++) {
            for (int v = 0; v < 256; v++) {
                for (int k = 0; k < 8; k++) {
                    b[k] = (byte) "aZ09mQz5".charAt(k);
                }
                b[place] = (byte) v;
                assertEquals(byBytes(b), ShortWords.letterOrDigitBytes(little(b)), "byte " + v + " at " + place);
            }
        }
        // the bytes next to each bound ('0'-1, '9'+1, 'A'-1, 'Z'+1, 'a'-1, 'z'+1), their top-bit twins, and letters
        byte[] near = {'/', '0', '9', ':', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', 0x10, 0x19, 0x1F, 0x20, 0x7F, (byte) 0x80,
            (byte) 0xB0, (byte) 0xC1, (byte) 0xDA, (byte) 0xE1, (byte) 0xFA, (byte) 0xFF, 0, 'x', 'X', '5'};
        Random random = new Random(7);
        for (int r = 0; r < 200_000; r++) {
            for (int k = 0; k < 8; k++) {
                b[k] = random.nextInt(3) == 0 ? near[random.nextInt(near.length)] : (byte) "abcXYZ0189"
                        .charAt(random.nextInt(10));
            }
            assertEquals(byBytes(b), ShortWords.letterOrDigitBytes(little(b)), java.util.Arrays.toString(b));
        }
    }
}
