package dev.byline.compare;

import dev.byline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Per-word evidence of spinning, as a likelihood ratio: how much more likely the word's
 * collocation and frequency features are if a thesaurus spinner put the word there than if a
 * writer did. {@link SpinDetector} accumulates these ratios into its document score, so many
 * mildly odd words count as well as a few glaring ones (a light spin leaves fewer glaring ones).
 *
 * <pre>{@code
 * SpinEvidence e = SpinEvidence.defaults();
 * for (SpinEvidence.Word w : e.of(doc)) { ... w.logRatio() ... }   // ln(LR), spun : written
 * }</pre>
 *
 * <p>The features of a candidate word (see {@link #FEATURES}) come from WordNet (its synonyms, as
 * for the listing) and its fit to the context ({@link SpinDetector#contextFit}: the news word-pair counts of
 * {@link NewsNgrams} and the general English trigram model {@link EnglishLm}): how much better its best
 * synonym fits the neighbours (the margin), among synonyms much commoner than it and among all
 * synonyms at least as common; how common the word is; whether news ever pairs it with either
 * neighbour; whether the text uses the best synonym or the word itself elsewhere. Two signals ask
 * no thesaurus at all, so they carry over to a spinner whose thesaurus is not WordNet: how much
 * each neighbour raises the word's probability in news over its frequency (its gain: a writer's
 * word is expected after its left neighbour and makes its right one expected, a substitute seldom
 * is), and how often WordNet's sense-tagged texts use the word (a general-English frequency of
 * the word as a writer's choice). The ratio is a logistic model's odds over its training base odds
 * ({@link SpinEvidenceModel}, which also crosses the frequency bins with the margins and gains),
 * fitted on the features {@code byline-bench spin features} writes for the bench's tune split
 * (PolNeAR train articles, spun by the bench's WordNet thesaurus spinner; the negatives are the
 * candidate words of the same articles unspun, and of the same articles respelt the British way). A British spelling
 * is read as its American one throughout ({@link Spellings}). No corpus/ text was used.
 */
public final class SpinEvidence {
    /** One candidate word and its evidence: start and end are offsets into the document's raw text. */
    public record Word(int start, int end, String key, double[] features, double logRatio) {
    }

    /** Margin bins (natural-log units, lower bound inclusive): the model reads each margin by bin, not on a line. */
    private static final double[] MARGIN_BINS = {Double.NEGATIVE_INFINITY, 0, 2, 4, 6, 8, 11, Double.POSITIVE_INFINITY};
    /** Bins of a neighbour's gain (natural log of P with the neighbour over P without): how expected the pair is. */
    private static final double[] GAIN_BINS = {Double.NEGATIVE_INFINITY, -1, 0, 1, 2, 3, 5, Double.POSITIVE_INFINITY};
    /** Bins of log(1 + the word's count in news). */
    private static final double[] FREQ_BINS = {Double.NEGATIVE_INFINITY, 0.5, 2, 3.5, 5, 7, Double.POSITIVE_INFINITY};
    /** Bins of the word's log10 probability in general English ({@link EnglishLm}'s unigram; a word it does not know has none). */
    private static final double[] LM_FREQ_BINS = {Double.NEGATIVE_INFINITY, -6, -5.5, -5, -4.5, -4, Double.POSITIVE_INFINITY};
    /**
     * Bins of the word's general-English context gain (nats): how much likelier the trigram model finds the word and the
     * two words after it with the word in place than the word's own frequency and those words without it. A writer's word
     * is expected in its context; a thesaurus swap, from whatever thesaurus, seldom is.
     */
    private static final double[] LM_GAIN_BINS = {Double.NEGATIVE_INFINITY, -2, 0, 2, 4, 6, 9, Double.POSITIVE_INFINITY};

    /** Feature names, in the order of {@link Word#features()} (the bench writes them as a header). */
    public static final List<String> FEATURES = names();

    /** The fitted logistic model over {@link SpinEvidenceModel#inputs} of these features (resource {@code spin-evidence.tsv}). */
    static final SpinEvidenceModel MODEL = SpinEvidenceModel.builtIn(FEATURES);

    private static List<String> names() {
        List<String> n = new ArrayList<>();
        for (int b = 0; b + 1 < MARGIN_BINS.length; b++) {
            n.add("margin_rare_" + b);
        }
        for (int b = 0; b + 1 < MARGIN_BINS.length; b++) {
            n.add("margin_any_" + b);
        }
        for (int b = 0; b + 1 < FREQ_BINS.length; b++) {
            n.add("log_freq_" + b);
        }
        n.addAll(List.of("both_unseen", "left_unseen", "right_unseen", "synonym_in_text", "word_in_text", "log_synonyms",
                "rarity", "synonym_not_word_in_text"));
        for (int b = 0; b + 1 < GAIN_BINS.length; b++) {
            n.add("gain_left_" + b);
        }
        for (int b = 0; b + 1 < GAIN_BINS.length; b++) {
            n.add("gain_right_" + b);
        }
        n.add("log_uses");
        n.add("lm_unknown");
        for (int b = 0; b + 1 < LM_FREQ_BINS.length; b++) {
            n.add("lm_freq_" + b);
        }
        for (int b = 0; b + 1 < LM_GAIN_BINS.length; b++) {
            n.add("lm_gain_" + b);
        }
        return List.copyOf(n);
    }

    /** Margins are clipped to this range (natural-log units), so one unseen pair cannot dominate. */
    private static final double CLIP_LOW = -6;
    private static final double CLIP_HIGH = 15;
    /** How many times as common (plus one) a synonym must be to count as "much commoner" (as {@link SpinDetector#RARER}). */
    private static final double MUCH_COMMONER = SpinDetector.RARER;
    /** Words after the candidate whose trigram probability its context gain weighs (as {@link SpinDetector#LM_AFTER}). */
    private static final int LM_AFTER = SpinDetector.LM_AFTER;

    private final Thesaurus thesaurus;
    private final NewsNgrams news;

    SpinEvidence(Thesaurus thesaurus, NewsNgrams news) {
        this.thesaurus = thesaurus;
        this.news = news;
    }

    /** The shared WordNet thesaurus and the built-in news counts. */
    public static SpinEvidence defaults() {
        return new SpinEvidence(Thesaurus.wordNet(), NewsNgrams.builtIn());
    }

    /** Evidence for every candidate word of a document: one pass, constant work per word. */
    public List<Word> of(dev.byline.text.Document doc) {
        String[] keys = NewsNgrams.keys(doc);
        return of(doc.tokens(), keys, SpinDetector.stemCounts(keys));
    }

    List<Word> of(List<Token> tokens, String[] keys, Map<String, Integer> inDoc) {
        smile.nlp.stemmer.PorterStemmer stemmer = new smile.nlp.stemmer.PorterStemmer();
        String[] us = americanKeys(tokens, keys);
        Map<String, Integer> uses = us == keys ? inDoc : SpinDetector.stemCounts(us);
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!SpinDetector.candidate(tokens, keys, i)) {
                continue;
            }
            double[] f = features(us, uses, i, stemmer);
            if (f != null) {
                out.add(new Word(tokens.get(i).start(), tokens.get(i).end(), us[i], f, logRatio(f)));
            }
        }
        return out;
    }

    /**
     * The keys with every British spelling written the American way, or {@code keys} itself when there is none. The
     * counts and the trigram model are American, so a British word is rare there and its neighbours' pairs unseen: a
     * plain British story would read as spun ("harmonise their rules", "the neighbouring councils"). A spelling is
     * the outlet's house style, not a spinner's swap. A word the table ({@link Spellings}) lists is read as its
     * American form, neighbours included; a candidate word it does not list is read so when the regular alternations
     * ({@link SpinDetector#american}) make a spelling the news counts hold more often ("licence", "programme").
     */
    String[] americanKeys(List<Token> tokens, String[] keys) {
        String[] us = keys;
        for (int i = 0; i < keys.length; i++) {
            String a = Spellings.american(keys[i]);
            if (a.equals(keys[i]) && SpinDetector.candidate(tokens, keys, i)) {
                String rule = SpinDetector.american(keys[i]);
                a = !rule.equals(keys[i]) && news.count(rule) > news.count(keys[i]) ? rule : keys[i];
            }
            if (!a.equals(keys[i])) {
                us = us == keys ? keys.clone() : us;
                us[i] = a;
            }
        }
        return us;
    }

    /** The features of the word at {@code i}, or null when WordNet offers it no synonym (no spinner could have put it there). */
    private double[] features(String[] keys, Map<String, Integer> inDoc, int i, smile.nlp.stemmer.PorterStemmer stemmer) {
        String w = keys[i];   // American spelling (americanKeys)
        List<String> synonyms = thesaurus.synonyms(w);
        if (synonyms.isEmpty()) {
            return null;
        }
        String left = i > 0 ? keys[i - 1] : NewsNgrams.EDGE;
        String right = i + 1 < keys.length ? keys[i + 1] : NewsNgrams.EDGE;
        double own = SpinDetector.contextFit(news, keys, i, 1, new String[] {w});
        int ownCount = news.count(w);
        double bestRare = Double.NEGATIVE_INFINITY;
        double bestAny = Double.NEGATIVE_INFINITY;
        int bestAnyCount = 0;
        int synonymSeen = 0;
        for (String syn : synonyms) {
            if (Spellings.american(syn).equals(w)) {
                continue;   // WordNet lists "favour" beside "favor": the word itself, spelt the other way
            }
            int c = frequency(syn);
            String key = syn.contains(" ") ? syn : "#" + stemmer.stem(syn);
            synonymSeen = Math.max(synonymSeen, inDoc.getOrDefault(key, 0));
            if (c < ownCount + 1) {
                continue;
            }
            double fit = SpinDetector.contextFit(news, keys, i, 1, syn.split(" "));
            if (fit > bestAny) {
                bestAny = fit;
                bestAnyCount = c;
            }
            if (c >= MUCH_COMMONER * (ownCount + 1) && fit > bestRare) {
                bestRare = fit;
            }
        }
        int ownSeen = Math.max(0, inDoc.getOrDefault("#" + stemmer.stem(w), 1) - 1);
        boolean leftUnseen = news.count(left, w) == 0;
        boolean rightUnseen = news.count(w, right) == 0;
        double[] f = new double[FEATURES.size()];
        int k = 0;
        k = oneHot(f, k, MARGIN_BINS, bestRare > Double.NEGATIVE_INFINITY ? clip(bestRare - own) : Double.NaN);
        k = oneHot(f, k, MARGIN_BINS, bestAny > Double.NEGATIVE_INFINITY ? clip(bestAny - own) : Double.NaN);
        k = oneHot(f, k, FREQ_BINS, Math.log1p(ownCount));
        f[k++] = leftUnseen && rightUnseen ? 1 : 0;
        f[k++] = leftUnseen && !rightUnseen ? 1 : 0;
        f[k++] = rightUnseen && !leftUnseen ? 1 : 0;
        f[k++] = Math.log1p(synonymSeen);
        f[k++] = Math.log1p(ownSeen);
        f[k++] = Math.log1p(synonyms.size());
        f[k++] = bestAny > Double.NEGATIVE_INFINITY ? Math.log((bestAnyCount + 1.0) / (ownCount + 1.0)) : 0;
        f[k++] = synonymSeen > 0 && ownSeen == 0 ? 1 : 0;
        k = oneHot(f, k, GAIN_BINS, news.leftGain(left, w));
        k = oneHot(f, k, GAIN_BINS, news.rightGain(w, right));
        f[k++] = Math.log1p(thesaurus.useCount(w));
        EnglishLm lm = EnglishLm.builtIn();
        boolean known = lm.knows(w);
        f[k++] = known ? 0 : 1;
        k = oneHot(f, k, LM_FREQ_BINS, known ? lm.unigramLog10(w) : Double.NaN);
        oneHot(f, k, LM_GAIN_BINS, known ? lm.contextGain(keys, i, LM_AFTER) : Double.NaN);
        return f;
    }

    /** Sets the indicator of the bin {@code v} falls in (none for NaN: no such synonym) and returns the next free index. */
    private static int oneHot(double[] f, int k, double[] bins, double v) {
        for (int b = 0; b + 1 < bins.length; b++) {
            f[k + b] = v >= bins[b] && v < bins[b + 1] ? 1 : 0;
        }
        return k + bins.length - 1;
    }

    /** The natural log of the likelihood ratio spun : written for features {@code f}. */
    static double logRatio(double[] f) {
        return MODEL.logRatio(f);
    }

    private static double clip(double m) {
        return Math.max(CLIP_LOW, Math.min(CLIP_HIGH, m));
    }

    private int frequency(String phrase) {
        int space = phrase.indexOf(' ');
        return space < 0 ? news.count(phrase) : phrase.indexOf(' ', space + 1) < 0
                ? news.count(phrase.substring(0, space), phrase.substring(space + 1)) : 0;
    }
}
