package dev.byline.compare;

import dev.byline.text.Document;

/**
 * A phrase the spin detector flags.
 *
 * @param document       the document
 * @param start          first character of the phrase in the raw text
 * @param end            one past its last character
 * @param likelyOriginal the phrase it probably replaced, or "" when that cannot be inferred
 * @param signal         which signal flagged it: {@code collocation} (a synonym fits the neighbours in news, the word does not) or {@code alignment} (swapped for the source word at this place)
 * @param margin         collocation: how much better (natural log of the probability ratio, with the text's own uses of each) the likely original fits the neighbours than the phrase does; NaN for alignment, which needs none
 * @param thesaurus      where the likely original came from: {@code wordnet}, {@code moby}, {@code moby2} (two Moby steps away: words that share a Moby list with the phrase) or, for alignment, {@code source}
 */
public record SpinPhrase(Document document, int start, int end, String likelyOriginal, String signal, double margin, String thesaurus) {
    /** The flagged text. */
    public String text() {
        return document.raw().substring(start, end);
    }
}
