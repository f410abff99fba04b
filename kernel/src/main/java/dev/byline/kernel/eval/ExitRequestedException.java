package dev.byline.kernel.eval;

/** Thrown in place of ending the process when a cell calls {@code System.exit(status)}. */
public final class ExitRequestedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ExitRequestedException(int status) {
        super("System.exit(" + status + ") was called; the kernel keeps running (restart it from the Kernel menu to start afresh)");
        this.status = status;
    }

    /** The status the cell asked to exit with. */
    public int status() {
        return status;
    }
}
