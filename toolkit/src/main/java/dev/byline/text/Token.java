package dev.byline.text;


/**
 * A token: a word, number, mark or symbol of the raw text, with its normalised form beside it.
 *
 * <p>The normal form ({@link NormalForms}) is case-folded and has curly apostrophes and hyphens made plain:
 * {@code Estonia’s} is the two tokens {@code Estonia} (norm {@code estonia}) and {@code ’s}
 * (norm {@code 's}, kind {@link TokenKind#CLITIC}).
 *
 * @param document the document pointed into
 * @param start    first character offset
 * @param end      one past the last character
 * @param kind     what the token is
 * @param norm     the normalised form
 */
public record Token(Document document, int start, int end, TokenKind kind, String norm) implements TextSpan {
    /** @throws IllegalArgumentException if the offsets are outside the document's text */
    public Token {
        TextSpan.checkBounds(document, start, end);
        if (start == end) {
            throw new IllegalArgumentException("a token cannot be empty (at " + start + " in " + document.id() + ")");
        }
    }

    @Override
    public String toString() {
        return "Token[" + kind + " " + start + ".." + end + " \"" + text() + "\"]";
    }
}
