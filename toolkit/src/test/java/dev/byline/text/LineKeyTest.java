package dev.byline.text;

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
            byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            LineSet set = new LineSet(new Lines.OfString(text));
            // a lone surrogate (the alphabet's pairs drawn one char at a time) has no UTF-8 form
            boolean encodable = text.equals(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
            LineSet bytes = new LineSet(Utf8Lines.of(utf8, 0, utf8.length, null));
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int k = 0; k < lines.size(); k++) {
                String line = text.substring(lines.get(k)[0], lines.get(k)[1]);
                boolean fresh = keys.add(LayoutDetector.key(line));
                assertEquals(fresh, set.add(k), "line [" + line + "] of [" + text + "]");
                boolean freshInBytes = bytes.add(k);
                assertEquals(fresh, encodable ? freshInBytes : fresh, "UTF-8 line [" + line + "] of [" + text + "]");
            }
        }
    }
    /** The two characters String.toLowerCase treats by context: a line repeating another through them is still a repeat. */
    @Test
    void lineSetSeesRepeatsThroughFinalSigmaAndDottedCapitalI() {
        for (String[] pair : new String[][] {{"ΑΣ end", "ας end"}, {"İstanbul talks", "i\u0307stanbul talks"},
                {"ΟΔΟΣ  and more", "οδος and more"}}) {
            String text = pair[0] + "\n" + pair[1];
            LineSet set = new LineSet(new Lines.OfString(text));
            assertEquals(true, set.add(0));
            assertEquals(false, set.add(1), pair[0] + " / " + pair[1]);
            byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            LineSet bytes = new LineSet(Utf8Lines.of(utf8, 0, utf8.length, null));
            assertEquals(true, bytes.add(0));
            assertEquals(false, bytes.add(1), "UTF-8 " + pair[0] + " / " + pair[1]);
        }
    }
}
