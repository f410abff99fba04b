package dev.byline.kernel.protocol;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The kernel's own diagnostics. They go to the process's original standard error (which Jupyter
 * shows in its server log), captured before user output is redirected into the notebook.
 */
public final class KernelLog {
    private static final PrintStream ERR = System.err;

    private KernelLog() {
    }

    /** Logs one line prefixed with the time and "byline-kernel". */
    public static void warn(String message) {
        ERR.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " byline-kernel: " + message);
        ERR.flush();
    }

    /** The standard error stream of the process, whatever {@code System.err} is now. */
    public static PrintStream originalErr() {
        return ERR;
    }
}
