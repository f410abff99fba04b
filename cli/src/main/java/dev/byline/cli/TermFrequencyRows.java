package dev.byline.cli;

import dev.byline.terms.TermFrequency;
import java.util.List;

/**
 * The frequency table's rows ({@code Terms.frequencyRows}) as a {@link Tabular}, with the columns and
 * values of {@code Terms.frequencies}: term, count, docs, per_10k, rank. Printing these instead of the
 * Tablesaw table spares {@code byline terms} Tablesaw's start-up.
 */
final class TermFrequencyRows {
    private static final List<String> NAMES = List.of("term", "count", "docs", "per_10k", "rank");

    private TermFrequencyRows() {
    }

    static Tabular of(List<TermFrequency> rows) {
        return new ListTabular<>(rows, NAMES, column -> column > 0, TermFrequencyRows::cell);
    }

    private static Object cell(TermFrequency f, int column) {
        return switch (column) {
            case 0 -> f.term();
            case 1 -> f.count();
            case 2 -> f.docs();
            case 3 -> Double.isNaN(f.per10k()) ? null : f.per10k();   // missing, as in a Tablesaw DoubleColumn
            case 4 -> f.rank();
            default -> throw new IndexOutOfBoundsException("no column " + column);
        };
    }
}
