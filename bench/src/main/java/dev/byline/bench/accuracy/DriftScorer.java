package dev.byline.bench.accuracy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judges {@code byline drift} output for planted quote edits. The edited quotation counts as
 * detected when some row reports a change to it ({@code edited}, {@code cut}, {@code stitched},
 * {@code speaker-changed} or {@code made-a-quote}) and its {@code a_text} is that quotation: at least
 * half of the words of either are shared (Jaccard of word sets), which tolerates a span that
 * includes or leaves out punctuation or marks.
 */
public final class DriftScorer {
    static final double SAME_QUOTE = 0.5;

    private DriftScorer() {
    }

    /** True when {@code rows} report the planted {@code original} quotation as edited. */
    public static boolean detects(String original, List<DriftRow> rows) {
        Set<String> planted = words(original);
        for (DriftRow r : rows) {
            if (isChange(r.change()) && jaccard(planted, words(r.aText())) >= SAME_QUOTE) {
                return true;
            }
        }
        return false;
    }

    /** True when any row says a quotation was changed (wrong for an exact copy). */
    public static boolean reportsAnEdit(List<DriftRow> rows) {
        return rows.stream().anyMatch(r -> isChange(r.change()));
    }

    /** A change to a quotation both sources have: anything but same, only-in-a and only-in-b. */
    static boolean isChange(String change) {
        return !Set.of("same", "only-in-a", "only-in-b").contains(change);
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / (a.size() + b.size() - inter.size());
    }
}
