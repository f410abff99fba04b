package dev.byline.compare;

/** What happened to a quotation between two sources. */
public enum QuoteChangeKind {
    /** Word for word the same (case and punctuation aside). */
    SAME("same"),
    /** Matched, but words were dropped, added or changed. */
    EDITED("edited"),
    /** Quoted in A only. */
    ONLY_IN_A("only-in-a"),
    /** Quoted in B only. */
    ONLY_IN_B("only-in-b");

    private final String label;

    QuoteChangeKind(String label) {
        this.label = label;
    }

    /** The label used in tables. */
    public String label() {
        return label;
    }
}
