package dev.byline.bench.harness;

import java.util.ArrayList;
import java.util.List;

/** Formats result rows as a Markdown table (readable as plain text, pasteable into RESULTS.md). */
public final class ResultTable {
    static final List<String> HEADER = List.of("task", "docs", "MB", "byline s (min–max)", "byline peak MB", "peer",
            "peer s (min–max)", "peer peak MB", "ratio", "note");

    private ResultTable() {
    }

    /** The rows as an aligned Markdown table. */
    public static String markdown(List<ResultRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        for (ResultRow r : rows) {
            cells.add(List.of(r.task(), String.format("%,d", r.docs()), String.format("%.1f", r.megabytes()),
                    r.byline() == null ? "-" : r.byline().timeText(), r.byline() == null ? "-" : r.byline().memoryText(),
                    r.peer(), r.peerMeasurement() == null ? "-" : r.peerMeasurement().timeText(),
                    r.peerMeasurement() == null ? "-" : r.peerMeasurement().memoryText(), r.ratioText(),
                    r.note() == null ? "" : r.note()));
        }
        int[] width = new int[HEADER.size()];
        for (List<String> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            line(sb, cells.get(r), width);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int w : width) {
                    rule.add("-".repeat(w));
                }
                line(sb, rule, width);
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> row, int[] width) {
        sb.append('|');
        for (int c = 0; c < row.size(); c++) {
            sb.append(' ').append(row.get(c)).append(" ".repeat(width[c] - row.get(c).length())).append(" |");
        }
        sb.append('\n');
    }
}
