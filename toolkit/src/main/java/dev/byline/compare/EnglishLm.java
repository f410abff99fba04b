package dev.byline.compare;

import it.unimi.dsi.fastutil.longs.Long2FloatOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.IOException;
import java.io.InputStream;
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

    /**
     * Reads the model's lines straight from the bytes: 2.2 million lines made into Strings, substrings and parsed
     * floats cost more CPU than the look-ups they feed (1.6–1.8 s), and the garbage swelled the process. A pair's
     * or triple's words are found by their bytes ({@link WordIds}); a value rounded to 0.01 is read as hundredths,
     * each distinct one parsed by {@link Float#parseFloat} once, so every value is the float the text gives.
     */
    EnglishLm(InputStream in) throws IOException {
        ids = new Object2IntOpenHashMap<>(1 << 17);
        ids.defaultReturnValue(-1);
        WordIds byBytes = new WordIds(1 << 18);
        float[] p = new float[1 << 17];
        float[] b = new float[1 << 17];
        bigramProb = new Long2FloatOpenHashMap(1 << 21);
        bigramBackoff = new Long2FloatOpenHashMap(1 << 16);
        trigramProb = new Long2FloatOpenHashMap(1 << 20);
        byte[] buf = new byte[1 << 16];
        int have = 0;
        int row = 0;
        boolean eof = false;
        while (!eof || have > 0) {
            if (have == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);   // a line longer than the buffer
            }
            if (!eof) {
                int n = in.read(buf, have, buf.length - have);
                if (n < 0) {
                    eof = true;
                } else {
                    have += n;
                }
            }
            int s = 0;
            while (s < have) {
                int nl = indexOf(buf, (byte) '\n', s, have);
                if (nl < 0) {
                    if (!eof) {
                        break;   // the rest of this line comes with the next read
                    }
                    nl = have;   // the last line has no newline
                }
                row++;
                if (nl > s && buf[s] != '#') {
                    int id = line(buf, s, nl, row, byBytes, p, b);
                    if (id >= p.length - 1) {
                        p = Arrays.copyOf(p, p.length * 2);
                        b = Arrays.copyOf(b, b.length * 2);
                    }
                }
                s = nl + 1;
            }
            s = Math.min(s, have);
            System.arraycopy(buf, s, buf, 0, have - s);
            have -= s;
        }
        prob = Arrays.copyOf(p, ids.size());
        backoff = Arrays.copyOf(b, ids.size());
        begin = ids.getInt(BEGIN);
        end = ids.getInt(END);
    }

    /** One line [s, e): a word (returns its id), a pair or a triple (returns −1). */
    private int line(byte[] buf, int s, int e, int row, WordIds byBytes, float[] p, float[] b) {
        int tab = indexOf(buf, (byte) '\t', s, e);
        if (tab <= s) {
            throw new IllegalStateException("english-lm.tsv.gz line " + row + ": no tab");
        }
        int tab2 = indexOf(buf, (byte) '\t', tab + 1, e);
        float lp = value(buf, tab + 1, tab2 < 0 ? e : tab2);
        float bo = tab2 < 0 ? 0f : value(buf, tab2 + 1, e);
        int s1 = indexOf(buf, (byte) ' ', s, tab);
        if (s1 < 0) {
            int id = ids.size();
            ids.put(new String(buf, s, tab - s, StandardCharsets.UTF_8), id);
            byBytes.put(buf, s, tab, id);
            p[id] = lp;
            b[id] = bo;
            return id;
        }
        int s2 = indexOf(buf, (byte) ' ', s1 + 1, tab);
        int a = byBytes.get(buf, s, s1);
        if (s2 < 0) {
            long key = pack(a, byBytes.get(buf, s1 + 1, tab));
            bigramProb.put(key, lp);
            if (bo != 0f) {
                bigramBackoff.put(key, bo);
            }
        } else {
            trigramProb.put(pack(pack(a, byBytes.get(buf, s1 + 1, s2)), byBytes.get(buf, s2 + 1, tab)), lp);
        }
        return -1;
    }

    private static int indexOf(byte[] buf, byte c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Values parsed so far, by hundredths + {@link #VALUE_OFFSET} (NaN: not yet). */
    private final float[] values = newValues();
    private static final int VALUE_OFFSET = 20_000;

    private static float[] newValues() {
        float[] v = new float[2 * VALUE_OFFSET + 1];
        Arrays.fill(v, Float.NaN);
        return v;
    }

    /** The number in [s, e): "-1.13", "-99", "0", "-1.1" as hundredths through the cache, anything else parsed as text. */
    private float value(byte[] buf, int s, int e) {
        int i = s;
        boolean minus = i < e && buf[i] == '-';
        i += minus ? 1 : 0;
        int h = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < e; i++) {
            byte c = buf[i];
            if (c == '.' && decimals < 0) {
                decimals = 0;
            } else if (c >= '0' && c <= '9' && digits < 6 && decimals < 2) {
                h = h * 10 + (c - '0');
                digits++;
                decimals += decimals >= 0 ? 1 : 0;
            } else {
                return Float.parseFloat(new String(buf, s, e - s, StandardCharsets.US_ASCII));
            }
        }
        if (digits == 0) {
            return Float.parseFloat(new String(buf, s, e - s, StandardCharsets.US_ASCII));
        }
        for (int d = Math.max(decimals, 0); d < 2; d++) {
            h *= 10;
        }
        h = minus ? -h : h;
        if (h < -VALUE_OFFSET || h > VALUE_OFFSET) {
            return Float.parseFloat(new String(buf, s, e - s, StandardCharsets.US_ASCII));
        }
        float v = values[h + VALUE_OFFSET];
        if (Float.isNaN(v)) {
            v = Float.parseFloat(h + "e-2");
            values[h + VALUE_OFFSET] = v;
        }
        return v;
    }

    /** Word ids by the word's UTF-8 bytes (open addressing), so a pair's words are found without making Strings. */
    private static final class WordIds {
        private final int[] slots;
        private final int mask;
        private final int[] starts;
        private final int[] lengths;
        private byte[] pool = new byte[1 << 20];
        private int used;

        WordIds(int capacity) {
            slots = new int[capacity];
            mask = capacity - 1;
            starts = new int[capacity / 2];
            lengths = new int[capacity / 2];
        }

        private static int hash(byte[] buf, int s, int e) {
            int h = 0x811c9dc5;
            for (int i = s; i < e; i++) {
                h = (h ^ buf[i]) * 0x01000193;
            }
            return h ^ h >>> 15;
        }

        void put(byte[] buf, int s, int e, int id) {
            if (id >= starts.length) {
                throw new IllegalStateException("english-lm.tsv.gz: more than " + starts.length + " words");
            }
            int len = e - s;
            if (used + len > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, used + len));
            }
            System.arraycopy(buf, s, pool, used, len);
            starts[id] = used;
            lengths[id] = len;
            used += len;
            int k = hash(buf, s, e) & mask;
            while (slots[k] != 0) {
                k = (k + 1) & mask;
            }
            slots[k] = id + 1;
        }

        int get(byte[] buf, int s, int e) {
            int k = hash(buf, s, e) & mask;
            int len = e - s;
            for (int slot; (slot = slots[k]) != 0; k = (k + 1) & mask) {
                int id = slot - 1;
                if (lengths[id] == len && Arrays.equals(pool, starts[id], starts[id] + len, buf, s, e)) {
                    return id;
                }
            }
            return -1;
        }
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
            return new EnglishLm(new GZIPInputStream(in, 1 << 16));
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

    /** log10 P(word) with no history; {@link #UNKNOWN} for a word the model does not know. */
    double unigramLog10(String word) {
        int w = ids.getInt(word);
        return w < 0 ? UNKNOWN : prob[w];
    }

    /**
     * The pointwise gain of keys[i] in its context (natural log): ln P of the word and the {@code after} keys after it,
     * given two keys of history, less ln P(word) alone and less ln P of those keys with the word's place unknown (their
     * history cut there). High for a writer's collocation, low for a word that does not belong where it stands.
     */
    double contextGain(String[] keys, int i, int after) {
        double with = window(keys, i, 1, after);
        double without = window(keys, i, 1, NO_WORD, after) - UNKNOWN * LN10;
        return with - without - unigramLog10(keys[i]) * LN10;
    }

    /** A word no key can be: its place is unknown to the model, so the history is cut there. */
    private static final String[] NO_WORD = {"\u0000"};

    boolean knows(String word) {
        return ids.getInt(word) >= 0;
    }
}
