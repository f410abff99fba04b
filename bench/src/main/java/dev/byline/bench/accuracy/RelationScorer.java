package dev.byline.bench.accuracy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores document-pair labels against the planted relations. Any two documents derived from the
 * same original (a copy and a rewrite of one story, say) are a true derived pair, so precision does
 * not punish finding relations the generator made implicitly.
 *
 * <pre>{@code
 * RelationReport r = RelationScorer.score(truth, pairs);
 * r.derivedRecall("spin");
 * }</pre>
 */
public final class RelationScorer {
    /** The planted relations, in report order. */
    public static final List<String> PLANTED = List.of("copy", "rewrite", "quote-edit", "spin", "same-topic");
    static final List<String> LABELS = List.of("copy", "rewrite", "spun-copy", "sibling", "same-story", "related",
            "unrelated", "other", "absent");
    /**
     * The labels that say one text derives from the other or both from one parent: compare's {@code spun-copy} is a
     * copy with its words swapped, and {@code sibling} two texts from one common parent, so for the planted truth
     * (one original per family) each is right exactly when the two documents share an original, as copy and rewrite.
     */
    static final java.util.Set<String> DERIVED = java.util.Set.of("copy", "rewrite", "spun-copy", "sibling");

    private RelationScorer() {
    }

    /** The report for {@code predicted} pairs (in either order) against {@code truth}. */
    public static RelationReport score(Truth truth, List<PredictedPair> predicted) {
        Map<String, String> label = new HashMap<>();
        int derived = 0;
        int correct = 0;
        for (PredictedPair p : predicted) {
            label.put(key(p.a(), p.b()), p.relation());
            if (DERIVED.contains(p.relation())) {
                derived++;
                if (truth.family(p.a()).equals(truth.family(p.b()))) {
                    correct++;
                }
            }
        }
        Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
        for (String r : PLANTED) {
            Map<String, Integer> row = new LinkedHashMap<>();
            LABELS.forEach(l -> row.put(l, 0));
            table.put(r, row);
        }
        for (TruthRelation r : truth.relations()) {
            Map<String, Integer> row = table.get(r.relation());
            if (row == null) {
                continue;
            }
            String l = label.getOrDefault(key(r.a(), r.b()), "absent");
            row.merge(row.containsKey(l) ? l : "other", 1, Integer::sum);
        }
        return new RelationReport(table, derived, correct, LABELS);
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
