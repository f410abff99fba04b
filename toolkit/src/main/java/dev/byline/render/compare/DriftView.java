package dev.byline.render.compare;

import dev.byline.compare.QuoteChange;
import dev.byline.quotes.Quote;
import dev.byline.text.Span;
import java.util.List;

/**
 * Quote drift as a page: one row per quotation, A's words that B dropped struck through, B's
 * words that A lacks highlighted. Self-contained HTML, like {@link AlignmentView}.
 *
 * <pre>{@code
 * String html = DriftView.html(QuoteDrift.compare(ap, rewrite), "ap", "rewrite");
 * }</pre>
 */
public final class DriftView {
    private static final String CSS = """
            .byline-drift{font-family:Georgia,serif;font-size:14px;line-height:1.45;border-collapse:collapse;width:100%}
            .byline-drift th{font-family:sans-serif;text-align:left;padding:6px;border-bottom:2px solid #444}
            .byline-drift td{vertical-align:top;padding:6px 8px;border-bottom:1px solid #ddd}
            .byline-drift td.meta{font-family:sans-serif;font-size:12px;color:#444;width:11em}
            .byline-drift del{background:#f9d4d4;text-decoration:line-through}
            .byline-drift ins{background:#cdeccf;text-decoration:none}
            .byline-drift tr.same td.meta{color:#888}
            .byline-drift tr.only-in-a td.meta,.byline-drift tr.only-in-b td.meta{color:#a33;font-weight:bold}
            """;

    private DriftView() {
    }

    /** An HTML fragment for a notebook cell. */
    public static String html(List<QuoteChange> changes, String aName, String bName) {
        StringBuilder sb = new StringBuilder("<div class=\"byline-drift-view\"><style>").append(CSS).append("</style>");
        sb.append("<table class=\"byline-drift\"><thead><tr><th style=\"text-align:left\">speaker / change</th><th style=\"text-align:left\">A: ").append(Html.escape(aName))
                .append("</th><th style=\"text-align:left\">B: ").append(Html.escape(bName)).append("</th></tr></thead><tbody>");
        for (QuoteChange c : changes) {
            sb.append("<tr class=\"").append(c.change().label()).append("\"><td style=\"text-align:left\" class=\"meta\">")
                    .append(Html.escape(c.speaker().isEmpty() ? "(unattributed)" : c.speaker())).append("<br>")
                    .append(c.change().label());
            if (c.speakerInOther() && c.change().label().startsWith("only")) {
                sb.append("<br>speaker quoted in the other source");
            }
            sb.append("</td><td style=\"text-align:left\">").append(quotes(c.a(), c.dropped(), "del")).append("</td><td style=\"text-align:left\">")
                    .append(quotes(c.b(), c.added(), "ins")).append("</td></tr>");
        }
        return sb.append("</tbody></table></div>").toString();
    }

    /** A whole page, for {@code byline drift --html FILE}. */
    public static String page(List<QuoteChange> changes, String aName, String bName) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Quote drift: "
                + Html.escape(aName + " vs " + bName) + "</title></head><body>\n" + html(changes, aName, bName) + "\n</body></html>\n";
    }

    private static String quotes(List<Quote> quotes, List<Span> marked, String tag) {
        StringBuilder sb = new StringBuilder();
        for (Quote q : quotes) {
            if (!sb.isEmpty()) {
                sb.append(" … ");
            }
            List<Span> inside = marked.stream().filter(s -> s.start() >= q.start() && s.end() <= q.end()).toList();
            sb.append("“").append(Html.marked(q.text(), q.start(), inside).replace("<mark>", "<" + tag + ">")
                    .replace("</mark>", "</" + tag + ">")).append("”");
        }
        return sb.toString();
    }
}
