package dev.byline.text;

import java.util.List;

/**
 * A paragraph of body text (the title, dateline and boilerplate lines are not paragraphs).
 *
 * @param document the document pointed into
 * @param index    0-based position among the document's paragraphs
 * @param start    first character offset
 * @param end      one past the last character
 */
public record Paragraph(Document document, int index, int start, int end) implements TextSpan {
    /** @throws IllegalArgumentException if the offsets are outside the document's text */
    public Paragraph {
        TextSpan.checkBounds(document, start, end);
    }

    /** The sentences of this paragraph, in order. */
    public List<Sentence> sentences() {
        return document.sentences().stream().filter(s -> s.paragraph() == index).toList();
    }

    /** The tokens of this paragraph, in order. */
    public List<Token> tokens() {
        return document.tokensIn(start, end, Alignment.CONTRACT);
    }

    @Override
    public String toString() {
        return "Paragraph[" + document.id() + " #" + index + " " + start + ".." + end + "]";
    }
}
