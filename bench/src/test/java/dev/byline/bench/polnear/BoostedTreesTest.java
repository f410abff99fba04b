package dev.byline.bench.polnear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoostedTreesTest {
    /**
     * Label = a XOR b, which no linear score of a and b separates; the four cells hold 4, 3, 2 and 1 tenths of the
     * rows, so that the first split already pays (with equal cells a greedy split sees no gain); c is noise.
     */
    private static double[][] rows(int[] y) {
        double[][] x = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            int cell = i % 10 < 4 ? 0 : i % 10 < 7 ? 1 : i % 10 < 9 ? 2 : 3;
            int a = cell & 1;
            int b = cell >> 1;
            x[i] = new double[] {a, b, (i * 7) % 5};
            y[i] = a ^ b;
        }
        return x;
    }

    @Test
    void twoLevelsOfSplitsLearnAConjunctionALinearScoreCannot() {
        int[] y = new int[200];
        double[][] x = rows(y);
        BoostedTrees t = BoostedTrees.fit(x, y, new BoostedTrees.Settings(50, 2, 0.3, 5, 1.0));
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i] == 1, t.score(x[i]) > 0, "row " + i);
        }
    }

    @Test
    void aRefitOnTheSameRowsGivesTheSameTrees() {
        int[] y = new int[120];
        double[][] x = rows(y);
        BoostedTrees.Settings s = new BoostedTrees.Settings(20, 3, 0.1, 3, 1.0);
        BoostedTrees a = BoostedTrees.fit(x, y, s);
        BoostedTrees b = BoostedTrees.fit(x, y, s);
        assertEquals(a.base, b.base);
        assertEquals(a.trees.size(), b.trees.size());
        for (int k = 0; k < a.trees.size(); k++) {
            assertArrayEquals(a.trees.get(k).input(), b.trees.get(k).input());
            assertArrayEquals(a.trees.get(k).value(), b.trees.get(k).value());
        }
    }

    @Test
    void noLeafHoldsFewerRowsThanTheMinimum() {
        int[] y = new int[40];
        double[][] x = rows(y);
        // with a minimum of 30 rows a leaf, no split of 40 rows leaves both sides that large: every tree is one leaf
        BoostedTrees t = BoostedTrees.fit(x, y, new BoostedTrees.Settings(5, 3, 0.1, 30, 1.0));
        t.trees.forEach(tree -> assertTrue(tree.input().length == 1 && tree.input()[0] < 0));
    }
}
