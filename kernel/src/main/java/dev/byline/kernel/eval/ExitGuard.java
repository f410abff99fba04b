package dev.byline.kernel.eval;

/**
 * Keeps a cell's {@code System.exit(n)}, {@code Runtime.getRuntime().exit(n)} or {@code halt(n)} — in the cell or in
 * a class the session loaded from a jar it added — from ending the kernel process: the rewritten code
 * ({@link SnippetBytecode}) calls here instead, and this throws {@link ExitRequestedException}, which the kernel
 * reports with the call, the class and the status, keeping the session. On a thread the cell started, the thread
 * ends there and says so on {@code System.err} (the cell's output). Code on the JVM's own class path is not
 * rewritten; the kernel's shutdown hook names what ended the process then.
 */
public final class ExitGuard {
    /** The name of the threads cells run on; anything else calling exit is a thread a cell started. */
    static final String CELL_THREAD = "byline-cell";

    private ExitGuard() {
    }

    /** Called by rewritten code in place of {@code System.exit(status)}; {@code site} is "call|class". */
    public static void exit(int status, String site) {
        throw request(status, site);
    }

    /** Called by rewritten code in place of {@code runtime.exit(status)} or {@code runtime.halt(status)}. */
    public static void exit(Runtime runtime, int status, String site) {
        throw request(status, site);
    }

    private static ExitRequestedException request(int status, String site) {
        int bar = site.indexOf('|');
        String call = site.substring(0, bar);
        String owner = site.substring(bar + 1);
        String where = owner.startsWith("REPL.") ? "the cell" : owner;
        ExitRequestedException e = new ExitRequestedException(status, call, where);
        Thread t = Thread.currentThread();
        if (!t.getName().equals(CELL_THREAD)) {
            System.err.println("Thread \"" + t.getName() + "\"" + (t.isDaemon() ? " (daemon)" : "") + ", started by a cell, called "
                    + call + "(" + status + ") in " + where + ": the kernel did not exit; that thread ends here.");
        }
        return e;
    }
}
