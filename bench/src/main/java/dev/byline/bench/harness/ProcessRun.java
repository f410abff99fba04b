package dev.byline.bench.harness;

/**
 * One whole-process run: wall-clock seconds, peak resident memory in KiB (-1 when GNU time is not
 * there), exit code (-1 on timeout), lines written to stdout, and the last line of stderr.
 */
public record ProcessRun(double seconds, long peakKb, int exit, long stdoutLines, String stderrTail) {
    /** True when the process ended by itself with exit code 0. */
    public boolean ok() {
        return exit == 0;
    }
}
