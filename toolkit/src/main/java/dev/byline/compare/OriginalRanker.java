package dev.byline.compare;

import java.util.List;

/**
 * Ranks the likely originals of a word seen in a spun text ({@link SpinListing}): a linear score over a few features
 * of each candidate, fitted on the bench's tune split as a conditional logit (the spinner's original against the
 * other candidates of the same swap; {@code bench/spin/fit_ranker.py}).
 *
 * <p>The features, for a candidate c in place of the word seen w:
 * <ul>
 *   <li>{@code bigram_left}, {@code bigram_right}: ln P(c | left neighbour), ln P(right neighbour | c) in the news
 *   counts ({@link NewsNgrams}): a word that fits only its left neighbour ("have" after "we") scores on one side;</li>
 *   <li>{@code trigram}: the general English trigram fit of c and the two words after it ({@link EnglishLm});</li>
 *   <li>{@code cache}: ln(1 + uses of c's stem elsewhere in the text): a spinner swaps only some uses of a word;</li>
 *   <li>{@code log_channel}: ln of the size of the thesaurus entry the spinner would have drawn w from (a noisy
 *   channel: a long list makes any one of its words a less likely pick);</li>
 *   <li>{@code moby}, {@code moby2}: c is offered only by Moby, or only two Moby steps away;</li>
 *   <li>{@code form_differs}: c and w end in different inflections (-s, -ed, -ing, none): a spinner copies the
 *   original's suffix onto its synonym, so they agree;</li>
 *   <li>{@code irregular}: c is an irregular form offered for a bare lemma ("said" for "tell"), not a synonym;</li>
 *   <li>{@code two_paths}: WordNet and Moby both link c and w (two thesauri leading back);</li>
 *   <li>{@code log_commoner}: ln((news count of c + 1) / (news count of w + 1));</li>
 *   <li>{@code unigram}: ln P(c) in general English ({@link EnglishLm}, no history): with the trigram fit, it lets
 *   the ranking ask how much better c fits here than its mere frequency says (a common word fits anywhere);</li>
 *   <li>{@code sense_uses}: ln(1 + how often WordNet's sense-tagged texts use c in the senses it shares with w)
 *   ({@link Thesaurus#sharedUses}): whether the meaning that links them is one c is often used in;</li>
 *   <li>{@code moby_links}: in how many directions Moby links c and w (w on c's list, c on w's list: 0, 1 or 2).</li>
 * </ul>
 */
public final class OriginalRanker {
    /** The feature names, in the order of {@link Candidate#features()}. */
    public static final List<String> FEATURES = List.of("bigram_left", "bigram_right", "trigram", "cache", "log_channel", "moby",
            "moby2", "form_differs", "irregular", "two_paths", "log_commoner", "unigram", "sense_uses", "moby_links");

    static final int BIGRAM_LEFT = 0;
    static final int BIGRAM_RIGHT = 1;
    static final int TRIGRAM = 2;
    static final int CACHE_USES = 3;
    static final int LOG_CHANNEL = 4;
    static final int MOBY = 5;
    static final int MOBY2 = 6;
    static final int FORM_DIFFERS = 7;
    static final int IRREGULAR = 8;
    static final int TWO_PATHS = 9;
    static final int LOG_COMMONER = 10;
    static final int UNIGRAM = 11;
    static final int SENSE_USES = 12;
    static final int MOBY_LINKS = 13;

    /**
     * The thirteenth session's ranking written as weights: the fit (the mean of the news bigram and the trigram fits,
     * plus {@link SpinListing#CACHE} per ln(1 + uses)) less ln(channel), Moby's and two-step candidates behind by
     * {@link SpinListing#MOBY_MARGIN} and {@link SpinListing#TWO_STEP_MARGIN}.
     */
    static final double[] NOISY_CHANNEL = {0.5, 0.5, 0.5, SpinListing.CACHE, -1, -SpinListing.MOBY_MARGIN,
        -SpinListing.TWO_STEP_MARGIN, 0, 0, 0, 0, 0, 0, 0};

    /**
     * Fitted on the bench's tune split ({@code spin ranking} at rate 0.15 seed 3, three spinners pooled: aiksaurus,
     * MyThes and the weighted WordNet one; 10,447 swaps whose original is among the candidates; {@code fit_ranker.py
     * --l2 1}). Ranked first (the fourteenth session's weights, fitted on aiksaurus and MyThes alone → these): aiksaurus
     * 57.9 → 55.8%, MyThes 64.4 → 66.0%, weighted WordNet 75.0 → 81.5% (the noisy channel: 47.7, 61.0, 82.3%). Each
     * spinner held out of the fit in turn, with and without the last three features: aiksaurus 49.6 → 50.6%, MyThes
     * 65.0 → 65.5%, WordNet 75.0 → 75.5% (bench/RESULTS.md, seventeenth session). The trigram fit weighs three times
     * either bigram side; a word common in general English is held back (it fits anywhere); a candidate Moby links
     * both ways gains, one only Moby or two Moby steps offer pays about two units of fit.
     */
    static final double[] FITTED = {0.135, 0.185, 0.635, 1.407, -0.497, -1.985, -1.995, -0.232, -0.257, -0.025, 0.018, -0.390, -0.026, 0.479};

    private final double[] weights;

    OriginalRanker(double[] weights) {
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException(FEATURES.size() + " weights expected, not " + weights.length);
        }
        this.weights = weights.clone();
    }

    /** The ranking score of one candidate: higher ranks first. */
    double score(double[] features) {
        double s = 0;
        for (int k = 0; k < weights.length; k++) {
            s += weights[k] * features[k];
        }
        return s;
    }

    /** The inflection a suffix-copying spinner keeps: "ing", "ed", "s" or "" (none). */
    static String inflection(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return "ing";
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return "ed";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return "s";
        }
        return "";
    }

    /**
     * One candidate original of a word seen: the word, the thesaurus that offers it ({@code wordnet}, {@code moby},
     * {@code moby2}), its features (in {@link #FEATURES} order) and its fit (what the listing's margin is measured on).
     */
    public record Candidate(String word, String thesaurus, double[] features, double fit) {
    }
}
