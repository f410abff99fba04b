package dev.byline.bench.harness;

/**
 * One line of the results table: a task on a corpus, Byline's measurement and one peer's.
 * {@code note} explains a skipped task.
 */
public record ResultRow(String task, int docs, double megabytes, Measurement byline, String peer,
                        Measurement peerMeasurement, String note) {
    /** Byline's median over the peer's: above 1 means Byline took longer. */
    public String ratioText() {
        if (byline == null || peerMeasurement == null || !byline.ok() || !peerMeasurement.ok()) {
            return "-";
        }
        return String.format("%.2f", byline.median() / peerMeasurement.median());
    }
}
