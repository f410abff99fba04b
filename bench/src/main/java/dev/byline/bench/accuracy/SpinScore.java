package dev.byline.bench.accuracy;

/**
 * Spin detection per document: {@code spun} planted spun copies, of which {@code caught} were
 * flagged; {@code flagged} documents in all, and {@code documents} judged.
 */
public record SpinScore(int documents, int spun, int flagged, int caught) {
    /** caught / spun. */
    public double recall() {
        return spun == 0 ? 0 : (double) caught / spun;
    }

    /** caught / flagged. */
    public double precision() {
        return flagged == 0 ? 0 : (double) caught / flagged;
    }
}
