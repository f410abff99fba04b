package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class MinHashLshTest {
    @Test
    void corpusRewritePairIsACandidate() {
        Table t = MinHashLsh.defaults().candidates(TestTexts.corpus());
        boolean found = false;
        for (int r = 0; r < t.rowCount(); r++) {
            found |= t.stringColumn("doc_a").get(r).startsWith("000") && t.stringColumn("doc_b").get(r).startsWith("001");
        }
        assertTrue(found, t.print());
    }

    @Test
    void plantedRewritesAreFoundWithoutProposingMostPairs() {
        Random rnd = new Random(7);
        List<Document> docs = new ArrayList<>();
        Set<Long> planted = new HashSet<>();
        for (int d = 0; d < 300; d++) {
            String[] words = new String[250];
            for (int w = 0; w < words.length; w++) {
                words[w] = "term" + rnd.nextInt(5000);
            }
            docs.add(Document.of("doc" + d, String.join(" ", words) + "."));
            if (d % 15 == 0) {
                // a rewrite: 40% of the words replaced
                for (int w = 0; w < words.length; w++) {
                    if (rnd.nextDouble() < 0.4) {
                        words[w] = "term" + rnd.nextInt(5000);
                    }
                }
                docs.add(Document.of("rewrite" + d, String.join(" ", words) + "."));
                planted.add((long) (docs.size() - 2) * 100_000 + (docs.size() - 1));
            }
        }
        MinHashLsh lsh = MinHashLsh.defaults();
        List<List<Word>> words = docs.stream().map(Words::of).toList();
        List<int[]> pairs = lsh.candidatePairs(words);
        long hits = pairs.stream().filter(p -> planted.contains((long) p[0] * 100_000 + p[1])).count();
        long allPairs = (long) docs.size() * (docs.size() - 1) / 2;
        assertTrue(hits >= 0.85 * planted.size(), hits + " of " + planted.size());
        assertTrue(pairs.size() < 0.02 * allPairs, pairs.size() + " candidates of " + allPairs);
    }

    @Test
    void candidatesAreDeterministicForASeed() {
        Corpus c = TestTexts.corpus();
        assertEquals(MinHashLsh.defaults().candidates(c).printAll(), MinHashLsh.defaults().candidates(c).printAll());
        assertEquals(0.29, MinHashLsh.defaults().threshold(), 0.01);
    }

    @Test
    void candidateTableScoresTheRewriteLikeTheAllPairsTable() {
        Table lsh = Similarity.candidateTable(TestTexts.corpus(), MinHashLsh.defaults());
        Table all = Similarity.table(TestTexts.corpus());
        int r = -1;
        for (int i = 0; i < lsh.rowCount(); i++) {
            if (lsh.stringColumn("doc_a").get(i).startsWith("000") && lsh.stringColumn("doc_b").get(i).startsWith("001")) {
                r = i;
            }
        }
        assertTrue(r >= 0, lsh.print());
        assertEquals("rewrite", lsh.stringColumn("relation").get(r));
        assertEquals(all.doubleColumn("containment_a_in_b").get(0), lsh.doubleColumn("containment_a_in_b").get(r));
        assertTrue(lsh.rowCount() < all.rowCount(), "LSH proposes fewer pairs: " + lsh.rowCount());
    }

    @Test
    void streamedCandidatesAreTheLoadedCorpusCandidatesRowForRow(@TempDir Path dir) throws Exception {
        Random rnd = new Random(11);
        for (int d = 0; d < 120; d++) {
            StringBuilder text = new StringBuilder("Headline number " + d + "\n\n");
            String[] words = new String[200];
            for (int w = 0; w < words.length; w++) {
                words[w] = "word" + rnd.nextInt(3000);
            }
            text.append(String.join(" ", words)).append(".\n");
            // names out of id order, so that path order and id order differ in a subfolder
            Path file = (d % 3 == 0 ? dir.resolve("z") : dir).resolve(String.format("%03d.txt", 119 - d));
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            if (d % 10 == 0) {
                for (int w = 0; w < words.length; w++) {
                    if (rnd.nextDouble() < 0.3) {
                        words[w] = "word" + rnd.nextInt(3000);
                    }
                }
                Files.writeString(dir.resolve(String.format("copy%03d.txt", d)), "Another headline\n\n" + String.join(" ", words) + ".\n");
            }
        }
        Table loaded = MinHashLsh.defaults().candidates(Corpus.load(LoadOptions.defaults(), dir));
        Table streamed = MinHashLsh.defaults().candidates(DocumentStream.of(LoadOptions.defaults(), dir));
        assertTrue(loaded.rowCount() >= 10, loaded.printAll());
        assertEquals(loaded.printAll(), streamed.printAll());
    }

    @Test
    void bandingFindsExactlyThePairsSharingABandWithEnoughAgreement() {
        Random rnd = new Random(5);
        int n = 400;
        int bands = 8;
        int rows = 2;
        int width = bands * rows;
        long[] sigs = new long[n * width];
        for (int d = 0; d < n; d++) {
            for (int r = 0; r < width; r++) {
                // few distinct values, so that bands collide often and agreement varies
                sigs[d * width + r] = d % 50 == 7 ? Long.MAX_VALUE : rnd.nextInt(4);
            }
        }
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sigs[i * width] == Long.MAX_VALUE || sigs[j * width] == Long.MAX_VALUE) {
                    continue;
                }
                boolean shares = false;
                for (int b = 0; b < bands; b++) {
                    shares |= Banding.bandKey(sigs, i * width, b, rows) == Banding.bandKey(sigs, j * width, b, rows);
                }
                if (shares && Banding.estimate(sigs, i * width, j * width, width) >= 0.4) {
                    expected.add((long) i << 32 | j);
                }
            }
        }
        long[] found = Banding.pairs(sigs, n, width, bands, rows, 0.4);
        Set<Long> got = new HashSet<>();
        for (int k = 0; k < found.length; k++) {
            got.add(found[k]);
            assertTrue(k == 0 || found[k - 1] < found[k], "ascending, each once");
        }
        assertTrue(expected.size() > 100, expected.size() + " pairs");
        assertEquals(expected, got);
    }
}
