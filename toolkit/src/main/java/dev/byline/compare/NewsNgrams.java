package dev.byline.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word and word-pair counts of ordinary English news, read from {@code news-ngrams.tsv.gz}
 * beside this class: what "usually goes with what" (collocations) for spin detection.
 *
 * <p>The counts were built by {@code ./byline-bench spin counts} from the training split of
 * the PolNeAR corpus of US political news (Newell, Margolin and Ruths, 2018; 2015–2016 articles
 * from seven publishers), the part of it the bench does not spin or score: 70% of its train
 * articles by file-name hash (see {@code bench/spin/README.md}). Words are lower case; "&lt;s&gt;"
 * stands for a sentence or clause edge. No count comes from this repository's corpus/.
 */
public final class NewsNgrams {
    private static volatile NewsNgrams instance;

    private final Map<String, Integer> unigrams;
    private final Map<String, Integer> bigrams;
    private final long tokens;
    private final int edges;

    NewsNgrams(Map<String, Integer> unigrams, Map<String, Integer> bigrams) {
        this.unigrams = unigrams;
        this.bigrams = bigrams;
        this.tokens = unigrams.values().stream().mapToLong(Integer::longValue).sum();
        int e = 0;
        for (Map.Entry<String, Integer> b : bigrams.entrySet()) {
            if (b.getKey().startsWith(EDGE + " ")) {
                e += b.getValue();
            }
        }
        this.edges = e;
    }

    static NewsNgrams builtIn() {
        NewsNgrams n = instance;
        if (n == null) {
            synchronized (NewsNgrams.class) {
                if (instance == null) {
                    instance = read();
                }
                n = instance;
            }
        }
        return n;
    }

    /**
     * The token keys the counts are made of, one per token of {@code doc}: lower-case words,
     * {@code <num>} for numbers, {@code <s>} for punctuation (a sentence or clause edge).
     */
    public static String[] keys(dev.byline.text.Document doc) {
        java.util.List<dev.byline.text.Token> tokens = doc.tokens();
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            dev.byline.text.Token t = tokens.get(i);
            keys[i] = switch (t.kind()) {
                case WORD, CLITIC -> t.norm().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
                case NUMBER -> "<num>";
                default -> EDGE;
            };
        }
        return keys;
    }

    /** The key for punctuation: a sentence or clause edge. */
    public static final String EDGE = "<s>";

    /** Adds the word and word-pair counts of {@code doc} to {@code counts} (a word is its own key, a pair "left right"). */
    public static void count(dev.byline.text.Document doc, Map<String, Integer> counts) {
        String[] k = keys(doc);
        for (int i = 0; i < k.length; i++) {
            if (!k[i].equals(EDGE)) {
                counts.merge(k[i], 1, Integer::sum);
            }
            if (i > 0 && !(k[i].equals(EDGE) && k[i - 1].equals(EDGE))) {
                counts.merge(k[i - 1] + " " + k[i], 1, Integer::sum);
            }
        }
    }

    /** Weight of the word's own frequency against its pair counts: an add-β blend toward unigram odds. */
    static final double BLEND = 2.0;

    /**
     * How well {@code words} fit between {@code left} and {@code right} in news: the natural log of
     * P(first | left) · P(next | previous)… · P(right | last) under a bigram model blended toward
     * word frequencies ({@value #BLEND}), so a word news never saw scores by its rarity alone.
     */
    double fit(String left, String[] words, String right) {
        double f = 0;
        String prev = left;
        for (String w : words) {
            f += Math.log(conditional(prev, w));
            prev = w;
        }
        return f + Math.log(conditional(prev, right));
    }

    private double conditional(String prev, String next) {
        double pNext = (count(next) + 0.5) / (tokens + 0.5 * unigrams.size());
        int prevCount = prev.equals(EDGE) ? edges : count(prev);
        return (count(prev, next) + BLEND * pNext) / (prevCount + BLEND);
    }

    int count(String word) {
        return unigrams.getOrDefault(word, 0);
    }

    int count(String left, String right) {
        return bigrams.getOrDefault(left + " " + right, 0);
    }

    long tokens() {
        return tokens;
    }

    private static NewsNgrams read() {
        try (InputStream in = NewsNgrams.class.getResourceAsStream("news-ngrams.tsv.gz")) {
            if (in == null) {
                throw new IllegalStateException("news-ngrams.tsv.gz is missing from the toolkit jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            Map<String, Integer> uni = new HashMap<>(1 << 16);
            Map<String, Integer> bi = new HashMap<>(1 << 19);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                String key = line.substring(0, tab);
                int count = Integer.parseInt(line.substring(tab + 1));
                (key.indexOf(' ') >= 0 ? bi : uni).put(key, count);
            }
            return new NewsNgrams(uni, bi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
