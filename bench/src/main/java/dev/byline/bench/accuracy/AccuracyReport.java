package dev.byline.bench.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Formats accuracy reports as Markdown. */
final class AccuracyReport {
    private AccuracyReport() {
    }

    static String quotes(QuoteReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Quotations: %,d planted, recall %.1f%%, precision %.1f%% (%,d of %,d direct "
                        + "quotations found match a planted one; %,d indirect-speech rows not judged)%n%n",
                r.overall().planted(), 100 * r.overall().recall(), 100 * r.precision(), r.matched(), r.judged(),
                r.indirect()));
        List<QuoteScore> rows = new ArrayList<>();
        rows.add(r.overall());
        rows.addAll(r.byPattern());
        rows.addAll(r.byMarks());
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("planted quotations", "n", "found", "exact span", "speaker exact", "speaker lenient",
                "kind right"));
        for (QuoteScore s : rows) {
            cells.add(List.of(s.group(), String.format("%,d", s.planted()), pct(s.found(), s.planted()),
                    pct(s.exactSpan(), s.found()), pct(s.speakerExact(), s.found()), pct(s.speakerLenient(), s.found()),
                    pct(s.kindRight(), s.found())));
        }
        sb.append(table(cells));
        sb.append("\n(found: share of planted; the other columns: share of those found. Speaker exact = the full "
                + "name; lenient = a part of it, e.g. the surname. Scare quotes are right with no speaker.)\n");
        return sb.toString();
    }

    static String relations(RelationReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Document pairs: %,d labelled copy, rewrite, spun-copy or sibling, %.1f%% of them truly derived from one "
                + "original%n%n", r.derivedPredicted(), 100 * r.derivedPrecision()));
        List<List<String>> cells = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("planted", "n", "as derived"));
        head.addAll(r.labelOrder());
        cells.add(head);
        for (Map.Entry<String, Map<String, Integer>> e : r.labels().entrySet()) {
            List<String> row = new ArrayList<>(List.of(e.getKey(), String.format("%,d", r.planted(e.getKey())),
                    String.format("%.1f%%", 100 * r.derivedRecall(e.getKey()))));
            for (String l : r.labelOrder()) {
                row.add(String.format("%,d", e.getValue().getOrDefault(l, 0)));
            }
            cells.add(row);
        }
        sb.append(table(cells));
        sb.append("\n(same-topic pairs are two unrelated originals on one topic: for them, \"as derived\" (copy, rewrite, spun-copy, sibling) is the "
                + "false-positive rate.)\n");
        return sb.toString();
    }

    static String drift(DriftScore d, int limit) {
        return String.format("Quote edits from `byline drift A B` (the first %d planted quote edits, and as many exact "
                        + "copies as controls): %d of %d edited quotations reported as edited (%s); %d of %d exact copies "
                        + "had a quotation wrongly reported as edited (%s).%n", limit, d.detected(), d.pairs(),
                pct(d.detected(), d.pairs()), d.falseEdits(), d.controls(), pct(d.falseEdits(), d.controls()));
    }

    static String spin(SpinScore s) {
        return String.format("Spun copies: %d planted among %,d articles; %d flagged, %d of them spun: recall %s, "
                        + "precision %s.%n", s.spun(), s.documents(), s.flagged(), s.caught(), pct(s.caught(), s.spun()),
                pct(s.caught(), s.flagged()));
    }

    private static String pct(int a, int b) {
        return b == 0 ? "-" : String.format("%.1f%%", 100.0 * a / b);
    }

    static String table(List<List<String>> cells) {
        int[] w = new int[cells.getFirst().size()];
        for (List<String> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                w[c] = Math.max(w[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            row(sb, cells.get(r), w);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int x : w) {
                    rule.add("-".repeat(x));
                }
                row(sb, rule, w);
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> row, int[] w) {
        sb.append('|');
        for (int c = 0; c < row.size(); c++) {
            sb.append(' ').append(row.get(c)).append(" ".repeat(w[c] - row.get(c).length())).append(" |");
        }
        sb.append('\n');
    }
}
