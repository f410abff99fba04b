package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NgramCounterTest {
    private static final String[] WORDS = {
        "peace", "talks", "Peace", "Talks", "Putin", "putin", "said", "the", "The", "Kyiv", "Estonia’s", "U.S.", "war",
        "ceasefire", "Trump", "minister", "a", "of", "2026", "4-year-old", "they’ll", "Ms.", "Smith", "Dr."
    };

    /**
     * Two counters whose tables start with 2 slots (so that they grow while counting and while merging) give the rows
     * the string counts give, for n-grams of one to four words, from any minimum size, proper nouns kept or not.
     */
    @Test
    void countsEqualTheStringCountsWhateverTheTablesGrowThrough() {
        Random random = new Random(23);
        List<Document> docs = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            StringBuilder b = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                for (int w = 0; w < 40 + random.nextInt(40); w++) {
                    b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
                }
                b.append(".\n\n");
            }
            docs.add(Document.of(String.format("%02d", d), b.toString()));
        }
        Corpus corpus = Corpus.of(docs);
        CaseProfile profile = CaseProfile.of(corpus);
        for (TermOptions o : List.of(TermOptions.defaults().withNgrams(1, 2), TermOptions.defaults().withNgrams(1, 4),
                TermOptions.defaults().withNgrams(3, 3).keepingStopWords(), TermOptions.defaults().withNgrams(2, 4),
                TermOptions.defaults().withCase(CaseMode.KEEP_PROPER_NOUNS).withNgrams(1, 3),
                TermOptions.defaults().withCase(CaseMode.KEEP_PROPER_NOUNS))) {
            CaseProfile p = o.caseMode() == CaseMode.KEEP_PROPER_NOUNS ? profile : null;
            FrequencyAccumulator strings = new FrequencyAccumulator();
            TermCounter counter = new TermCounter(o, p);
            NgramCounter first = new NgramCounter(o, p, 2);
            NgramCounter second = new NgramCounter(o, p, 2);
            for (int d = 0; d < docs.size(); d++) {
                strings.add(counter.countByTokens(docs.get(d)));
                (d % 3 == 0 ? first : second).add(docs.get(d));
            }
            List<TermFrequency> expected = strings.rows();
            assertEquals(expected, NgramCounter.rowsOf(List.of(first, second), Integer.MAX_VALUE), o.toString());
            for (int top : new int[] {1, 10, 100}) {
                NgramCounter a = new NgramCounter(o, p, 2);
                docs.forEach(a::add);
                assertEquals(expected.subList(0, Math.min(top, expected.size())), NgramCounter.rowsOf(List.of(a), top), o + " top " + top);
            }
        }
    }
}
