package dev.byline.kernel.eval;

/** Whether a cell's source is ready to run, as Jupyter's is_complete asks. */
public enum Completeness {
    /** Runs as it is. */
    COMPLETE,
    /** Needs more lines (an open brace, an unfinished statement). */
    INCOMPLETE,
    /** Cannot become valid by adding lines. */
    INVALID,
    /** The analyser cannot tell. */
    UNKNOWN
}
