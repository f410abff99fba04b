package dev.byline.compare;

/** How two documents relate, from the strongest tie to none. See {@link RelationRule} for how each is decided. */
public enum Relation {
    /** Near-verbatim: one text is (most of) the other, words and all. */
    COPY("copy"),
    /** One text is the other run through a synonym spinner: same sentences, same names and numbers, words swapped. */
    SPUN_COPY("spun-copy"),
    /** Derived text: the same facts and quotes in the same order, reworded. */
    REWRITE("rewrite"),
    /**
     * Both derive from a common text (one wire story, one press release) and neither from the
     * other: the common text is named as source when it is in the corpus, described otherwise.
     */
    SIBLING("sibling"),
    /** The same event, reported independently. */
    SAME_STORY("same-story"),
    /** The same topic. */
    RELATED("related"),
    /** Nothing in common worth a reader's time. */
    UNRELATED("unrelated");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    /** The label used in tables. */
    public String label() {
        return label;
    }

    /** True for the relations where one text derives from the other. */
    public boolean isDerived() {
        return this == COPY || this == SPUN_COPY || this == REWRITE;
    }
}
