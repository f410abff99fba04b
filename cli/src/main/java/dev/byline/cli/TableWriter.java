package dev.byline.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Prints a Tablesaw table as aligned text, RFC 4180 CSV or JSON lines. */
final class TableWriter {
    /** Made on first use: building a Gson costs start-up time that csv and table output need not pay. */
    private static final class Json {
        static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    }

    private TableWriter() {
    }

    static void write(Table table, OutputOptions options, PrintWriter out) {
        switch (options.resolved()) {
            case table -> text(table, options.maxWidth, out);
            case csv -> csv(table, out);
            case json -> json(table, out);
        }
        out.flush();
    }

    static void csv(Table table, PrintWriter out) {
        try {
            // Rows go to a local buffer, handed to the (synchronized) writer 64 KB at a time: a million rows
            // would otherwise take a lock per field.
            StringBuilder buffer = new StringBuilder(1 << 17);
            CSVPrinter printer = new CSVPrinter(buffer, CSVFormat.RFC4180);
            printer.printRecord(table.columnNames());
            List<Column<?>> columns = table.columns();
            String[] row = new String[columns.size()];
            for (int r = 0; r < table.rowCount(); r++) {
                for (int k = 0; k < row.length; k++) {
                    Column<?> c = columns.get(k);
                    // doubles in full (Java's shortest exact form), not Tablesaw's display format
                    row[k] = c.isMissing(r) ? "" : c instanceof DoubleColumn d ? Double.toString(d.getDouble(r)) : c.getString(r);
                }
                printer.printRecord((Object[]) row);
                if (buffer.length() >= 1 << 16) {
                    out.append(buffer);
                    buffer.setLength(0);
                }
            }
            out.append(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void json(Table table, PrintWriter out) {
        for (int r = 0; r < table.rowCount(); r++) {
            JsonObject o = new JsonObject();
            for (Column<?> c : table.columns()) {
                if (c.isMissing(r) && c.type() != ColumnType.STRING) {
                    o.add(c.name(), null);
                    continue;
                }
                Object v = c.get(r);
                if (v instanceof Number n) {
                    o.addProperty(c.name(), n);
                } else if (v instanceof Boolean b) {
                    o.addProperty(c.name(), b);
                } else {
                    o.addProperty(c.name(), c.getString(r));
                }
            }
            out.println(Json.GSON.toJson(o));
        }
    }

    static void text(Table table, int maxWidth, PrintWriter out) {
        int cols = table.columnCount();
        String[][] cells = new String[table.rowCount() + 1][cols];
        int[] width = new int[cols];
        boolean[] right = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            Column<?> col = table.column(c);
            right[c] = col.type() == ColumnType.INTEGER || col.type() == ColumnType.DOUBLE
                    || col.type() == ColumnType.LONG || col.type() == ColumnType.FLOAT || col.type() == ColumnType.SHORT;
            cells[0][c] = col.name();
            for (int r = 0; r < table.rowCount(); r++) {
                cells[r + 1][c] = clip(col.isMissing(r) ? "" : oneLine(display(col, r)), maxWidth);
            }
        }
        for (String[] row : cells) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        for (int r = 0; r < cells.length; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                String v = cells[r][c];
                int pad = width[c] - v.codePointCount(0, v.length());
                if (right[c] && r > 0) {
                    line.append(" ".repeat(pad)).append(v);
                } else {
                    line.append(v).append(c == cols - 1 ? "" : " ".repeat(pad));
                }
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < cols; c++) {
                    if (c > 0) {
                        rule.append("  ");
                    }
                    rule.append("-".repeat(width[c]));
                }
                out.println(rule);
            }
        }
        out.println("(" + table.rowCount() + (table.rowCount() == 1 ? " row)" : " rows)"));
    }

    /** Doubles read better rounded on a terminal; CSV and JSON keep every digit. */
    private static String display(Column<?> col, int row) {
        if (col.type() == ColumnType.DOUBLE || col.type() == ColumnType.FLOAT) {
            double v = ((Number) col.get(row)).doubleValue();
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return Double.toString(v);
            }
            double abs = Math.abs(v);
            String f = abs != 0 && abs < 0.001 ? String.format(java.util.Locale.ROOT, "%.3g", v)
                    : new java.math.BigDecimal(v).setScale(abs >= 100 ? 1 : 3, java.math.RoundingMode.HALF_EVEN)
                            .stripTrailingZeros().toPlainString();
            return f;
        }
        return col.getString(row);
    }

    private static String oneLine(String s) {
        return s.replace("\r", " ").replace("\n", " ").replace("\t", " ");
    }

    private static String clip(String s, int max) {
        if (max <= 0 || s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
