package dev.byline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineKeyTest {
    /** The hand-written key must be exactly the regex version it replaced (one pattern compiled per line). */
    @Test
    void lineKeyEqualsStripCollapseWhitespaceLowerCase() {
        String alphabet = "aZ \t\n\u000B\f\r\u001C\u00A0\u2003İΣς.,’x";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), LayoutDetector.key(s), "for [" + s + "]");
        }
    }
}
