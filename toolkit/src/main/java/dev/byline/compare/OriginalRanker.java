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
 *   <li>{@code log_commoner}: ln((news count of c + 1) / (news count of w + 1)).</li>
 * </ul>
 */
public final class OriginalRanker {
    /** The feature names, in the order of {@link Candidate#features()}. */
    public static final List<String> FEATURES = List.of("bigram_left", "bigram_right", "trigram", "cache", "log_channel", "moby",
            "moby2", "form_differs", "irregular", "two_paths", "log_commoner");

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

    /**
     * The thirteenth session's ranking written as weights: the fit (the mean of the news bigram and the trigram fits,
     * plus {@link SpinListing#CACHE} per ln(1 + uses)) less ln(channel), Moby's and two-step candidates behind by
     * {@link SpinListing#MOBY_MARGIN} and {@link SpinListing#TWO_STEP_MARGIN}.
     */
    static final double[] NOISY_CHANNEL = {0.5, 0.5, 0.5, SpinListing.CACHE, -1, -SpinListing.MOBY_MARGIN,
        -SpinListing.TWO_STEP_MARGIN, 0, 0, 0, 0};

    /**
     * Fitted on the bench's tune split ({@code spin ranking} at rate 0.15 seed 3, the aiksaurus and MyThes spinners
     * pooled: 5,863 swaps whose original is among the candidates; {@code fit_ranker.py --l2 1}). Ranked first:
     * aiksaurus 46.6 → 57.2%, MyThes 60.9 → 64.2% of those swaps (noisy channel → fitted); fitted on MyThes alone it
     * ranks 53.7% of aiksaurus's first. The trigram fit weighs three times either bigram side; a commoner candidate is
     * held back (the fits already favour common words); an irregular form and a differing inflection pay; a word both
     * thesauri link gains; Moby's lone candidates are no longer held back by {@link SpinListing#MOBY_MARGIN} in the
     * ranking (only in the margin test), two-step ones by about 1.6 units of fit.
     */
    static final double[] FITTED = {0.145, 0.207, 0.568, 1.415, -0.452, -0.039, -0.944, -0.227, -2.742, 0.908, -0.292};

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
