package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainWordsTest {
    private static final String[] OPENINGS = {"(", "[", "\"", "“", "‘", "'", "-", "#", "@", "—", "«", "»", "‹"};
    private static final String[] CORES = {"Kyiv", "talks", "said", "Dr", "dr", "Mr", "no", "No", "v", "www", "WWW", "http",
        "J", "U", "a", "2", "1000", "2026", "4x4", "Estonia", "Inc", "Jan", "US", "é", "Zelensky", "vs", "St", "it"};
    private static final String[] CLOSINGS = {".", ",", ";", ":", "!", "?", ")", "]", "\"", "”", "’", "'", "...", "-",
        "/", "s", "S", "’s", "'s", "'S", "’t", "&", "2", "é", "%", "»", "«", "›", "»."};

    /** Wherever PlainWords answers, the tokenizer makes the chunk exactly one word or number there, and nothing else worth a term. */
    @Test
    void thePlainWordIsTheTokenizersOnlyWordOrNumber() {
        Random random = new Random(5);
        int answered = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(3); k > 0; k--) {
                b.append(OPENINGS[random.nextInt(random.nextInt(4) == 0 ? OPENINGS.length : 4)]);
            }
            b.append(CORES[random.nextInt(CORES.length)]);
            if (random.nextInt(8) == 0) {
                b.append(CORES[random.nextInt(CORES.length)]);
            }
            for (int k = random.nextInt(4); k > 0; k--) {
                b.append(CLOSINGS[random.nextInt(random.nextInt(3) == 0 ? CLOSINGS.length : 11)]);
            }
            String chunk = b.toString();
            byte[] utf8 = chunk.getBytes(StandardCharsets.UTF_8);
            long word = PlainWords.of(utf8, 0, utf8.length);
            if (word < 0) {
                continue;
            }
            answered++;
            String core = new String(utf8, (int) (word >>> 32), (int) word - (int) (word >>> 32), StandardCharsets.UTF_8);
            int coreStart = new String(utf8, 0, (int) (word >>> 32), StandardCharsets.UTF_8).length();
            List<Token> tokens = Tokenizer.tokenize(Document.of("t", chunk), 0, chunk.length());
            int words = 0;
            for (Token t : tokens) {
                if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER) {
                    words++;
                    assertEquals(coreStart, t.start(), chunk);
                    assertEquals(core, t.text(), chunk);
                }
            }
            assertEquals(1, words, "one word or number in " + chunk + ": " + tokens);
        }
        assertTrue(answered > 50_000, answered + " answered");
    }

    @Test
    void wordsThatMayKeepTheirPeriodAndOtherShapesAreLeftToTheTokenizer() {
        for (String chunk : new String[] {"Dr.", "No.,", "www.", "J.”", "U.S.", "4-year-old", "O’Brien", "they’ll",
                "AT&T", "2.8", "1,000", "’90s", "#tag", "café", "talks—", "", "(", "”"}) {
            byte[] utf8 = chunk.getBytes(StandardCharsets.UTF_8);
            assertEquals(-1, PlainWords.of(utf8, 0, utf8.length), chunk);
        }
        // guillemets are quotation marks, tokens of their own, as “ and ” are
        String[][] guillemets = {{"«talks».", "talks"}, {"«Estonia’s»,", "Estonia"}, {"(«Kyiv»)", "Kyiv"}};
        for (String[] chunk : guillemets) {
            byte[] utf8 = chunk[0].getBytes(StandardCharsets.UTF_8);
            long found = PlainWords.of(utf8, 0, utf8.length);
            assertTrue(found >= 0, chunk[0]);
            assertEquals(chunk[1], new String(utf8, (int) (found >>> 32), (int) found - (int) (found >>> 32), StandardCharsets.UTF_8));
        }
        byte[] possessive = "(“Estonia’s,”".getBytes(StandardCharsets.UTF_8);
        long word = PlainWords.of(possessive, 0, possessive.length);
        assertEquals("Estonia", new String(possessive, (int) (word >>> 32), (int) word - (int) (word >>> 32), StandardCharsets.UTF_8));
    }
}
