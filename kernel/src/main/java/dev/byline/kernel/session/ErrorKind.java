package dev.byline.kernel.session;

/** Why a cell ended in an error; the kernel and the runner word and count errors by kind, never by their text. */
public enum ErrorKind {
    /** The cell does not compile; nothing of it ran. */
    COMPILE,
    /** The cell threw. */
    RUNTIME,
    /** The cell was stopped (interrupt, or the runner's time limit). */
    INTERRUPTED,
    /**
     * The cell was interrupted but did not stop (blocked where an interrupt cannot reach, busy in code without stop
     * checks): it was left running on its thread; only ending the process ends it.
     */
    STUCK,
    /** The cell asked the JVM to exit; the status is in {@link CellOutput.Error#exitStatus()}. */
    EXIT,
    /** A magic failed or is unknown. */
    MAGIC,
    /** The kernel itself could not run the cell (JShell did not start). */
    INTERNAL
}
