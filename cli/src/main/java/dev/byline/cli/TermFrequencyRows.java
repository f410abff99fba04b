package dev.byline.cli;

import dev.byline.terms.TermFrequency;
import java.util.List;

/**
 * The frequency table's rows ({@code Terms.frequencyRows}) as a {@link Tabular}, with the columns and
 * values of {@code Terms.frequencies}: term, count, docs, per_10k, rank. Printing these instead of the
 * Tablesaw table spares {@code byline terms} Tablesaw's start-up.
 */
record TermFrequencyRows(List<TermFrequency> rows) implements Tabular {
    private static final List<String> NAMES = List.of("term", "count", "docs", "per_10k", "rank");

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public int columnCount() {
        return NAMES.size();
    }

    @Override
    public String name(int column) {
        return NAMES.get(column);
    }

    @Override
    public boolean numeric(int column) {
        return column > 0;
    }

    @Override
    public Object cell(int row, int column) {
        TermFrequency f = rows.get(row);
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
