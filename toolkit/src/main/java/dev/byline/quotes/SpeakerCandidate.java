package dev.byline.quotes;

import java.util.List;

/**
 * One mention Byline could give a quotation as its speaker, with the features its speaker ranker weighs: what
 * {@code byline-bench polnear-ranker} fits the ranker on ({@link Quotes#speakerCandidates}).
 *
 * @param quoteStart   first character of the quotation (as {@link Quote#start()})
 * @param quoteEnd     one past its last character
 * @param mentionStart first character of the candidate mention
 * @param mentionEnd   one past its last character
 * @param mention      the mention as written
 * @param type         name, pronoun or description
 * @param rule         true for the rules' own pick (what Byline answers without a ranker)
 * @param features     the values of {@link #FEATURES}, in that order
 */
public record SpeakerCandidate(int quoteStart, int quoteEnd, int mentionStart, int mentionEnd, String mention,
                               String type, boolean rule, double[] features) {
    /** The features' names, in order: a fitted model lists the same. */
    public static final List<String> FEATURES = SpeakerCandidates.FEATURES;

    /**
     * True if the rules' pick with these features stands whatever the ranker scores: a pronoun that is the subject
     * of its cue verb ("he said") is where the text gives the source; who it is, the resolver decides.
     */
    public static boolean keepsRule(double[] ruleFeatures) {
        return ruleFeatures[SpeakerCandidates.FEATURES.indexOf("pronoun")] == 1
                && ruleFeatures[SpeakerCandidates.FEATURES.indexOf("cue")] == 1;
    }
}
