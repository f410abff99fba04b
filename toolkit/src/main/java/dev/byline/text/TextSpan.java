package dev.byline.text;


/**
 * Anything that is a half-open range {@code [start, end)} of a document's raw text. The text is
 * never copied: {@link #text()} reads it from the document, so
 * {@code document().raw().substring(start(), end())} is always exactly the span.
 */
public interface TextSpan {
    /** The document whose raw text this span points into. */
    Document document();

    /** Offset of the first character, in UTF-16 code units as Java strings count. */
    int start();

    /** Offset one past the last character. */
    int end();

    /** The covered text, read from the document. */
    default String text() {
        return document().raw().substring(start(), end());
    }

    /** Number of characters covered. */
    default int length() {
        return end() - start();
    }

    /** True if {@code other} lies within this span (same document). */
    default boolean contains(TextSpan other) {
        return other.document() == document() && other.start() >= start() && other.end() <= end();
    }

    /** Checks {@code 0 <= start <= end <= length}; the records call this from their constructors. */
    static void checkBounds(Document document, int start, int end) {
        if (document == null) {
            throw new IllegalArgumentException("a span needs a document");
        }
        if (start < 0 || end < start || end > document.raw().length()) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ") in document "
                    + document.id() + " of length " + document.raw().length());
        }
    }
}
