package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layout read from a file's UTF-8 bytes is the layout read from its decoded text, offset for offset. */
class Utf8LayoutTest {
    private static final String[] WORDS = {"the", "Talks", "Zelensky’s", "“peace”", "said.", "Kyiv,", "—", "café",
        "İstanbul", "ΣΑΣ", "σας", "😀", "10\u00A0000", "No.", "J.", "a\u2003b", "x\ty", "PUTIN", "Ünal", "K\u212Aey"};
    private static final String[] FURNITURE = {"Share: Facebook, X", "Published: undefined", "Read more: the talks",
        "ſhare this story", "© 2026 Outlet", "Advertisement", "(c) AP", "Follow us on Telegram", "Subscribe to updates",
        "Join our telegram channel now", "Like us on Facebook", "Related: more", "\u212Aeep reading", "ad"};
    private static final String[] OPENINGS = {"KYIV, Ukraine (AP) — ", "date 2026-02-10 LONDON — ", "WASHINGTON — ",
        "Kyiv — ", "date 2026-13-45 MOSCOW — ", "ÜBER-STADT — ", "U.S. — ", ""};

    @Test
    void generatedDocumentsHaveTheSameLayoutFromBytesAsFromText() {
        Random random = new Random(20261123);
        int readFromBytes = 0;
        for (int doc = 0; doc < 4_000; doc++) {
            boolean edgeBlank = random.nextInt(10) == 0;
            String text = document(random, edgeBlank);
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            LayoutDetector.Found fromBytes = LayoutDetector.bodyOfUtf8(utf8, 0, utf8.length, null);
            if (fromBytes == null) {
                assertTrue(edgeBlank, "only a line trimmed of a blank outside ASCII needs the text: " + text);
                continue;
            }
            readFromBytes++;
            assertSame(LayoutDetector.read(new Lines.OfString(text), false), fromBytes, text, utf8);
        }
        assertTrue(readFromBytes > 3_000, readFromBytes + " read from bytes");
    }

