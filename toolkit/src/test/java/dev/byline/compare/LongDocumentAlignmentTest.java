package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Alignment of book-length texts: past the full-pair limit it works in a window and still finds the copy. */
class LongDocumentAlignmentTest {
    private static final String[] WORDS = ("harbour council tariff freight union minister court budget election vote "
            + "shipping crane strike pension ferry bridge rail station airport hospital school teacher nurse police "
            + "officer judge river flood storm harvest market price wage rent housing energy grid turbine factory")
            .split(" ");

    /** {@code n} distinct sentences of eight content words, each numbered so no two are alike. */
    private static List<String> sentences(int n, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder("Item").append(i);
            for (int w = 0; w < 8; w++) {
                sb.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
            }
            out.add(sb.append('.').toString());
        }
        return out;
    }

    @Test
    void aLongCopyOnOneLineAlignsSentenceBySentenceInItsWindow() {
        int n = 1_500;    // 1,500 × 1,500 sentence pairs: over the full-pair limit, so the window applies
        assertTrue((long) n * n > PassageAligner.FULL_PAIRS);
        List<String> s = sentences(n, 11);
        List<String> edited = new ArrayList<>(s);
        edited.remove(700);                                     // one sentence dropped in the middle
        edited.add(200, "A new sentence about the weather on the coast.");
        Document a = Document.of("a", String.join(" ", s));
        Document b = Document.of("b", String.join(" ", edited));
        PassageAlignment al = PassageAligner.align(a, b);
        long verbatim = al.passages().stream().filter(p -> p.kind() == PassageKind.VERBATIM).count();
        assertEquals(n - 1, verbatim);
        List<Passage> onlyA = al.passages().stream().filter(p -> p.kind() == PassageKind.ONLY_IN_A).toList();
        assertEquals(1, onlyA.size());
        assertTrue(onlyA.get(0).aText().startsWith("Item700 "), onlyA.get(0).aText());
        assertTrue(al.orderAgreement() > 0.99, "order kept: " + al.orderAgreement());
    }

    @Test
    void theWindowCoversEveryPairBelowTheLimitAndFollowsTheRelativePositionAbove() {
        assertEquals(0, PassageAligner.windowStart(40, 100, 120));
        assertEquals(120, PassageAligner.windowEnd(40, 100, 120));
        // 10,000 × 20,000 sentences: sentence 5,000 of A sits at 10,000 of B
        assertEquals(10_000 - PassageAligner.WINDOW, PassageAligner.windowStart(5_000, 10_000, 20_000));
        assertEquals(10_000 + PassageAligner.WINDOW + 1, PassageAligner.windowEnd(5_000, 10_000, 20_000));
        assertEquals(0, PassageAligner.windowStart(0, 10_000, 20_000));
        assertEquals(20_000, PassageAligner.windowEnd(9_999, 10_000, 20_000));
    }

    @Test
    void kendallTauCountsPairsTiedOnEitherSideNeitherWay() {
        Random r = new Random(5);
        for (int round = 0; round < 200; round++) {
            int n = r.nextInt(40);
            List<long[]> pairs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pairs.add(new long[] {r.nextInt(12), r.nextInt(12)});
            }
            long concordant = 0;
            long discordant = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    long s = Long.signum(pairs.get(i)[0] - pairs.get(j)[0]) * Long.signum(pairs.get(i)[1] - pairs.get(j)[1]);
                    concordant += s > 0 ? 1 : 0;
                    discordant += s < 0 ? 1 : 0;
                }
            }
            double expected = concordant + discordant == 0 ? 0 : (double) (concordant - discordant) / (concordant + discordant);
            assertEquals(expected, PassageAlignment.kendallTau(new ArrayList<>(pairs)), 1e-12, "round " + round);
        }
    }
}
