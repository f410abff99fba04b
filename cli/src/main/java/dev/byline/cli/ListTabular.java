package dev.byline.cli;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Rows a command holds in a list, as a {@link Tabular}: the column names, which columns are numbers,
 * and how to read a cell from a row. Commands that print their own row records ({@code quotes},
 * {@code terms}) describe them with one of these instead of each implementing {@link Tabular}.
 *
 * <pre>{@code
 * new ListTabular<>(rows, List.of("term", "count"), c -> c > 0, (r, c) -> c == 0 ? r.term() : r.count());
 * }</pre>
 *
 * @param <T> the row type
 */
record ListTabular<T>(List<T> rows, List<String> names, IntPredicate numeric, Cells<T> cells) implements Tabular {
    /** A cell of a row: a String, a Number, a Boolean, or {@code null} when missing. */
    @FunctionalInterface
    interface Cells<T> {
        Object cell(T row, int column);
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public int columnCount() {
        return names.size();
    }

    @Override
    public String name(int column) {
        return names.get(column);
    }

    @Override
    public boolean numeric(int column) {
        return numeric.test(column);
    }

    @Override
    public Object cell(int row, int column) {
        return cells.cell(rows.get(row), column);
    }

    /** True: the rows are records read by a function of the row (its users' cells read fields and make nothing else). */
    @Override
    public boolean readsInParallel() {
        return true;
    }
}
