package dev.byline.kernel.display;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw {@link Table} as pandas shows a frame: the first and last rows with an ellipsis row
 * between when the table is long, the total row and column count below, every cell escaped. The
 * same cut is used for {@code text/plain}.
 */
public final class TableRenderer implements Renderer<Table> {
    private final int head;
    private final int tail;

    /** Shows all rows up to {@code head + tail}, else the first {@code head} and last {@code tail}. */
    public TableRenderer(int head, int tail) {
        this.head = head;
        this.tail = tail;
    }

    @Override
    public MimeBundle render(Table table) {
        List<Integer> rows = shownRows(table.rowCount());
        return MimeBundle.text(plain(table, rows)).with("text/html", html(table, rows));
    }

    private List<Integer> shownRows(int n) {
        List<Integer> rows = new ArrayList<>();
        if (n <= head + tail) {
            for (int i = 0; i < n; i++) {
                rows.add(i);
            }
        } else {
            for (int i = 0; i < head; i++) {
                rows.add(i);
            }
            rows.add(-1);   // the ellipsis row
            for (int i = n - tail; i < n; i++) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static String footer(Table t) {
        return t.rowCount() + " row" + (t.rowCount() == 1 ? "" : "s") + " × " + t.columnCount() + " column"
                + (t.columnCount() == 1 ? "" : "s");
    }

    private static String html(Table t, List<Integer> rows) {
        StringBuilder sb = new StringBuilder("<div class=\"byline-table\">");
        if (t.name() != null && !t.name().isBlank()) {
            sb.append("<div><b>").append(HtmlEscape.escape(t.name())).append("</b></div>");
        }
        // alignment set on every cell, not left to the front end's CSS: classic Notebook and nbconvert right-align
        // every td, JupyterLab does too; text reads ragged-left then
        sb.append("<table border=\"1\" class=\"dataframe\"><thead><tr><th></th>");
        for (Column<?> c : t.columns()) {
            sb.append("<th").append(align(c)).append('>').append(HtmlEscape.escape(c.name())).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (int r : rows) {
            sb.append("<tr>");
            if (r < 0) {
                sb.append("<th>…</th>");
                for (Column<?> c : t.columns()) {
                    sb.append("<td").append(align(c)).append(">…</td>");
                }
            } else {
                sb.append("<th>").append(r).append("</th>");
                for (Column<?> c : t.columns()) {
                    sb.append("<td").append(align(c)).append('>').append(HtmlEscape.escape(cell(c, r))).append("</td>");
                }
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table><p>").append(footer(t)).append("</p></div>");
        return sb.toString();
    }

    /** Numbers right-aligned (digits line up), everything else left-aligned (text reads from its start). */
    private static String align(Column<?> c) {
        return c instanceof NumericColumn<?> ? " style=\"text-align: right;\"" : " style=\"text-align: left;\"";
    }

    /** A cell as shown: doubles and floats at the display precision, the rest as Tablesaw prints them. */
    static String cell(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return c.getString(row);
        }
        if (c instanceof DoubleColumn d) {
            return DisplayOptions.format(d.getDouble(row));
        }
        if (c instanceof FloatColumn f) {
            return DisplayOptions.format(f.getFloat(row));
        }
        return c.getString(row);
    }

    private static String plain(Table t, List<Integer> rows) {
        int cols = t.columnCount();
        int[] width = new int[cols + 1];
        List<String[]> lines = new ArrayList<>();
        String[] header = new String[cols + 1];
        header[0] = "";
        for (int c = 0; c < cols; c++) {
            header[c + 1] = t.column(c).name();
        }
        lines.add(header);
        for (int r : rows) {
            String[] line = new String[cols + 1];
            line[0] = r < 0 ? "…" : String.valueOf(r);
            for (int c = 0; c < cols; c++) {
                line[c + 1] = r < 0 ? "…" : cut(cell(t.column(c), r));
            }
            lines.add(line);
        }
        for (String[] line : lines) {
            for (int c = 0; c <= cols; c++) {
                width[c] = Math.max(width[c], line[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] line : lines) {
            for (int c = 0; c <= cols; c++) {
                sb.append(c == 0 ? "" : "  ").append(" ".repeat(width[c] - line[c].length())).append(line[c]);
            }
            sb.append('\n');
        }
        return sb.append('[').append(footer(t)).append(']').toString();
    }

    private static String cut(String s) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() > 40 ? oneLine.substring(0, 39) + "…" : oneLine;
    }
}
