package dev.byline.quotes;

import java.util.Locale;

/** What a quotation is. A closed set: tables show {@link #label()}. */
public enum QuoteKind {
    /** Quoted speech of a clause or more: “We will not give up,” she said. */
    FULL,
    /** A few quoted words inside the writer's own sentence, still attributed: he can “outsmart” the US. */
    PARTIAL,
    /** A quoted name, label or scare-quoted term with no speech act: the «Anchorage formula». */
    TERM,
    /** Reported speech without quotation marks: Rosin said Moscow is playing for time. */
    INDIRECT;

    /** The lower-case name used in tables and on the command line: {@code full}, {@code partial}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the kinds that are words between quotation marks (full and partial), not terms or paraphrase. */
    public boolean isDirectSpeech() {
        return this == FULL || this == PARTIAL;
    }
}
