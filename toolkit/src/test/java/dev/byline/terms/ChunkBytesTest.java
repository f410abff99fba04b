package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChunkBytesTest {
    /** ChunkBytes tries only its list of separators for whitespace outside ASCII: the list must be all there are. */
    @Test
    void theSeparatorsAreEveryCharacterOfTheirCategoriesOutsideAscii() {
        for (int cp = 128; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            boolean separator = type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            final int c = cp;
            assertEquals(separator, Arrays.stream(ChunkBytes.SEPARATORS).anyMatch(s -> s == c), "U+" + Integer.toHexString(cp));
            if (Character.isWhitespace(cp)) {
                assertTrue(separator, "whitespace outside the separators: U+" + Integer.toHexString(cp));
            }
        }
    }

    /** The byte classes are those a test of every character gives: a first byte is 2 when a whitespace character starts with it. */
    @Test
    void theByteClassesAreThoseOfEveryCharacter() {
        byte[] classes = new byte[256];
        for (int c = 0; c < 128; c++) {
            classes[c] = (byte) (Character.isWhitespace(c) ? 1 : 0);
        }
        for (int cp = 128; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isWhitespace(cp)) {
                byte[] utf8 = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                assertEquals(3, utf8.length, "U+" + Integer.toHexString(cp));
                classes[utf8[0] & 0xFF] = 2;
            }
        }
        assertEquals(Arrays.toString(classes), Arrays.toString(ChunkBytes.CLASS));
    }
}
