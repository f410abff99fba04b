package dev.byline.bench.generate;

import java.util.List;

/**
 * A paragraph as a list of sentences, each a list of pieces. {@code role} says whether it is body
 * text, the credit line ("… contributed to this report."), or a boilerplate line.
 * {@code locked} paragraphs (part of a quotation that runs over two paragraphs) keep their order.
 */
public record Paragraph(List<List<Piece>> sentences, Role role, boolean locked) {
    /** What a paragraph is for. */
    public enum Role { BODY, CREDIT, BOILERPLATE }

    public Paragraph {
        sentences = sentences.stream().map(List::copyOf).toList();
    }

    static Paragraph body(List<List<Piece>> sentences) {
        return new Paragraph(sentences, Role.BODY, false);
    }
}
