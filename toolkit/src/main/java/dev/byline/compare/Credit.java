package dev.byline.compare;

/**
 * Whether a derived text credits its source, as the {@code credited} column reports it.
 *
 * <pre>{@code
 * SourceGuess g = Similarity.source(wire, pickup);
 * if (g.credit() == Credit.NO) { ... }   // the source's outlet is known and the pickup never names it
 * }</pre>
 */
public enum Credit {
    /** The derived text names the source's outlet, its agency or its author. */
    YES("yes"),
    /** The source's outlet (or agency, or author) is known and the derived text names none of them. */
    NO("no"),
    /** Nothing says who the source is (no outlet metadata, no agency line, no "told …"), so no claim either way. */
    UNKNOWN("unknown");

    private final String label;

    Credit(String label) {
        this.label = label;
    }

    /** The value used in tables: yes, no or unknown. */
    public String label() {
        return label;
    }
}
