package dev.byline.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PackedTest {
    @Test
    void aSignatureComesBackAsItWent() {
        long[] s = {Long.MIN_VALUE, -1, 0, 42, Long.MAX_VALUE};
        assertArrayEquals(s, Packed.signature(Packed.signature(s)));
    }

    @Test
    void theCosineOfPackedVectorsIsTheDotProductOverSharedKeys() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            TreeMap<Long, Double> a = randomVector(random);
            TreeMap<Long, Double> b = randomVector(random);
            double expected = 0;
            for (Map.Entry<Long, Double> e : a.entrySet()) {
                expected += b.containsKey(e.getKey()) ? e.getValue() * b.get(e.getKey()) : 0;
            }
            assertEquals(expected, Packed.cosine(pack(a), pack(b)), 1e-12);
            assertEquals(Packed.cosine(pack(a), pack(b)), Packed.cosine(pack(b), pack(a)), 0);
        }
        assertEquals(0, Packed.cosine(new byte[0], pack(randomVector(random))));
    }

    @Test
    void sketchesNeverDropAPairTheFullSignaturesKeep() {
        Random random = new Random(11);
        int kept = 0;
        for (int trial = 0; trial < 5_000; trial++) {
            long[] a = new long[120];
            long[] b = new long[120];
            int equalRows = random.nextInt(121);
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextLong();
                // unequal rows often share their lowest byte, as unrelated MinHash values do by chance
                b[i] = i < equalRows ? a[i] : random.nextInt(4) == 0 ? (a[i] & 0xff) | random.nextLong() << 8 : random.nextLong();
            }
            boolean keeps = dev.byline.compare.ComparisonParts.keeps(a, b);
            kept += keeps ? 1 : 0;
            if (keeps) {
                assertEquals(true, Packed.mayKeep(Packed.sketch(a), Packed.sketch(b)), equalRows + " equal rows");
            }
        }
        assertEquals(true, kept > 1_000 && kept < 4_900, kept + " kept: both outcomes tried");
        assertEquals(false, Packed.mayKeep(Packed.sketch(new long[] {1, 2, 3, 4, 5}), Packed.sketch(new long[] {6, 7, 8, 9, 10})));
    }

    @Test
    void vectorKeysMustAscend() {
        assertThrows(IllegalArgumentException.class, () -> Packed.vector(new long[] {5, 5}, new double[] {1, 1}));
    }

    @Test
    void termKeysDoNotCollideOnAHundredThousandWordsAndChangeWithTheSeed() {
        Map<Long, String> seen = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            String term = Integer.toString(i, 36) + "x";
            String before = seen.put(Packed.termKey(term, 0), term);
            assertEquals(null, before, term + " and " + before);
        }
        assertNotEquals(Packed.termKey("report", 0), Packed.termKey("report", 1));
        assertEquals(Packed.termKey("report", 3), Packed.termKey("report", 3));
    }

    private static TreeMap<Long, Double> randomVector(Random random) {
        TreeMap<Long, Double> v = new TreeMap<>();
        int size = random.nextInt(30);
        for (int i = 0; i < size; i++) {
            v.put((long) random.nextInt(60) - 30, random.nextDouble() - 0.5);
        }
        return v;
    }

    private static byte[] pack(TreeMap<Long, Double> v) {
        return Packed.vector(v.keySet().stream().mapToLong(Long::longValue).toArray(),
                v.values().stream().mapToDouble(Double::doubleValue).toArray());
    }
}
