package dev.byline.kernel.eval;

/** Thrown in place of ending the process when a cell calls {@code System.exit(status)}. */
public final class ExitRequestedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ExitRequestedException(int status) {
        super("the cell asked the JVM to exit with status " + status + " (System.exit, Runtime.exit or halt): the cell stops"
                + " there, and the session keeps running with its variables (restart the kernel to start afresh)");
        this.status = status;
    }

    /** The status the cell asked to exit with. */
    public int status() {
        return status;
    }
}
