package dev.byline.cli;

import tech.tablesaw.api.Table;

/**
 * A table as {@link TableWriter} prints it: named columns, and cells that are a {@link String}, a
 * {@link Number}, a {@link Boolean} or missing ({@code null}). Commands hand over a Tablesaw table
 * ({@link #of(Table)}), or rows they hold in some lighter form, so that a command need not build a
 * Tablesaw table only to print it (the first {@code Table} of a run costs Tablesaw's class-path scan).
 *
 * <pre>{@code
 * TableWriter.write(Tabular.of(Terms.frequencies(corpus)), output, out);
 * }</pre>
 */
interface Tabular {
    /** The Tablesaw table's columns and cells, read in place. */
    static Tabular of(Table table) {
        return new TablesawTabular(table);
    }

    int rowCount();

    int columnCount();

    String name(int column);

    /** A column of numbers: right-aligned in table format. */
    boolean numeric(int column);

    /** A String, a Number, a Boolean, or {@code null} when the cell is missing. */
    Object cell(int row, int column);

    /** True if {@link #cell} may be called from several threads at once (rows held and read, nothing made). */
    default boolean readsInParallel() {
        return false;
    }
}
