package dev.byline.cli;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table seen as a {@link Tabular}. Numbers and booleans are handed over as values, anything else
 * (dates, strings) as Tablesaw prints it; a missing string is the empty string, as Tablesaw stores it.
 */
record TablesawTabular(Table table) implements Tabular {
    @Override
    public int rowCount() {
        return table.rowCount();
    }

    @Override
    public int columnCount() {
        return table.columnCount();
    }

    @Override
    public String name(int column) {
        return table.column(column).name();
    }

    @Override
    public boolean numeric(int column) {
        ColumnType t = table.column(column).type();
        return t == ColumnType.INTEGER || t == ColumnType.DOUBLE || t == ColumnType.LONG || t == ColumnType.FLOAT
                || t == ColumnType.SHORT;
    }

    @Override
    public Object cell(int row, int column) {
        Column<?> c = table.column(column);
        if (c.type() == ColumnType.STRING) {
            return c.getString(row);
        }
        if (c.isMissing(row)) {
            return null;
        }
        Object v = c.get(row);
        return v instanceof Number || v instanceof Boolean ? v : c.getString(row);
    }
}
