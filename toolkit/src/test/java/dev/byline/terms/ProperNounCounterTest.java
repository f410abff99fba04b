package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import dev.byline.corpus.LoadOptions;
import dev.byline.text.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-pass proper-noun counts equal the two-pass ones: the profile first, then each document's token counts. */
class ProperNounCounterTest {
    // words whose case decides differently across the corpus: capitalised mid-sentence or only opening sentences, in
    // several casings of one lower-case word, stemmed together (Talks, Talking), stop words, numbers, possessives
    private static final String[] WORDS = {
        "Peace", "peace", "PEACE", "Talks", "talks", "Talking", "talking", "talk", "Putin", "Kyiv", "Kyiv’s", "The", "the",
        "Rosin", "rosin", "May", "may", "Will", "will", "Apple", "apple", "O’Brien", "Zelensky’s", "US", "us", "U.S.",
        "5", "1,000", "Dr.", "Smith", "Mr.", "No.", "no", "Estonia’s", "estonia", "EU", "Moscow", "moscow", "(Kyiv",
        "said,", "“Peace", "talks.”", "Go", "go", "A", "a", "Ukraine’s", "Talk"
    };

    private static List<Document> documents(long seed, int count) {
        Random random = new Random(seed);
        List<Document> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            StringBuilder b = new StringBuilder();
            int sentences = 1 + random.nextInt(8);
            for (int s = 0; s < sentences; s++) {
                int words = 1 + random.nextInt(9);
                for (int w = 0; w < words; w++) {
                    b.append(WORDS[random.nextInt(WORDS.length)]).append(w + 1 < words ? " " : "");
                }
                b.append(random.nextInt(5) == 0 ? "?" : ".").append(random.nextInt(4) == 0 ? "\n\n" : " ");
            }
            docs.add(Document.of(String.format("d%03d", d), b.toString()));
        }
        return docs;
    }

    private static List<TermOptions> optionSets() {
        TermOptions proper = TermOptions.defaults().withCase(CaseMode.KEEP_PROPER_NOUNS);
        return List.of(proper, proper.withStemming(Stemming.PORTER), proper.keepingStopWords().withNumbers(true),
                proper.withPunctuation(true), proper.withMinLength(4), proper.withStemming(Stemming.LANCASTER).keepingStopWords());
    }

    /** What the two-pass way gives: TermCounter with the profile of the whole corpus, document by document. */
    private static String twoPass(Corpus corpus, TermOptions o) {
        FrequencyAccumulator slow = new FrequencyAccumulator();
        TermCounter counter = new TermCounter(o, CaseProfile.of(corpus));
        for (Document d : corpus) {
            slow.add(counter.countByTokens(d));
        }
        return slow.table("f").print(Integer.MAX_VALUE);
    }

    @Test
    void countsAndDocumentFrequenciesEqualTheTwoPassOnesWhateverTheThreads() {
        for (long seed = 1; seed <= 6; seed++) {
            List<Document> docs = documents(seed, 80);
            Corpus corpus = Corpus.of(docs);
            for (TermOptions o : optionSets()) {
                String expected = twoPass(corpus, o);
                for (int threads : new int[] {1, 3}) {
                    List<ProperNounCounter> counters = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        counters.add(new ProperNounCounter(o));
                    }
                    for (int d = 0; d < docs.size(); d++) {
                        counters.get((d * 7 + d / 3) % threads).add(docs.get(d));
                    }
                    String actual = FrequencyAccumulator.table("f", ProperNounCounter.rowsOf(counters, Integer.MAX_VALUE))
                            .print(Integer.MAX_VALUE);
                    assertEquals(expected, actual, "seed " + seed + ", " + threads + " threads, " + o);
                }
            }
        }
    }

    /** A document that opens sentences with Talks and Talking (stemmed to one term) and never has talk otherwise counts once. */
    @Test
    void aDocumentCountsOnceForATermTwoOfItsFormsCouldGiveIt() {
        TermOptions o = TermOptions.defaults().withCase(CaseMode.KEEP_PROPER_NOUNS).withStemming(Stemming.PORTER);
        List<Document> docs = List.of(Document.of("a", "Talks resumed. Talking helps. Peace holds."),
                Document.of("b", "They talk daily. We talked."));
        ProperNounCounter counter = new ProperNounCounter(o);
        docs.forEach(counter::add);
        String actual = FrequencyAccumulator.table("f", ProperNounCounter.rowsOf(List.of(counter), Integer.MAX_VALUE))
                .print(Integer.MAX_VALUE);
        assertEquals(twoPass(Corpus.of(docs), o), actual);
        var talk = ProperNounCounter.rowsOf(List.of(counter), Integer.MAX_VALUE).stream()
                .filter(r -> r.term().equals("talk")).findFirst().orElseThrow();
        assertEquals(4, talk.count());
        assertEquals(2, talk.docs());
    }

    /** Through a stream of files (the command line's way), the table is the loaded corpus's. */
    @Test
    void streamedFrequenciesEqualTheLoadedCorpusOnes(@TempDir Path dir) throws IOException {
        for (Document d : documents(11, 60)) {
            Files.writeString(dir.resolve(d.id() + ".txt"), d.raw());
        }
        TermOptions o = TermOptions.defaults().withCase(CaseMode.KEEP_PROPER_NOUNS);
        String expected = Terms.frequencies(Corpus.load(dir), o).print(Integer.MAX_VALUE);
        assertEquals(expected, Terms.frequencies(DocumentStream.of(LoadOptions.defaults(), dir), o).print(Integer.MAX_VALUE));
    }
}
