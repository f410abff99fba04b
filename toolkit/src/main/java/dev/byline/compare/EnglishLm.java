package dev.byline.compare;

import it.unimi.dsi.fastutil.longs.Long2FloatOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A general US-English trigram language model: how likely a word is after the two before it, in
 * English at large rather than in the political news {@link NewsNgrams} counts. Read from
 * {@code english-lm.tsv.gz} beside this class, which {@code bench/spin/build-lm.sh} derives from
 * CMU Sphinx's generic US-English model {@code en-us.lm.bin} (Carnegie Mellon University and Alpha
 * Cephei, BSD 2-clause; Debian package {@code pocketsphinx-en-us}; README-english-lm.md): its 72,262 words, and the
 * commonest 60% of its word pairs and word triples by joint probability, log10 probabilities and
 * back-off weights rounded to 0.01 (Katz back-off, as the model was built).
 *
 * <pre>{@code
 * EnglishLm lm = EnglishLm.builtIn();
 * lm.window(new String[] {"<s>", "the", "senator", "said", "on", "monday"}, 3, 1, 2);   // ln P(said | the senator) + ln P(on | senator said) + ln P(monday | said on)
 * }</pre>
 *
 * <p>Keys are the {@link NewsNgrams#keys} of a text: an edge ({@code <s>}) opens a sentence to the
 * left and ends one to the right; a word the model does not know ({@code <num>}, names, a
 * spinner's oddity) gets {@link #UNKNOWN} and cuts the history.
 */
final class EnglishLm {
    private static volatile EnglishLm instance;

    /** log10 probability of a word the model does not know: below its rarest words (about −8.8 with back-off). */
    static final double UNKNOWN = -9.0;

    private static final double LN10 = Math.log(10);
    private static final String BEGIN = "<s>";
    private static final String END = "</s>";

    private final Object2IntOpenHashMap<String> ids;
    private final float[] prob;
    private final float[] backoff;
    private final Long2FloatOpenHashMap bigramProb;
    private final Long2FloatOpenHashMap bigramBackoff;
    private final Long2FloatOpenHashMap trigramProb;
    private final int begin;
    private final int end;

    private EnglishLm(BufferedReader lines) throws IOException {
        ids = new Object2IntOpenHashMap<>(1 << 17);
        ids.defaultReturnValue(-1);
        float[] p = new float[1 << 17];
        float[] b = new float[1 << 17];
        bigramProb = new Long2FloatOpenHashMap(1 << 21);
        bigramBackoff = new Long2FloatOpenHashMap(1 << 16);
        trigramProb = new Long2FloatOpenHashMap(1 << 20);
        String line;
        int row = 0;
        while ((line = lines.readLine()) != null) {
            row++;
            if (line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            int tab2 = line.indexOf('\t', tab + 1);
            if (tab <= 0) {
                throw new IllegalStateException("english-lm.tsv.gz line " + row + ": no tab");
            }
            float lp = Float.parseFloat(line.substring(tab + 1, tab2 < 0 ? line.length() : tab2));
            float bo = tab2 < 0 ? 0f : Float.parseFloat(line.substring(tab2 + 1));
            int s1 = line.indexOf(' ');
            if (s1 < 0 || s1 > tab) {
                int id = ids.size();
                if (id >= p.length) {
                    p = Arrays.copyOf(p, p.length * 2);
                    b = Arrays.copyOf(b, b.length * 2);
                }
                ids.put(line.substring(0, tab), id);
                p[id] = lp;
                b[id] = bo;
                continue;
            }
            int s2 = line.indexOf(' ', s1 + 1);
            int a = ids.getInt(line.substring(0, s1));
            if (s2 < 0 || s2 > tab) {
                long key = pack(a, ids.getInt(line.substring(s1 + 1, tab)));
                bigramProb.put(key, lp);
                if (bo != 0f) {
                    bigramBackoff.put(key, bo);
                }
            } else {
                trigramProb.put(pack(pack(a, ids.getInt(line.substring(s1 + 1, s2))), ids.getInt(line.substring(s2 + 1, tab))), lp);
            }
        }
        prob = Arrays.copyOf(p, ids.size());
        backoff = Arrays.copyOf(b, ids.size());
        begin = ids.getInt(BEGIN);
        end = ids.getInt(END);
    }

    /** Ids are below 2^17 (the model has 72,547 words): a pair takes 34 bits, a triple 51. */
    private static long pack(long left, int right) {
        return left << 17 | right;
    }

    static EnglishLm builtIn() {
        EnglishLm m = instance;
        if (m == null) {
            synchronized (EnglishLm.class) {
                if (instance == null) {
                    instance = read();
                }
                m = instance;
            }
        }
        return m;
    }

    private static EnglishLm read() {
        String name = "english-lm.tsv.gz";
        try (InputStream in = EnglishLm.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the toolkit jar");
            }
            return new EnglishLm(new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** log10 P(w | u v) by Katz back-off; ids −1 for a word the model does not know (u and v may be −1: no history). */
    private double log10(int u, int v, int w) {
        if (w < 0) {
            return UNKNOWN;
        }
        if (v >= 0) {
            if (u >= 0) {
                long uv = pack(u, v);
                float t = trigramProb.getOrDefault(pack(uv, w), Float.NaN);
                if (!Float.isNaN(t)) {
                    return t;
                }
                float b = bigramBackoff.getOrDefault(uv, 0f);
                return b + bigram(v, w);
            }
            return bigram(v, w);
        }
        return prob[w];
    }

    private double bigram(int v, int w) {
        float p = bigramProb.getOrDefault(pack(v, w), Float.NaN);
        return Float.isNaN(p) ? backoff[v] + prob[w] : p;
    }

    /**
     * Natural log of the probability of keys[from .. from+n] and of the {@code after} keys that follow them (their
     * histories change with them), each given the two keys before it; an edge key ends the sentence and the window.
     */
    double window(String[] keys, int from, int n, int after) {
        return window(keys, from, n, Arrays.copyOfRange(keys, from, from + n), after);
    }

    /** The same, with {@code words} standing in for the {@code span} keys at {@code from}. */
    double window(String[] keys, int from, int span, String[] words, int after) {
        int n = words.length;
        int u = history(keys, from - 2);
        int v = history(keys, from - 1);
        if (v == begin) {
            u = -1;
        }
        double sum = 0;
        for (int k = 0; k < n + after; k++) {
            int j = from + span + k - n;   // a key after the words: the text's own, past the keys they stand in for
            String key = k < n ? words[k] : j < keys.length ? keys[j] : NewsNgrams.EDGE;
            if (key.equals(NewsNgrams.EDGE)) {
                sum += log10(u, v, end);
                break;
            }
            int w = ids.getInt(key);
            sum += log10(u, v, w);
            u = w < 0 ? -1 : v;
            v = w;
        }
        return sum * LN10;
    }

    /** The id of keys[i] as history for position {@code at}: the edge opens a sentence, before the text too. */
    private int history(String[] keys, int i) {
        if (i < 0 || keys[i].equals(NewsNgrams.EDGE)) {
            return begin;
        }
        return ids.getInt(keys[i]);
    }

    boolean knows(String word) {
        return ids.getInt(word) >= 0;
    }
}
