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
    /** Lines are repeats exactly when their keys are equal, including the two characters that lower-case by context. */
    @Test
    void lineSetFindsRepeatsExactlyWhenKeysAreEqual() {
        String alphabet = "aAzZ \t\u000B\f\u001C\u00A0İiΣσςΑα.’\uD801\uDC00\uD801\uDC28";
        Random random = new Random(11);
        for (int doc = 0; doc < 3_000; doc++) {
            StringBuilder raw = new StringBuilder();
            java.util.List<int[]> lines = new java.util.ArrayList<>();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                // lines longer than the hashed prefix, equal or not beyond it
                StringBuilder line = new StringBuilder(random.nextBoolean() ? "x"
                        : random.nextBoolean() ? "Russian officials said on Tuesday that the talks" : "RUSSIAN officials  said on Tuesday that the talks");
                for (int k = random.nextInt(4); k > 0; k--) {
                    line.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                line.append('y');
                lines.add(new int[] {raw.length(), raw.length() + line.length()});
                raw.append(line).append('\n');
            }
            String text = raw.toString();
            LineSet set = new LineSet(text, lines.size());
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int[] l : lines) {
                String line = text.substring(l[0], l[1]);
                assertEquals(keys.add(LayoutDetector.key(line)), set.add(l[0], l[1]), "line [" + line + "] of [" + text + "]");
            }
        }
    }
    /** The two characters String.toLowerCase treats by context: a line repeating another through them is still a repeat. */
    @Test
    void lineSetSeesRepeatsThroughFinalSigmaAndDottedCapitalI() {
        for (String[] pair : new String[][] {{"ΑΣ end", "ας end"}, {"İstanbul talks", "i\u0307stanbul talks"},
                {"ΟΔΟΣ  and more", "οδος and more"}}) {
            String text = pair[0] + "\n" + pair[1];
            LineSet set = new LineSet(text, 2);
            assertEquals(true, set.add(0, pair[0].length()));
            assertEquals(false, set.add(pair[0].length() + 1, text.length()), pair[0] + " / " + pair[1]);
        }
    }
}
