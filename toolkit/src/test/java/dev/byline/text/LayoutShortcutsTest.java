package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.BoilerplateLine.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts the layout takes for speed give the answers of the rules they spare: the furniture patterns skipped
 * by a line's first two characters, the line hash read byte by byte, the binary sniff done in the UTF-8 pass.
 */
class LayoutShortcutsTest {
    private static final String[] STARTS = {"published", "updated", "last updated", "posted", "follow us", "share",
        "like us on", "find us on", "connect with us", "join", "subscribe to", "follow", "sign up", "subscribe", "read more",
        "also read", "read also", "related", "see also", "recommended", "advertisement", "sponsored", "ad", "(c)", "copyright",
        "sponsored content", "share this", "share on", "share:", "Ad", "po", "pub", "a"};
    private static final String[] TAILS = {"", ":", ": undefined", " our telegram channel", " to our newsletter", " this",
        " on X", ": the talks", " updates", "  ", " 2026 AP", "s of the talks", "ministration said", "vertisement",
        "vertisements", "ing", "_x", "9", " content", "undefined", "-", ":", "ed:", "ly: a"};
    // look-alikes that fold to ASCII letters under Unicode case-insensitive matching, and plain ASCII
    // a line opening with a char outside ASCII: look-alikes of a start's initial, the copyright sign, quotation marks
    private static final String[] FIRSTS = {"ſ", "\u212A", "©", "“", "‘", "ı", "İ", "é", "Ⓒ", "\uD835\uDC00", "s"};
    private static final String SECONDS = "ıſKaAeEhHiIlLoOpPuUdDcCxX(.1 ";

    @Test
    void furnitureIsFoundAsEveryPatternWouldFindIt() {
        Random random = new Random(20261207);
        int furniture = 0;
        for (int n = 0; n < 20_000; n++) {
            String start = STARTS[random.nextInt(STARTS.length)];
            if (start.length() >= 2 && random.nextBoolean()) {   // change the second character
                start = start.charAt(0) + "" + SECONDS.charAt(random.nextInt(SECONDS.length())) + start.substring(2);
            }
            if (random.nextBoolean()) {
                start = Character.toUpperCase(start.charAt(0)) + start.substring(1);
            }
            if (random.nextInt(4) == 0) {   // change the first character
                start = FIRSTS[random.nextInt(FIRSTS.length)] + start.substring(1);
            }
            String line = (start + TAILS[random.nextInt(TAILS.length)]).strip();
            if (random.nextInt(20) == 0) {
                line = line.substring(0, 1);
            }
            String text = "A headline of the day\n\nThe first paragraph of the story, told at length.\n" + line
                    + "\nThe last paragraph of the story, also told at length.\n";
            Reason expected = FurnitureRules.furnitureOf(line);
            furniture += expected != null ? 1 : 0;
            for (LayoutDetector.Found found : new LayoutDetector.Found[] {LayoutDetector.read(new Lines.OfString(text), false),
                    LayoutDetector.bodyOfUtf8(utf8(text), 0, utf8(text).length, null)}) {
                Reason got = found.boilerplate.isEmpty() ? null : Reason.values()[found.boilerplate.get(0)[1]];
                assertEquals(expected, got, "[" + line + "]");
            }
        }
        assertTrue(furniture > 2_000, furniture + " furniture lines");
    }

    @Test
    void aDotlessISecondIsStillFurniture() {
        assertEquals(Reason.CHANNEL_PLUG, FurnitureRules.furnitureOf("Sıgn up for our newsletter"));
        String text = "A headline\n\nBody text here.\nSıgn up for our newsletter\nMore body.\n";
        assertEquals(1, LayoutDetector.read(new Lines.OfString(text), false).boilerplate.size());
    }

    @Test
    void theLineHashOfBytesIsTheLineHashOfText() {
        // with the marks the byte loop hashes in place (U+0080-U+00BF, U+2000-U+207F) and their neighbours it does not
        String alphabet = "aZq \t\u000B\f\r\u00A0éİΣ.,’x“”‘—«»µⁿ\u0085\u2028\u2080\u20AC\u00C0\u00BF\u1E9E";
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder("x");
            for (int k = random.nextInt(50); k > 0; k--) {
                b.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('a' + random.nextInt(26)));
            }
            String line = b.append('y').toString();
            Utf8Lines bytes = Utf8Lines.of(utf8(line), 0, utf8(line).length, null);
            if (bytes != null) {
                assertEquals(new Lines.OfString(line).keyHash(0), bytes.keyHash(0), "[" + line + "]");
            }
        }
    }

    @Test
    void aNulAmongTheSniffedBytesSendsTheFileToTheDocumentPath() {
        byte[] early = utf8("A headline\n\nBody with a \0 in it.\n");
        Utf8Paragraphs body = new Utf8Paragraphs();
        assertFalse(body.read(early, 0, early.length, Parts.BODY, 8192));
        assertTrue(body.read(early, 0, early.length, Parts.BODY, 10), "a NUL past the sniffed bytes is text");
        assertTrue(body.read(early, 0, early.length, Parts.BODY), "no sniff asked for");
        byte[] late = utf8("A headline\n\n" + "Word after word. ".repeat(600) + "\n\0 late\n");
        assertTrue(body.read(late, 0, late.length, Parts.BODY, 8192));
        assertNotNull(LayoutDetector.bodyOfUtf8(early, 0, early.length, null));
        assertNull(LayoutDetector.bodyOfUtf8(early, 0, early.length, null, early.length));
    }

    @Test
    void headlineCaseIsReadAsItWasWithSplit() {
        String[] words = {"Senator", "says", "Port", "deal", "Is", "‘Dead", "a", "of", "From", "into", "İnto", "VS.", "vs.",
            "“The", "(Talks", "10", "—", "éTé", "Über", "\uD835\uDC00x", "x"};
        String[] gaps = {" ", "  ", "\t", " \u000B", "\u00A0", "\u001C", " \r "};
        Random random = new Random(3);
        int headlines = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "" : " ");
            for (int k = random.nextInt(30); k > 0; k--) {
                b.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String line = b.append(random.nextInt(5) == 0 ? "" : random.nextBoolean() ? "." : ".’").toString();
            boolean expected = bySplit(line);
            headlines += expected ? 1 : 0;
            assertEquals(expected, HeadlineCase.headlineWithFullStop(line), "[" + line + "]");
        }
        assertTrue(headlines > 500, headlines + " headlines");
        assertTrue(HeadlineCase.headlineWithFullStop("Senator Says Port Deal Is Dead."));
        assertFalse(HeadlineCase.headlineWithFullStop("The senator said the port deal was dead."));
    }

    /** HeadlineCase.headlineWithFullStop as it was written with split("\\s+"): the reference for the one reading words in place. */
    private static boolean bySplit(String line) {
        java.util.Set<String> small = java.util.Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
                "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "from", "into", "with",
                "over", "than", "that", "if", "is", "be", "are", "was");
        String text = line.strip();
        int end = text.length();
        while (end > 0 && "’”\"')]»".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end < 2 || text.charAt(end - 1) != '.' || text.charAt(end - 2) == '.') {
            return false;
        }
        String[] words = text.substring(0, end - 1).split("\\s+");
        if (words.length < 3 || words.length > 25) {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            int o = 0;
            while (o < w.length() && "‘“\"'([«„".indexOf(w.charAt(o)) >= 0) {
                o++;
            }
            w = w.substring(o);
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            if (k > 0 && small.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return content >= 3 && capitalised >= content - (content >= 8 ? 1 : 0);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
