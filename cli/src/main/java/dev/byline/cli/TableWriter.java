package dev.byline.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tech.tablesaw.api.Table;

/** Prints a table ({@link Tabular}, or a Tablesaw table) as aligned text, RFC 4180 CSV or JSON lines. */
final class TableWriter {
    /** Made on first use: building a Gson costs start-up time that csv and table output need not pay. */
    private static final class Json {
        static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    }

    private TableWriter() {
    }

    static void write(Table table, OutputOptions options, PrintWriter out) {
        write(Tabular.of(table), options, out);
    }

    static void write(Tabular table, OutputOptions options, PrintWriter out) {
        switch (options.resolved()) {
            case table -> text(table, options.maxWidth, out);
            case csv -> csv(table, out);
            case json -> json(table, out);
        }
        out.flush();
    }

    static void csv(Tabular table, PrintWriter out) {
        try {
            // Rows go to a local buffer, handed to the (synchronized) writer 64 KB at a time: a million rows
            // would otherwise take a lock per field.
            StringBuilder buffer = new StringBuilder(1 << 17);
            CSVPrinter printer = new CSVPrinter(buffer, CSVFormat.RFC4180);
            String[] row = new String[table.columnCount()];
            for (int k = 0; k < row.length; k++) {
                row[k] = table.name(k);
            }
            printer.printRecord((Object[]) row);
            for (int r = 0; r < table.rowCount(); r++) {
                for (int k = 0; k < row.length; k++) {
                    // numbers in full (a double in Java's shortest exact form), not rounded for display
                    Object v = table.cell(r, k);
                    row[k] = v == null ? "" : v.toString();
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

    static void json(Tabular table, PrintWriter out) {
        for (int r = 0; r < table.rowCount(); r++) {
            JsonObject o = new JsonObject();
            for (int c = 0; c < table.columnCount(); c++) {
                Object v = table.cell(r, c);
                if (v == null) {
                    o.add(table.name(c), null);
                } else if (v instanceof Number n) {
                    o.addProperty(table.name(c), n);
                } else if (v instanceof Boolean b) {
                    o.addProperty(table.name(c), b);
                } else {
                    o.addProperty(table.name(c), v.toString());
                }
            }
            out.println(Json.GSON.toJson(o));
        }
    }

    static void text(Tabular table, int maxWidth, PrintWriter out) {
        int cols = table.columnCount();
        int rows = table.rowCount();
        String[][] cells = new String[rows + 1][cols];
        int[] width = new int[cols];
        boolean[] right = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            right[c] = table.numeric(c);
            cells[0][c] = table.name(c);
            for (int r = 0; r < rows; r++) {
                Object v = table.cell(r, c);
                cells[r + 1][c] = clip(v == null ? "" : oneLine(display(v)), maxWidth);
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
        out.println("(" + rows + (rows == 1 ? " row)" : " rows)"));
    }

    /** Doubles read better rounded on a terminal; CSV and JSON keep every digit. */
    private static String display(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double v = ((Number) value).doubleValue();
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return Double.toString(v);
            }
            double abs = Math.abs(v);
            String f = abs != 0 && abs < 0.001 ? String.format(java.util.Locale.ROOT, "%.3g", v)
                    : new java.math.BigDecimal(v).setScale(abs >= 100 ? 1 : 3, java.math.RoundingMode.HALF_EVEN)
                            .stripTrailingZeros().toPlainString();
            return f;
        }
        return value.toString();
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
