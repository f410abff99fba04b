package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadOptions;
import dev.byline.text.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class StreamedSimilarityTest {
    /**
     * {@code count} articles of sentences of random words, and after every tenth a derived one: a verbatim copy
     * with a sentence added, or a rewrite with a third of its words replaced. Some sit in a subfolder and the file
     * names run against the id order, so read order and id order differ.
     */
    private static void write(Path dir, int count, long seed) throws Exception {
        Random rnd = new Random(seed);
        for (int d = 0; d < count; d++) {
            String[] words = new String[240];
            for (int w = 0; w < words.length; w++) {
                words[w] = "word" + rnd.nextInt(4000);
            }
            String body = sentences(words);
            Path file = (d % 3 == 0 ? dir.resolve("z") : dir).resolve(String.format("%03d.txt", count - 1 - d));
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Headline number " + d + "\n\n" + body);
            if (d % 10 == 0) {
                String derived;
                if (d % 20 == 0) {
                    derived = body + "\n\nA closing sentence the copy added on its own.\n";
                } else {
                    for (int w = 0; w < words.length; w++) {
                        if (rnd.nextDouble() < 0.3) {
                            words[w] = "word" + rnd.nextInt(4000);
                        }
                    }
                    derived = sentences(words);
                }
                Files.writeString(dir.resolve(String.format("copy%03d.txt", d)), "Another headline\n\n" + derived);
            }
        }
    }

    /** Words cut into sentences of twelve, four sentences a paragraph. */
    private static String sentences(String[] words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words.length; w++) {
            text.append(w % 12 == 0 ? Character.toUpperCase(words[w].charAt(0)) + words[w].substring(1) : words[w]);
            text.append(w % 12 == 11 ? (w % 48 == 47 ? ".\n\n" : ". ") : " ");
        }
        return text.toString().strip() + ".\n";
    }

    @Test
    void streamedTableIsTheLoadedCorpusTableRowForRow(@TempDir Path dir) throws Exception {
        write(dir, 320, 11);
        Table loaded = Similarity.table(Corpus.load(LoadOptions.defaults(), dir));
        Table streamed = Similarity.table(DocumentStream.of(LoadOptions.defaults(), dir), d -> true);
        List<String> relations = loaded.stringColumn("relation").asList();
        assertTrue(relations.contains("copy") && relations.contains("sibling"), loaded.first(40).printAll());
        assertEquals(loaded.printAll(), streamed.printAll());
    }

    @Test
    void aSmallStreamIsComparedPairByPairAsALoadedCorpusIs(@TempDir Path dir) throws Exception {
        write(dir, 30, 5);
        Table loaded = Similarity.table(Corpus.load(LoadOptions.defaults(), dir));
        Table streamed = Similarity.table(DocumentStream.of(LoadOptions.defaults(), dir), d -> true);
        // every pair of 33 documents, as under the all-pairs limit
        assertEquals(33 * 32 / 2, loaded.rowCount());
        assertEquals(loaded.printAll(), streamed.printAll());
        Table candidates = Similarity.candidateTable(DocumentStream.of(LoadOptions.defaults(), dir), MinHashLsh.defaults(), d -> true);
        assertEquals(Similarity.candidateTable(Corpus.load(LoadOptions.defaults(), dir), MinHashLsh.defaults()).printAll(),
                candidates.printAll());
    }

    @Test
    void documentsTheFilterRefusesAreInNoPairAndCountInNoFrequency(@TempDir Path dir) throws Exception {
        write(dir, 320, 3);
        Corpus all = Corpus.load(LoadOptions.defaults(), dir);
        Corpus without = Corpus.of(all.list().stream().filter(d -> !d.id().equals("copy100")).toList());
        Table streamed = Similarity.table(DocumentStream.of(LoadOptions.defaults(), dir), (Document d) -> !d.id().equals("copy100"));
        assertFalse(streamed.stringColumn("doc_b").asList().contains("copy100"));
        assertEquals(Similarity.table(without).printAll(), streamed.printAll());
    }
}
