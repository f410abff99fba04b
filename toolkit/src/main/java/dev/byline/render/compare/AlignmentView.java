package dev.byline.render.compare;

import dev.byline.compare.Passage;
import dev.byline.compare.PassageAlignment;
import dev.byline.compare.PassageKind;
import dev.byline.text.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A side-by-side page for a passage alignment, in the manner of WCopyfind: A on the left, B on
 * the right, one row per passage, shared words highlighted, rows coloured by kind, and the
 * passages one side lacks shown against an empty cell. Self-contained HTML (inline CSS, no
 * scripts, no fonts or files fetched), so it works offline, in a notebook and in exported HTML.
 *
 * <pre>{@code
 * String html = AlignmentView.html(PassageAligner.align(a, b));
 * Files.writeString(Path.of("align.html"), AlignmentView.page(PassageAligner.align(a, b)));
 * }</pre>
 */
public final class AlignmentView {
    private static final String CSS = """
            .byline-align{font-family:Georgia,serif;font-size:14px;line-height:1.45;border-collapse:collapse;width:100%;table-layout:fixed}
            .byline-align th{font-family:sans-serif;text-align:left;padding:6px;border-bottom:2px solid #444}
            .byline-align td{vertical-align:top;padding:6px 8px;border-bottom:1px solid #ddd}
            .byline-align td.kind{width:7em;font-family:sans-serif;font-size:12px;color:#555}
            .byline-align mark{background:#ffe28a;padding:0}
            .byline-align tr.verbatim td{background:#fbeaea}
            .byline-align tr.close td{background:#fdf3e6}
            .byline-align tr.paraphrase td{background:#f3f0fa}
            .byline-align tr.only-in-a td.a,.byline-align tr.only-in-b td.b{background:#e8f4ea}
            .byline-align td.empty{background:#f6f6f6 !important}
            .byline-align-summary{font-family:sans-serif;font-size:13px;margin:6px 0}
            """;

    private AlignmentView() {
    }

    /** An HTML fragment (a style element, a summary line and the table), for a notebook cell. */
    public static String html(PassageAlignment al) {
        StringBuilder sb = new StringBuilder();
        sb.append("<div class=\"byline-align-view\"><style>").append(CSS).append("</style>");
        Map<PassageKind, Integer> counts = new EnumMap<>(PassageKind.class);
        for (Passage p : al.passages()) {
            counts.merge(p.kind(), 1, Integer::sum);
        }
        sb.append("<p class=\"byline-align-summary\">")
                .append(String.format(Locale.ROOT, "%.0f%% of %s and %.0f%% of %s align. ",
                        100 * al.coverageA(), Html.escape(al.a().id()), 100 * al.coverageB(), Html.escape(al.b().id())));
        counts.forEach((k, n) -> sb.append(n).append(' ').append(k.label()).append(". "));
        sb.append("Highlighted: words both sides share, in order.</p>");
        sb.append("<table class=\"byline-align\"><colgroup><col style=\"width:7em\"><col><col></colgroup><thead><tr><th style=\"text-align:left\">kind</th><th style=\"text-align:left\">A: ")
                .append(Html.escape(al.a().id())).append("</th><th style=\"text-align:left\">B: ").append(Html.escape(al.b().id())).append("</th></tr></thead><tbody>");
        for (Passage p : al.passages()) {
            sb.append("<tr class=\"").append(p.kind().label()).append("\"><td style=\"text-align:left\" class=\"kind\">").append(p.kind().label());
            if (p.kind().isMatch()) {
                sb.append(String.format(Locale.ROOT, "<br>%.2f", p.score()));
            }
            sb.append("</td>");
            cell(sb, "a", p.aText(), p.aStart(), al.sharedInA(p));
            cell(sb, "b", p.bText(), p.bStart(), al.sharedInB(p));
            sb.append("</tr>");
        }
        return sb.append("</tbody></table></div>").toString();
    }

    /** A whole HTML page around {@link #html}, for {@code byline align --html FILE}. */
    public static String page(PassageAlignment al) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + Html.escape(al.a().id() + " vs " + al.b().id())
                + "</title></head><body>\n" + html(al) + "\n</body></html>\n";
    }

    private static void cell(StringBuilder sb, String side, String text, int start, List<Span> shared) {
        if (start < 0) {
            sb.append("<td style=\"text-align:left\" class=\"").append(side).append(" empty\"></td>");
            return;
        }
        sb.append("<td style=\"text-align:left\" class=\"").append(side).append("\">").append(Html.marked(text, start, shared)).append("</td>");
    }
}
