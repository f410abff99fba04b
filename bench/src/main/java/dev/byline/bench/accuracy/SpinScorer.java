package dev.byline.bench.accuracy;

import java.util.Set;

/** Judges per-document spin flags against the planted spun copies. */
public final class SpinScorer {
    private SpinScorer() {
    }

    /** Scores {@code flaggedDocs} (the ids Byline flagged) over every document of {@code truth}. */
    public static SpinScore score(Truth truth, Set<String> flaggedDocs) {
        int spun = 0;
        int caught = 0;
        int flagged = 0;
        for (TruthDoc d : truth.docs().values()) {
            boolean isSpun = "spin".equals(d.role());
            boolean isFlagged = flaggedDocs.contains(d.doc());
            spun += isSpun ? 1 : 0;
            flagged += isFlagged ? 1 : 0;
            caught += isSpun && isFlagged ? 1 : 0;
        }
        return new SpinScore(truth.docs().size(), spun, flagged, caught);
    }
}
