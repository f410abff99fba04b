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
 */
public record SpinPhrase(Document document, int start, int end, String likelyOriginal, String signal) {
    /** The flagged text. */
    public String text() {
        return document.raw().substring(start, end);
    }
}
