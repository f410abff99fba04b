package dev.byline.terms;

import static dev.byline.corpus.TrickyCorpus.assertSameTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.BylineException;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadOptions;
import dev.byline.text.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class CollocationsTest {
    @TempDir
    Path dir;

    /** The table of the text loaded whole, after checking that the same text read as a stream gives the same table. */
    private Table both(String text, Function<Corpus, Table> loaded, Function<DocumentStream, Table> streamed) throws IOException {
        Files.writeString(dir.resolve("d.txt"), text);
        Table expected = loaded.apply(Corpus.of(Document.of("d", text)));
        assertSameTable(expected, streamed.apply(DocumentStream.of(LoadOptions.defaults(), dir)));
        return expected;
    }

    private static long cell(Table t, String collocate, String column) {
        int r = t.stringColumn("collocate").indexOf(collocate);
        assertTrue(r >= 0, collocate + " in\n" + t.print());
        return t.longColumn(column).get(r);
    }

    /**
     * "Zebra" is in the windows of both alphas, and counted once: terms [zebra alpha alpha went home quickly]
     * [zebra slept], window 2. The window positions are zebra (left of the first alpha), alpha (left of the second),
     * alpha (right of the first), went and home: W = 5 of N = 8.
     */
    @Test
    void aCollocateInTwoOverlappingWindowsIsCountedOnce() throws IOException {
        Table t = both("Zebra alpha alpha went home quickly. Zebra slept.",
                c -> Collocations.of(c, "alpha", 2, TermOptions.defaults()),
                s -> Collocations.of(s, "alpha", 2, TermOptions.defaults()));
        assertEquals(List.of("alpha", "home", "went", "zebra"), t.stringColumn("collocate").asList().stream().sorted().toList());
        assertEquals(1, cell(t, "zebra", "count"));
        assertEquals(1, cell(t, "zebra", "left"));
        assertEquals(2, cell(t, "zebra", "collocate_total"));
        assertEquals(2, cell(t, "alpha", "count"));   // each alpha is in the other's window
        assertEquals(1, cell(t, "alpha", "left"));
        assertEquals(1, cell(t, "alpha", "right"));
        assertEquals(1, cell(t, "went", "right"));
        assertEquals(1, cell(t, "home", "right"));
        assertEquals(2, cell(t, "zebra", "node_total"));
        // zebra: [O, W - O; f - O, N - W - (f - O)] = [1, 4; 1, 2], row sums 5, 3, column sums 2, 6
        double g2 = 2 * (1 * Math.log(1 / (5 * 2 / 8.0)) + 4 * Math.log(4 / (5 * 6 / 8.0))
                + 1 * Math.log(1 / (3 * 2 / 8.0)) + 2 * Math.log(2 / (3 * 6 / 8.0)));
        int zebra = t.stringColumn("collocate").indexOf("zebra");
        assertEquals(g2, t.doubleColumn("log_likelihood").get(zebra), 1e-12);
        assertEquals(Math.log(1 / (5 * 2 / 8.0)) / Math.log(2), t.doubleColumn("pmi").get(zebra), 1e-12);
    }

    /**
     * On random texts, the counts are those of the union of the node's windows, worked out here by brute force; so no
     * collocate is counted more often than it occurs, and the 2×2 table of each has four cells of 0 or more.
     */
    @Test
    void randomTextsCountEachWindowPositionOnceAndGiveConsistentTables() {
        String[] vocabulary = {"kappa", "kappa", "kappa", "zeb", "quor", "lint", "mave", "trel", "nosk"};
        Random random = new Random(6);
        for (int round = 0; round < 200; round++) {
            List<List<String>> sentences = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int s = 1 + random.nextInt(5); s > 0; s--) {
                List<String> words = new ArrayList<>();
                for (int w = 1 + random.nextInt(12); w > 0; w--) {
                    words.add(vocabulary[random.nextInt(vocabulary.length)]);
                }
                sentences.add(words);
                String joined = String.join(" ", words);
                text.append(Character.toUpperCase(joined.charAt(0))).append(joined.substring(1)).append(". ");
            }
            int window = 1 + random.nextInt(4);
            Table t = Collocations.of(Corpus.of(Document.of("d", text.toString().strip())), "kappa", window, TermOptions.defaults());
            Map<String, long[]> expected = new HashMap<>();   // collocate -> {left, right, total}
            long n = 0;
            for (List<String> words : sentences) {
                n += words.size();
                for (int j = 0; j < words.size(); j++) {
                    expected.computeIfAbsent(words.get(j), k -> new long[3])[2]++;
                    int before = Integer.MAX_VALUE;
                    int after = Integer.MAX_VALUE;
                    for (int o = 0; o < words.size(); o++) {
                        if (words.get(o).equals("kappa") && o < j) {
                            before = Math.min(before, j - o);
                        } else if (words.get(o).equals("kappa") && o > j) {
                            after = Math.min(after, o - j);
                        }
                    }
                    if (Math.min(before, after) <= window) {
                        expected.get(words.get(j))[after <= before ? 0 : 1]++;
                    }
                }
            }
            long w = 0;
            for (int r = 0; r < t.rowCount(); r++) {
                w += t.longColumn("count").get(r);
            }
            for (int r = 0; r < t.rowCount(); r++) {
                String term = t.stringColumn("collocate").get(r);
                long o = t.longColumn("count").get(r);
                long f = t.longColumn("collocate_total").get(r);
                String where = text + " window " + window + ": " + term;
                assertEquals(expected.get(term)[0], t.longColumn("left").get(r), where);
                assertEquals(expected.get(term)[1], t.longColumn("right").get(r), where);
                assertEquals(expected.get(term)[2], f, where);
                assertTrue(o <= f, where);
                long[] cells = {o, w - o, f - o, n - w - (f - o)};
                long sum = 0;
                for (long c : cells) {
                    assertTrue(c >= 0, where + " " + java.util.Arrays.toString(cells));
                    sum += c;
                }
                assertEquals(n, sum, where);
                assertEquals(LogLikelihood.g2x2(cells[0], cells[1], cells[2], cells[3]), t.doubleColumn("log_likelihood").get(r), 1e-9);
            }
            assertEquals(expected.values().stream().filter(e -> e[0] + e[1] > 0).count(), t.rowCount(), text.toString());
        }
    }

    /**
     * A phrase node: terms [envoys held peace talks quietly] [peace talks resumed] [talks stalled], window 1. The
     * phrase occurs twice; "talks" alone is no occurrence.
     */
    @Test
    void aPhraseNodeHasWindowsOnEitherSideOfTheWholePhrase() throws IOException {
        Table t = both("Envoys held peace talks quietly. Peace talks resumed. Talks stalled.",
                c -> Collocations.of(c, "Peace talks", 1, TermOptions.defaults()),
                s -> Collocations.of(s, "Peace talks", 1, TermOptions.defaults()));
        assertEquals(List.of("held", "quietly", "resumed"), t.stringColumn("collocate").asList().stream().sorted().toList());
        assertEquals(1, cell(t, "held", "left"));
        assertEquals(1, cell(t, "quietly", "right"));
        assertEquals(1, cell(t, "resumed", "right"));
        assertEquals(2, cell(t, "held", "node_total"));
    }

    @Test
    void aPossessiveNodeIsItsWordAndAStopWordNodeIsRefusedWithTheOptionThatCountsIt() throws IOException {
        String text = "Putin’s envoy met the press. The envoy of Putin left.";
        Table putin = both(text, c -> Collocations.of(c, "putin", 3, TermOptions.defaults()),
                s -> Collocations.of(s, "putin", 3, TermOptions.defaults()));
        assertEquals(2, cell(putin, "envoy", "count"));
        assertSameTable(putin, both(text, c -> Collocations.of(c, "Putin’s", 3, TermOptions.defaults()),
                s -> Collocations.of(s, "Putin's", 3, TermOptions.defaults())));
        Corpus corpus = Corpus.of(Document.of("d", text));
        String message = assertThrows(BylineException.class,
                () -> Collocations.of(corpus, "The", 3, TermOptions.defaults())).getMessage();
        assertTrue(message.contains("\"the\" is a stop word") && message.contains("--keep-stopwords"), message);
        assertEquals(message, assertThrows(BylineException.class,
                () -> Collocations.of(DocumentStream.of(LoadOptions.defaults(), dir), "The", 3, TermOptions.defaults())).getMessage());
        assertEquals(2, cell(Collocations.of(corpus, "The", 3, TermOptions.defaults().keepingStopWords()), "envoy", "count"));
        String tooShort = assertThrows(BylineException.class,
                () -> Collocations.of(corpus, "met", 3, TermOptions.defaults().withMinLength(4))).getMessage();
        assertTrue(tooShort.contains("\"met\" is shorter than the minimum word length of 4"), tooShort);
    }
    @Test
    void collocatesAreCountedWithinTheWindowAndTheSentence() {
        // terms: [alpha beta gamma delta] [beta epsilon] [alpha zeta]
        Corpus c = Corpus.of(Document.of("d", "Alpha beta gamma delta. Beta epsilon. Alpha zeta."));
        Table t = Collocations.of(c, "alpha", 2, TermOptions.defaults());
        assertEquals(List.of("beta", "gamma", "zeta").stream().sorted().toList(),
                t.stringColumn("collocate").asList().stream().sorted().toList());
        int beta = t.stringColumn("collocate").indexOf("beta");
        assertEquals(1, t.longColumn("count").get(beta));
        assertEquals(0, t.longColumn("left").get(beta));
        assertEquals(2, t.longColumn("collocate_total").get(beta));
        assertEquals(2, t.longColumn("node_total").get(beta));
        // N = 8 terms, W = 3 window positions, f(beta) = 2, O = 1: pmi = log2(1 / (3 * 2 / 8))
        assertEquals(Math.log(1 / (3 * 2 / 8.0)) / Math.log(2), t.doubleColumn("pmi").get(beta), 1e-12);
        assertEquals(LogLikelihood.g2x2(1, 2, 1, 4), t.doubleColumn("log_likelihood").get(beta), 1e-12);
    }

    @Test
    void abuDhabiIsAStrongBigramCollocationOfTheCorpus() {
        Table t = Collocations.bigrams(TermsTest.CORPUS, TermOptions.defaults(), 3);
        assertEquals(List.of("w1", "w2", "count", "w1_count", "w2_count", "log_likelihood", "pmi"), t.columnNames());
        boolean found = false;
        for (int r = 0; r < Math.min(10, t.rowCount()); r++) {
            found |= t.stringColumn("w1").get(r).equals("abu") && t.stringColumn("w2").get(r).equals("dhabi");
        }
        assertTrue(found, t.first(10).print());
        for (int r = 1; r < t.rowCount(); r++) {
            assertTrue(t.doubleColumn("log_likelihood").get(r - 1) >= t.doubleColumn("log_likelihood").get(r));
        }
    }
}
