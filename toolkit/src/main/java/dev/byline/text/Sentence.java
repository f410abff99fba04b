package dev.byline.text;

import java.util.List;

/**
 * A sentence: a view over the document's text and over its token list.
 *
 * @param document   the document pointed into
 * @param index      0-based position among the document's sentences
 * @param paragraph  index of the paragraph holding it
 * @param start      first character offset
 * @param end        one past the last character
 * @param firstToken index in {@link Document#tokens()} of the first token
 * @param endToken   index one past the last token
 */
public record Sentence(Document document, int index, int paragraph, int start, int end, int firstToken, int endToken)
        implements TextSpan {
    /** @throws IllegalArgumentException if the offsets are outside the document's text */
    public Sentence {
        TextSpan.checkBounds(document, start, end);
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("Invalid token range [" + firstToken + ", " + endToken + ")");
        }
    }

    /** The tokens of this sentence, in order (a view of the document's list). */
    public List<Token> tokens() {
        return document.tokens().subList(firstToken, endToken);
    }

    @Override
    public String toString() {
        return "Sentence[" + document.id() + " #" + index + " " + start + ".." + end + "]";
    }
}