    @Test
    void theCorpusHasTheSameLayoutFromBytesAsFromText() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "corpus"))) {
            List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertEquals(5, texts.size());
            for (Path file : texts) {
                byte[] utf8 = Files.readAllBytes(file);
                String text = new String(utf8, StandardCharsets.UTF_8);
                LayoutDetector.Found fromBytes = LayoutDetector.bodyOfUtf8(utf8, 0, utf8.length, null);
                assertNotNull(fromBytes, file.toString());
                assertSame(LayoutDetector.read(new Lines.OfString(text), false), fromBytes, text, utf8);
            }
        }
    }

    /** The furniture rules' prefix test on bytes answers as String.regionMatches ignoring case does (never "no" where it says yes). */
    @Test
    void prefixTestOnBytesAgreesWithRegionMatchesIgnoringCase() {
        String alphabet = "sSfFhHaArReEkKoOlLwW :(cC)\u017F\u212A\u0131\u0130\u00A9\u00E9\u00C9\u03A3\uD83D\uDE00";
        String[] prefixes = {"share", "follow us", "like us on", "(c)", "\u00A9", "ad", "read more", "sign up", "subscribe to", "k"};
        Random random = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                int at = random.nextInt(alphabet.length());
                b.append(Character.isHighSurrogate(alphabet.charAt(at)) ? "\uD83D\uDE00" : Character.isLowSurrogate(alphabet.charAt(at)) ? "x" : alphabet.charAt(at));
            }
            String line = b.toString().strip();
            if (line.isEmpty()) {
                continue;
            }
            byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
            Utf8Lines lines = Utf8Lines.of(utf8, 0, utf8.length, null);
            if (lines == null) {
                continue;
            }
            for (String prefix : prefixes) {
                boolean expected = line.length() >= prefix.length() && line.regionMatches(true, 0, prefix, 0, prefix.length());
                boolean answer = lines.mayStartWith(0, prefix);
                if (line.codePoints().allMatch(Character::isBmpCodePoint)) {
                    assertEquals(expected, answer, "[" + line + "] starts with [" + prefix + "]");
                } else {
                    assertTrue(answer || !expected, "no false no: [" + line + "] starts with [" + prefix + "]");
                }
            }
        }
    }

    @Test
    void bytesThatAreNotStrictlyUtf8AreLeftToTheDecoder() {
        for (byte[] bad : new byte[][] {{'a', (byte) 0xC0, (byte) 0x80}, {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x80}, {'a', (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80},
                {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}) {
            assertNull(LayoutDetector.bodyOfUtf8(bad, 0, bad.length, null));
        }
        byte[] good = "a\u00e9\u20ac\uD83D\uDE00\uFFFD".getBytes(StandardCharsets.UTF_8);
        assertNotNull(LayoutDetector.bodyOfUtf8(good, 0, good.length, null));
    }

    private static void assertSame(LayoutDetector.Found text, LayoutDetector.Found bytes, String raw, byte[] utf8) {
        int[] chars = charOffsets(raw, utf8);
        String where = "in [" + raw + "]";
        assertEquals(text.titleStart, at(chars, bytes.titleStart), "title start " + where);
        if (text.titleStart >= 0) {
            assertEquals(text.titleEnd, chars[bytes.titleEnd], "title end " + where);
        }
        assertEquals(text.datelineStart, at(chars, bytes.datelineStart), "dateline " + where);
        if (text.datelineStart >= 0) {
            assertEquals(text.datelineEnd, chars[bytes.datelineEnd], "dateline end " + where);
            assertEquals(text.datelineDate, bytes.datelineDate, where);
            assertEquals(text.datelinePlace, bytes.datelinePlace, where);
        }
        assertEquals(text.boilerplate.size(), bytes.boilerplate.size(), "boilerplate " + where);
        for (int k = 0; k < text.boilerplate.size(); k++) {
            assertArrayEquals(text.boilerplate.get(k), bytes.boilerplate.get(k), "boilerplate " + where);
        }
        assertEquals(text.paragraphCount, bytes.paragraphCount, "paragraphs " + where);
        for (int k = 0; k < 2 * text.paragraphCount; k++) {
            assertEquals(text.paragraphs[k], chars[bytes.paragraphs[k]], "paragraph bound " + k + " " + where);
        }
    }

    private static int at(int[] chars, int byteOffset) {
        return byteOffset < 0 ? byteOffset : chars[byteOffset];
    }

    /** chars[b] = the char offset of byte offset b (for offsets at character boundaries). */
    private static int[] charOffsets(String raw, byte[] utf8) {
        int[] chars = new int[utf8.length + 1];
        int b = 0;
        for (int c = 0; c < raw.length(); ) {
            int cp = raw.codePointAt(c);
            chars[b] = c;
            b += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            c += Character.charCount(cp);
        }
        chars[b] = raw.length();
        return chars;
    }

    /** A news-like document with the layouts' hard cases: titles, datelines, furniture, repeats, hard wrapping. */
    private static String document(Random random, boolean edgeBlank) {
        StringBuilder out = new StringBuilder();
        String eol = random.nextInt(4) == 0 ? "\r\n" : "\n";
        if (random.nextBoolean()) {
            out.append(words(random, 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 12)))
                    .append(random.nextInt(4) == 0 ? "." : "").append(eol).append(random.nextBoolean() ? eol : "");
        }
        boolean wrapped = random.nextInt(4) == 0;
        List<String> lines = new java.util.ArrayList<>();
        int n = 1 + random.nextInt(12);
        for (int k = 0; k < n; k++) {
            String line;
            int kind = random.nextInt(10);
            if (kind == 0) {
                line = FURNITURE[random.nextInt(FURNITURE.length)];
            } else if (kind == 1 && !lines.isEmpty()) {
                String earlier = lines.get(random.nextInt(lines.size()));
                line = random.nextBoolean() ? earlier.toUpperCase(java.util.Locale.ROOT) : earlier.replace(" ", "  ");
            } else if (wrapped) {
                line = wrapTo(words(random, 30), 50 + random.nextInt(50));
            } else {
                line = words(random, 1 + random.nextInt(40));
            }
            if (k == 0) {
                line = OPENINGS[random.nextInt(OPENINGS.length)] + line;
            }
            lines.add(line);
        }
        for (String line : lines) {
            String lead = random.nextInt(8) == 0 ? " \t" : "";
            String trail = random.nextInt(8) == 0 ? " \u000B" : "";
            if (edgeBlank) {
                trail += random.nextBoolean() ? "\u00A0" : "\u2003";
            }
            out.append(lead).append(line).append(trail).append(eol);
            if (!wrapped || random.nextInt(3) == 0) {
                out.append(random.nextBoolean() ? eol : "");
            }
        }
        return out.toString();
    }

    private static String words(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            b.append(k == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static String wrapTo(String text, int width) {
        StringBuilder b = new StringBuilder();
        int column = 0;
        for (String w : text.split(" ")) {
            if (column > 0 && column + 1 + w.length() > width) {
                b.append('\n');
                column = 0;
            } else if (column > 0) {
                b.append(' ');
                column++;
            }
            b.append(w);
            column += w.length();
        }
        return b.toString();
    }
}
