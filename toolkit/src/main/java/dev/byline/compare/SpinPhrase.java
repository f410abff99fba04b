package dev.byline.compare;

import dev.byline.text.Document;

/**
 * A phrase the spin detector flags.
 *
 * @param document       the document
 * @param start          first character of the phrase in the raw text
 * @param end            one past its last character
 * @param likelyOriginal the phrase it probably replaced, or "" when that cannot be inferred
 * @param signal         which signal flagged it: {@code lexicon}, {@code pattern} or {@code speech-verb}
 */
public record SpinPhrase(Document document, int start, int end, String likelyOriginal, String signal) {
    /** The flagged text. */
    public String text() {
        return document.raw().substring(start, end);
    }
}
