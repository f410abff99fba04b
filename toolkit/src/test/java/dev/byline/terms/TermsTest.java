package dev.byline.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import dev.byline.text.Paragraph;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TermsTest {
    static final Corpus CORPUS = Corpus.load(Path.of("../corpus"));

    /** The occurrences of {@code word} in the headline (if any) and the body paragraphs of {@code d}. */
    static int regexCount(Document d, String word) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}\\-])" + word + "(?![\\p{L}\\p{N}\\-])", Pattern.CASE_INSENSITIVE);
        int n = 0;
        for (Document part : dev.byline.text.Parts.TITLE_AND_BODY.of(d)) {
            for (Paragraph para : part.paragraphs()) {
                Matcher m = p.matcher(para.text());
                while (m.find()) {
                    n++;
                }
            }
        }
        return n;
    }

    static int countOf(Table counts, String doc, String term) {
        for (int r = 0; r < counts.rowCount(); r++) {
            if (counts.stringColumn("doc").get(r).equals(doc) && counts.stringColumn("term").get(r).equals(term)) {
                return counts.intColumn("count").get(r);
            }
        }
        return 0;
    }

    @Test
    void putinAndRosinCountsPerArticleMatchAnIndependentRegexCount() {
        Table counts = Terms.count(CORPUS);
        int putinTotal = 0;
        for (Document d : CORPUS) {
            for (String word : List.of("putin", "rosin")) {
                assertEquals(regexCount(d, word), countOf(counts, d.id(), word), word + " in " + d.id());
            }
            putinTotal += regexCount(d, "putin");
        }
        // by hand: Rosin is quoted only in the AP story and its rewrite
        assertEquals(9, regexCount(CORPUS.get("000_fe30a10617dd1251"), "rosin"));
        assertEquals(10, regexCount(CORPUS.get("001_c4a1383d33ff9dde"), "rosin"));
        // 002 names Putin three times, once in its headline: counted unless the headline is left out
        assertEquals(3, countOf(counts, "002_a280059d1002da3e", "putin"));
        assertEquals(2, countOf(Terms.count(CORPUS, TermOptions.defaults().withParts(dev.byline.text.Parts.BODY)),
                "002_a280059d1002da3e", "putin"));
        assertEquals(0, regexCount(CORPUS.get("004_3bf5beac004fddcf"), "rosin"));
        Table freq = Terms.frequencies(CORPUS);
        int row = freq.stringColumn("term").indexOf("putin");
        assertEquals(putinTotal, freq.longColumn("count").get(row));
        assertEquals(5, freq.intColumn("docs").get(row));
    }

    @Test
    void possessiveCountsTowardTheWordNotTowardS() {
        Corpus c = Corpus.of(Document.of("d", "Estonia’s spy chief spoke. Estonia's army listened to Estonia."));
        Table counts = Terms.count(c);
        assertEquals(3, countOf(counts, "d", "estonia"));
        assertEquals(0, countOf(counts, "d", "s"));
        assertEquals(0, countOf(counts, "d", "'s"));
    }

    @Test
    void stopWordsPunctuationAndNumbersAreDroppedByDefaultAndKeptOnRequest() {
        Corpus c = Corpus.of(Document.of("d", "The talks lasted 3 days, and they ended."));
        Table plain = Terms.count(c);
        assertEquals(Set.of("talks", "lasted", "days", "ended"), Set.copyOf(plain.stringColumn("term").asList()));
        Table all = Terms.count(c, TermOptions.defaults().keepingStopWords().withNumbers(true));
        assertEquals(Set.of("the", "talks", "lasted", "3", "days", "and", "they", "ended"),
                Set.copyOf(all.stringColumn("term").asList()));
        Table extra = Terms.count(c, TermOptions.defaults().withExtraStopWords(Set.of("Talks")).withMinLength(5));
        assertEquals(Set.of("lasted", "ended"), Set.copyOf(extra.stringColumn("term").asList()));
    }

    @Test
    void ngramsNeverCrossASentenceBoundary() {
        Corpus c = Corpus.of(Document.of("d", "Peace talks began. Talks stalled quickly."));
        Table counts = Terms.count(c, TermOptions.defaults().withNgrams(1, 3));
        List<String> terms = counts.stringColumn("term").asList();
        assertTrue(terms.contains("peace talks"));
        assertTrue(terms.contains("peace talks began"));
        assertTrue(terms.contains("talks stalled quickly"));
        assertFalse(terms.contains("began talks"), terms.toString());
        assertFalse(terms.contains("talks began talks"), terms.toString());
        assertEquals(2, countOf(counts, "d", "talks"));
    }

    @Test
    void properNounModeKeepsNamesCapitalisedAndFoldsSentenceInitialWords() {
        Corpus c = Corpus.of(Document.of("d",
                "Trump met Putin. The meeting was short. Officials said Trump and Putin agreed. The talks will trump all else."));
        Table counts = Terms.count(c, TermOptions.defaults().withCase(CaseMode.KEEP_PROPER_NOUNS).keepingStopWords());
        assertEquals(2, countOf(counts, "d", "Trump"));
        assertEquals(1, countOf(counts, "d", "trump"));
        assertEquals(2, countOf(counts, "d", "Putin"));
        assertEquals(2, countOf(counts, "d", "the"));
        assertEquals(0, countOf(counts, "d", "The"));
        assertEquals(1, countOf(counts, "d", "officials"));
    }

    @Test
    void stemmingMergesInflectionsWithPorterAndLancaster() {
        Corpus c = Corpus.of(Document.of("d", "Talks resumed. She talked; they are talking."));
        assertEquals(3, countOf(Terms.count(c, TermOptions.defaults().withStemming(Stemming.PORTER)), "d", "talk"));
        Table lancaster = Terms.count(c, TermOptions.defaults().withStemming(Stemming.LANCASTER));
        assertEquals(3, lancaster.intColumn("count").get(lancaster.stringColumn("term").indexOf("talk")));
    }

    @Test
    void frequencyTableGivesDocsPer10kAndSharedRanks() {
        Corpus c = Corpus.of(Document.of("a", "Peace now. Peace later. War."), Document.of("b", "War and peace. Talks."));
        Table f = Terms.frequencies(c);
        assertEquals(List.of("term", "count", "docs", "per_10k", "rank"), f.columnNames());
        // peace 3, war 2, later 1, talks 1 (now and and are stop words): 7 terms
        assertEquals(List.of("peace", "war", "later", "talks"), f.stringColumn("term").asList());
        assertEquals(List.of(3L, 2L, 1L, 1L), f.longColumn("count").asList());
        assertEquals(List.of(2, 2, 1, 1), f.intColumn("docs").asList());
        assertEquals(List.of(1, 2, 3, 3), f.intColumn("rank").asList());
        assertEquals(3 * 10_000.0 / 7, f.doubleColumn("per_10k").get(0), 1e-9);
    }

    @Test
    void tfidfUsesScikitLearnsSmoothIdfAndL2Rows() {
        Corpus c = Corpus.of(Document.of("1", "apple banana apple"), Document.of("2", "banana cherry"));
        Table t = Terms.tfidf(c);
        // TfidfVectorizer().fit_transform(["apple banana apple", "banana cherry"]), scikit-learn 1.2.1
        Map<String, Double> expected = Map.of("1 apple", 0.94215562, "1 banana", 0.33517574,
                "2 banana", 0.57973867, "2 cherry", 0.81480247);
        Map<String, Double> actual = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            actual.put(t.stringColumn("doc").get(r) + " " + t.stringColumn("term").get(r), t.doubleColumn("tf_idf").get(r));
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertEquals(v, actual.get(k), 1e-8, k));
        Table top = Terms.distinctive(c, 1);
        assertEquals(List.of("apple", "cherry"), top.stringColumn("term").asList());
    }

    @Test
    void streamedFrequenciesEqualTheInMemoryOnes() {
        for (TermOptions o : List.of(TermOptions.defaults(), TermOptions.defaults().withNgrams(1, 2),
                TermOptions.defaults().withCase(CaseMode.KEEP_PROPER_NOUNS).withStemming(Stemming.PORTER))) {
            Table memory = Terms.frequencies(CORPUS, o);
            Table streamed = Terms.frequencies(dev.byline.corpus.DocumentStream.of(dev.byline.corpus.LoadOptions.defaults(),
                    Path.of("../corpus")).withoutMetadata(), o);
            assertEquals(memory.print(Integer.MAX_VALUE), streamed.print(Integer.MAX_VALUE), o.toString());
            assertTrue(memory.rowCount() > 500);
        }
    }

    /** TF-IDF rows are ordered by weight, highest first, ties alphabetical: the int merge sort agrees with a comparator sort. */
    @Test
    void sortByWeightOrdersLikeTheComparator() {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 2_000; round++) {
            int n = random.nextInt(40);
            int vocabulary = n + random.nextInt(10);
            int[] place = new int[vocabulary];
            java.util.List<Integer> shuffled = new java.util.ArrayList<>();
            for (int t = 0; t < vocabulary; t++) {
                shuffled.add(t);
            }
            java.util.Collections.shuffle(shuffled, random);
            for (int t = 0; t < vocabulary; t++) {
                place[t] = shuffled.get(t);
            }
            int[] terms = new int[n];
            double[] w = new double[n];
            java.util.List<Integer> distinct = new java.util.ArrayList<>(shuffled.subList(0, n));
            for (int k = 0; k < n; k++) {
                terms[k] = distinct.get(k);
                w[k] = (1 + random.nextInt(4)) * (1.0 + random.nextInt(3) / 2.0);   // many ties
            }
            Integer[] expected = new Integer[n];
            int[] order = new int[n];
            for (int k = 0; k < n; k++) {
                expected[k] = k;
                order[k] = k;
            }
            java.util.Arrays.sort(expected, (x, y) -> {
                int c = Double.compare(w[y], w[x]);
                return c != 0 ? c : Integer.compare(place[terms[x]], place[terms[y]]);
            });
            TfIdfWeights.sortByWeight(order, w, terms, place);
            assertEquals(java.util.Arrays.asList(expected), java.util.Arrays.stream(order).boxed().toList(), "round " + round);
        }
    }
}
