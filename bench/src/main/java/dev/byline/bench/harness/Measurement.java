package dev.byline.bench.harness;

import java.util.List;

/**
 * Several runs of one command summarised: median, fastest and slowest wall time, the largest peak
 * memory, and the failure (exit code and last stderr line) if any run failed.
 */
public record Measurement(double median, double min, double max, long peakKb, int runs, String failure,
                          long outputLines) {
    /** Summarises {@code runs}; a single failing run makes the whole measurement a failure. */
    public static Measurement of(List<ProcessRun> runs) {
        for (ProcessRun r : runs) {
            if (!r.ok()) {
                return new Measurement(Double.NaN, Double.NaN, Double.NaN, -1, runs.size(),
                        (r.exit() < 0 ? "" : "exit " + r.exit() + ": ") + r.stderrTail(), r.stdoutLines());
            }
        }
        double[] s = runs.stream().mapToDouble(ProcessRun::seconds).sorted().toArray();
        int n = s.length;
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        long peak = runs.stream().mapToLong(ProcessRun::peakKb).max().orElse(-1);
        return new Measurement(median, s[0], s[n - 1], peak, n, null, runs.getLast().stdoutLines());
    }

    /** True when every run succeeded. */
    public boolean ok() {
        return failure == null;
    }

    /** "1.23 s (1.20–1.31)". */
    public String timeText() {
        if (!ok()) {
            return "failed";
        }
        return runs > 1 ? String.format("%.2f (%.2f–%.2f)", median, min, max) : String.format("%.2f", median);
    }

    /** Peak memory in MB, or "n/a". */
    public String memoryText() {
        return peakKb < 0 ? "n/a" : String.format("%.0f", peakKb / 1024.0);
    }
}
