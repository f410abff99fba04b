package dev.byline.compare;

/** How a passage of one document relates to the other document of an alignment. */
public enum PassageKind {
    /** The same words in the same order, at most a word or two apart (word-order similarity ≥ 0.9). */
    VERBATIM("verbatim"),
    /** Lightly edited: most words kept in order (word-order similarity ≥ 0.6). */
    CLOSE("close"),
    /** Reworded: the same content words (stems) in other phrasing. */
    PARAPHRASE("paraphrase"),
    /** Material of the first document that the second does not carry (what a copy dropped). */
    ONLY_IN_A("only-in-a"),
    /** Material of the second document that the first does not carry (what a copy added). */
    ONLY_IN_B("only-in-b");

    private final String label;

    PassageKind(String label) {
        this.label = label;
    }

    /** The label used in tables: {@code verbatim}, {@code close}, {@code paraphrase}, {@code only-in-a}, {@code only-in-b}. */
    public String label() {
        return label;
    }

    /** True for the kinds that pair a passage of A with one of B. */
    public boolean isMatch() {
        return this == VERBATIM || this == CLOSE || this == PARAPHRASE;
    }
}
