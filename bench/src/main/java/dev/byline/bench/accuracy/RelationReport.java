package dev.byline.bench.accuracy;

import java.util.List;
import java.util.Map;

/**
 * Comparison accuracy. {@code labels}: for each planted relation (copy, rewrite, quote-edit, spin,
 * same-topic), how many pairs Byline gave each label ({@code absent} when the pair is not in its
 * output). {@code derivedPredicted} pairs were labelled copy, rewrite, spun-copy or sibling, of which
 * {@code derivedCorrect} really share an original.
 */
public record RelationReport(Map<String, Map<String, Integer>> labels, int derivedPredicted, int derivedCorrect,
                             List<String> labelOrder) {
    /** Planted pairs of {@code relation}. */
    public int planted(String relation) {
        return labels.getOrDefault(relation, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Share of planted {@code relation} pairs that Byline labelled as derived: copy, rewrite, spun-copy or sibling. */
    public double derivedRecall(String relation) {
        Map<String, Integer> m = labels.getOrDefault(relation, Map.of());
        int n = planted(relation);
        int derived = 0;
        for (String l : RelationScorer.DERIVED) {
            derived += m.getOrDefault(l, 0);
        }
        return n == 0 ? 0 : derived / (double) n;
    }

    /** Share of derived labels (copy, rewrite, spun-copy, sibling) that are right (both documents derive from one original). */
    public double derivedPrecision() {
        return derivedPredicted == 0 ? 0 : (double) derivedCorrect / derivedPredicted;
    }
}
