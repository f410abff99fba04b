package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bit-vector LCS gives the dynamic programme's length for every shape of sentence pair. */
class SentenceUnitLcsTest {
    private static int[] words(Random r, int length, int vocabulary) {
        int[] w = new int[length];
        for (int i = 0; i < length; i++) {
            w[i] = r.nextInt(vocabulary);
        }
        return w;
    }

    @Test
    void equalsTheDynamicProgrammeOnRandomPairsUpToAndPast64Words() {
        Random r = new Random(23);
        for (int round = 0; round < 20_000; round++) {
            int vocabulary = 1 + r.nextInt(round % 3 == 0 ? 4 : 40);
            int[] a = words(r, r.nextInt(round % 10 == 0 ? 90 : 66), vocabulary);
            int[] b = words(r, r.nextInt(round % 10 == 0 ? 90 : 66), vocabulary);
            assertEquals(SentenceUnit.overlap(a, b, 4).lcs(), SentenceUnit.lcs(a, b), "round " + round);
        }
    }

    @Test
    void countsRepeatsAndOrder() {
        assertEquals(3, SentenceUnit.lcs(new int[] {1, 2, 3, 2}, new int[] {2, 1, 3, 2}));
        assertEquals(0, SentenceUnit.lcs(new int[] {}, new int[] {1}));
        assertEquals(64, SentenceUnit.lcs(new int[64], new int[70]));
    }
}
