package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A word set answers as {@code Set.of} over the same words does: the rules' sets were {@code Set.of} before. */
class WordSetTest {
    @Test
    void wordSetAnswersEveryQuestionAsSetOfTheSameWordsDoes() {
        Random random = new Random(20);
        for (int round = 0; round < 200; round++) {
            List<String> words = new ArrayList<>();
            List<String> asked = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            while (words.size() < n) {
                String w = word(random);
                if (!words.contains(w)) {
                    words.add(w);
                }
            }
            for (int k = 0; k < 200; k++) {
                asked.add(word(random));
            }
            // equal strings that are not the same objects, as a token's norm never is the set's literal
            words.forEach(w -> asked.add(new String(w.toCharArray())));
            Set<String> expected = Set.of(words.toArray(new String[0]));
            Set<String> set = WordSet.of(words.toArray(new String[0]));
            assertEquals(expected, set);
            assertEquals(expected.hashCode(), set.hashCode());
            assertEquals(words, new ArrayList<>(set), "iterated in the order given");
            for (String a : asked) {
                assertEquals(expected.contains(a), set.contains(a), a);
            }
        }
    }

    /** Short lower-case words, some with the full stop or apostrophe a norm may hold: many collide on a small table. */
    private static String word(Random random) {
        String letters = "abcdeos.'";
        StringBuilder b = new StringBuilder();
        int length = 1 + random.nextInt(4);
        for (int k = 0; k < length; k++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }

    @Test
    void wordSetRefusesWhatSetOfRefuses() {
        assertThrows(IllegalArgumentException.class, () -> WordSet.of("said", "told", "said"));
        assertThrows(NullPointerException.class, () -> WordSet.of("said", null));
        assertThrows(NullPointerException.class, () -> WordSet.of("said").contains(null));
        assertThrows(UnsupportedOperationException.class, () -> WordSet.of("said").add("told"));
        assertThrows(UnsupportedOperationException.class, () -> WordSet.of("said").remove("said"));
        assertFalse(WordSet.of("said").contains(7));
        assertTrue(WordSet.of().isEmpty());
        assertFalse(WordSet.of().contains("said"));
    }
}
