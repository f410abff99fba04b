package dev.byline.compare;

/**
 * What happened to a quotation between two sources. Only {@link #SAME} says nothing changed: the
 * words and the speaker agree.
 */
public enum QuoteChangeKind {
    /** Word for word the same (case and punctuation aside), by the same speaker. */
    SAME("same"),
    /** Matched, same speaker, but words were dropped, added or changed. */
    EDITED("edited"),
    /** B quotes only part of A's quotation (words dropped, none added), or breaks it into pieces. */
    CUT("cut"),
    /** B joins into one quotation words that A quoted separately. */
    STITCHED("stitched"),
    /**
     * The quotation is attributed to someone else: another person, or a description in one source
     * ("a senior intelligence official") and a name in the other (anonymous → named).
     */
    SPEAKER_CHANGED("speaker-changed"),
    /** B puts in quotation marks what A wrote as narrative or reported speech, with words added and dropped. */
    MADE_A_QUOTE("made-a-quote"),
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
