package dev.byline.compare;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * The corpus-wide pass over a similarity table that keeps two takes on one text from being
 * read as one copying the other. When a third document W is the named source of both X and Y
 * (the wire story behind a pickup and a rewrite), the X–Y row becomes {@code sibling} with
 * {@code source} W and no credit verdict — unless X and Y share more text with each other than
 * the lesser of what each shares with W (when several documents are parents of both, the one that
 * derives from none of the others is named), by more than {@value #OWN_SHARE_MARGIN} of 5-word
 * shingle containment: then one carries the other's own wording and the direct row stands.
 *
 * <pre>{@code
 * Table pairs = Siblings.resolve(rawPairs);   // Similarity.table does this already
 * }</pre>
 */
public final class Siblings {
    /** Containment X–Y may exceed what both share with W before X–Y is read as a direct derivation. */
    public static final double OWN_SHARE_MARGIN = 0.1;
    private static final Set<String> DERIVED = Set.of(Relation.COPY.label(), Relation.SPUN_COPY.label(),
            Relation.REWRITE.label(), Relation.SIBLING.label());

    private Siblings() {
    }

    /**
     * A new table: {@code pairs} (columns as {@link Similarity#table}) with each pair of documents
     * derived from a common source in the table relabelled {@code sibling}, that source named.
     */
    public static Table resolve(Table pairs) {
        Table out = pairs.copy();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < pairs.rowCount(); i++) {
            rowOf.put(key(pairs.stringColumn("doc_a").get(i), pairs.stringColumn("doc_b").get(i)), i);
        }
        // The parents W of each document: rows where W is the named source of a derived pair.
        Map<String, java.util.List<String>> parents = new HashMap<>();
        for (int i = 0; i < pairs.rowCount(); i++) {
            String src = pairs.stringColumn("source").get(i);
            if (!src.isEmpty() && DERIVED.contains(pairs.stringColumn("relation").get(i))) {
                String a = pairs.stringColumn("doc_a").get(i);
                String child = src.equals(a) ? pairs.stringColumn("doc_b").get(i) : a;
                parents.computeIfAbsent(child, k -> new java.util.ArrayList<>()).add(src);
            }
        }
        for (int i = 0; i < pairs.rowCount(); i++) {
            // Two rewrites of one parent may share too few close sentences to read as derived from each other, yet
            // report the same story because of it: a same-story pair with a common parent is siblings too.
            String relation = pairs.stringColumn("relation").get(i);
            if (!DERIVED.contains(relation) && !relation.equals(Relation.SAME_STORY.label())) {
                continue;
            }
            String x = pairs.stringColumn("doc_a").get(i);
            String y = pairs.stringColumn("doc_b").get(i);
            java.util.List<String> common = new java.util.ArrayList<>(parents.getOrDefault(x, java.util.List.of()));
            common.retainAll(parents.getOrDefault(y, java.util.List.of()));
            common.remove(y);
            common.remove(x);
            // The root of the family first: a common parent that itself derives from another common parent is a pickup.
            java.util.List<String> roots = new java.util.ArrayList<>(common);
            roots.removeIf(w -> common.stream().anyMatch(v -> parents.getOrDefault(w, java.util.List.of()).contains(v)));
            roots.addAll(common);
            for (String w : roots) {
                double xy = maxContainment(pairs, i);
                double viaW = Math.min(maxContainment(pairs, rowOf.get(key(w, x))), maxContainment(pairs, rowOf.get(key(w, y))));
                if (xy > viaW + OWN_SHARE_MARGIN) {
                    continue;
                }
                out.stringColumn("relation").set(i, Relation.SIBLING.label());
                out.stringColumn("source").set(i, w);
                out.stringColumn("credited").set(i, "");
                out.stringColumn("evidence").set(i, String.format(Locale.ROOT,
                        "both derive from %s (its pairs with each name it the source); they share %.0f%% of 5-word shingles"
                                + " with each other, no more than through %s (%.0f%%), so neither copied the other; was: %s",
                        w, 100 * xy, w, 100 * viaW, pairs.stringColumn("evidence").get(i)));
                break;
            }
        }
        return out;
    }

    private static double maxContainment(Table t, int row) {
        return Math.max(t.doubleColumn("containment_a_in_b").getDouble(row), t.doubleColumn("containment_b_in_a").getDouble(row));
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
    }
}
