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
    /** Set BYLINE_KERNEL_TRACE=1 to log the start-up phases with their time since the JVM started. */
    private static final boolean TRACE = System.getenv("BYLINE_KERNEL_TRACE") != null;
    private static final long START_NANOS = System.nanoTime();

    private KernelLog() {
    }

    /** Logs one line prefixed with the time and "byline-kernel". */
    public static void warn(String message) {
        ERR.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " byline-kernel: " + message);
        ERR.flush();
    }

    /**
     * Logs a start-up phase with the milliseconds since the kernel's main method began, when
     * BYLINE_KERNEL_TRACE is set; how the start-up figures in bench/kernel/README.md were taken apart.
     */
    public static void trace(String phase) {
        if (TRACE) {
            // CPU beside wall time: on a busy machine only the CPU figures say where the work is
            long process = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            long thread = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            warn("trace +" + (System.nanoTime() - START_NANOS) / 1_000_000 + " ms (CPU: process " + process + " ms, thread "
                    + thread + " ms) [" + Thread.currentThread().getName() + "] " + phase);
        }
    }

    /** The standard error stream of the process, whatever {@code System.err} is now. */
    public static PrintStream originalErr() {
        return ERR;
    }
}
