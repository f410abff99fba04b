package dev.byline.text;


/**
 * A plain span of a document: a title, a dateline, a boilerplate line, a passage.
 *
 * <pre>{@code
 * Span s = Span.of(doc, 0, 12);
 * s.text();   // doc.raw().substring(0, 12)
 * }</pre>
 *
 * @param document the document pointed into
 * @param start    first character offset
 * @param end      one past the last character
 */
public record Span(Document document, int start, int end) implements TextSpan {
    /** @throws IllegalArgumentException if the offsets are outside the document's text */
    public Span {
        TextSpan.checkBounds(document, start, end);
    }

    /** The span {@code [start, end)} of {@code document}. */
    public static Span of(Document document, int start, int end) {
        return new Span(document, start, end);
    }

    @Override
    public String toString() {
        return "Span[" + document.id() + " " + start + ".." + end + " \"" + text() + "\"]";
    }
}
