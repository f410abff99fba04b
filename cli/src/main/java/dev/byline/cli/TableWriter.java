package dev.byline.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
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

    /**
     * {@link #write(Tabular, OutputOptions, PrintWriter)}, where in table format a long cell of a column named in
     * {@code keepEnd} is cut at its start, not its end: a concordance's left context, whose words next to the keyword
     * are the ones that matter.
     */
    static void write(Table table, OutputOptions options, PrintWriter out, Set<String> keepEnd) {
        write(Tabular.of(table), options, out, keepEnd);
    }

    static void write(Tabular table, OutputOptions options, PrintWriter out) {
        write(table, options, out, Set.of());
    }

    static void write(Tabular table, OutputOptions options, PrintWriter out, Set<String> keepEnd) {
        switch (options.resolved()) {
            case table -> text(table, options.maxWidth, out, keepEnd);
            case csv -> csv(table, out);
            case json -> json(table, out);
        }
        out.flush();
    }

    static void csv(Tabular table, PrintWriter out) {
        csv(table, out, true);
    }

    /**
     * The rows of {@code table} in CSV (with the header line first when {@code header}) or JSON Lines: for a command
     * that writes its rows as they come, a few at a time, in the shape {@link #write} gives a whole table.
     */
    static void rows(Tabular table, OutputFormat format, PrintWriter out, boolean header) {
        switch (format) {
            case csv -> csv(table, out, header);
            case json -> json(table, out);
            case table -> throw new IllegalArgumentException("table format needs the whole table");
        }
    }

    private static void csv(Tabular table, PrintWriter out, boolean header) {
        // Rows go to a local buffer, handed to the (synchronized) writer 64 KB at a time: a million rows would
        // otherwise take a lock per field.
        StringBuilder buffer = new StringBuilder(1 << 17);
        char[] chunk = new char[1 << 17];
        if (header) {
            for (int k = 0; k < table.columnCount(); k++) {
                field(buffer, table.name(k), k == 0);
            }
            buffer.append("\r\n");
        }
        int rows = table.rowCount();
        if (table.readsInParallel() && rows >= 4 * SEGMENT) {
            chunk = hand(buffer, chunk, out);
            // the segments of a few threads' turns made side by side, then written in order: a frequency table of
            // a large corpus is a hundred thousand rows, made after the counting, when every other thread is idle
            int segments = (rows + SEGMENT - 1) / SEGMENT;
            int turn = 2 * (ForkJoinPool.getCommonPoolParallelism() + 1);
            for (int first = 0; first < segments; first += turn) {
                List<StringBuilder> made = IntStream.range(first, Math.min(segments, first + turn)).parallel()
                        .mapToObj(s -> {
                            StringBuilder b = new StringBuilder(SEGMENT * 48);
                            for (int r = s * SEGMENT; r < Math.min(rows, (s + 1) * SEGMENT); r++) {
                                row(table, r, b);
                            }
                            return b;
                        }).toList();
                for (StringBuilder b : made) {
                    chunk = hand(b, chunk, out);
                }
            }
            return;
        }
        for (int r = 0; r < rows; r++) {
            row(table, r, buffer);
            if (buffer.length() >= 1 << 16) {
                chunk = hand(buffer, chunk, out);
            }
        }
        hand(buffer, chunk, out);
    }

    /** Rows a thread makes at a time when a table's rows are made on several ({@link Tabular#readsInParallel}). */
    private static final int SEGMENT = 4096;

    /** Row {@code r} of {@code table} as a CSV line. */
    private static void row(Tabular table, int r, StringBuilder buffer) {
        for (int k = 0; k < table.columnCount(); k++) {
            // numbers in full (a double in Java's shortest exact form), not rounded for display
            Object v = table.cell(r, k);
            if (v instanceof Integer || v instanceof Long) {
                // digits and a sign never need quoting: written in place, no string made
                (k == 0 ? buffer : buffer.append(',')).append(((Number) v).longValue());
            } else {
                field(buffer, v == null ? "" : v.toString(), k == 0);
            }
        }
        buffer.append("\r\n");
    }

    /**
     * Writes the buffer's characters to {@code out} through {@code chunk} (a bigger one if they do not fit, returned)
     * and empties it: {@code out.append(buffer)} would first copy them into a new string, trying to narrow them to
     * Latin-1 on the way, only for the writer to read them out again.
     */
    private static char[] hand(StringBuilder buffer, char[] chunk, PrintWriter out) {
        int n = buffer.length();
        char[] c = chunk.length >= n ? chunk : new char[n];
        buffer.getChars(0, n, c, 0);
        out.write(c, 0, n);
        buffer.setLength(0);
        return c;
    }

    /**
     * One RFC 4180 field, quoted exactly when commons-csv's {@code CSVFormat.RFC4180} quotes it (its minimal
     * quoting: a comma, a quote or a line break inside, a first character up to {@code #}, a last one up to a space,
     * or an empty first field). Written here because CSVPrinter's per-field streams and lambdas took two thirds of
     * the time of printing a large frequency table.
     */
    static void field(StringBuilder out, String s, boolean first) {
        if (!first) {
            out.append(',');
        }
        int n = s.length();
        boolean quote = n == 0 ? first : s.charAt(0) <= '#' || s.charAt(n - 1) <= ' ';
        for (int i = 0; i < n && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(s);
            return;
        }
        // whole runs between quotation marks, not a character at a time: a quoted text is most of a quotation table
        out.append('"');
        int from = 0;
        for (int q = s.indexOf('"'); q >= 0; q = s.indexOf('"', q + 1)) {
            out.append(s, from, q + 1).append('"');
            from = q + 1;
        }
        // the usual quoted field holds no quotation mark: appended whole, as a String (append(CharSequence, int, int)
        // copies a character at a time: under C1 a third of the CSV samples of a quotation table)
        (from == 0 ? out.append(s) : out.append(s, from, n)).append('"');
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
        text(table, maxWidth, out, Set.of());
    }

    /**
     * Aligned text, cells longer than {@code maxWidth} (if above 0) cut with an ellipsis: at their end, or at their
     * start for the columns named in {@code keepEnd}. Numbers are never cut (7.81e-10 cut to 7.81… would mislead).
     */
    static void text(Tabular table, int maxWidth, PrintWriter out, Set<String> keepEnd) {
        int cols = table.columnCount();
        int rows = table.rowCount();
        String[][] cells = new String[rows + 1][cols];
        int[] width = new int[cols];
        boolean[] right = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            right[c] = table.numeric(c);
            cells[0][c] = table.name(c);
            int max = right[c] ? 0 : maxWidth;
            boolean fromStart = keepEnd.contains(table.name(c));
            for (int r = 0; r < rows; r++) {
                Object v = table.cell(r, c);
                String s = v == null ? "" : oneLine(display(v));
                cells[r + 1][c] = fromStart ? clipStart(s, max) : clip(s, max);
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

    /** {@code s} cut to {@code max} code points by dropping its start. */
    private static String clipStart(String s, int max) {
        if (max <= 0 || s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return "…" + s.substring(s.offsetByCodePoints(s.length(), -(max - 1)));
    }
}
