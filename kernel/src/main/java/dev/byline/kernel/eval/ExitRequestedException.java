package dev.byline.kernel.eval;

/** Thrown in place of ending the process when a cell (or a library it loaded) calls {@code System.exit(status)}. */
public final class ExitRequestedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /**
     * @param status the status asked for
     * @param call   {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}
     * @param where  "the cell" or the class that called it
     */
    public ExitRequestedException(int status, String call, String where) {
        super("the cell asked the JVM to exit with status " + status + " (" + call + " in " + where + "): the cell stops"
                + " there, and the session keeps running with its variables (restart the kernel to start afresh)");
        this.status = status;
    }

    /** The status the cell asked to exit with. */
    public int status() {
        return status;
    }
}
