package dev.byline.display;

import java.util.Locale;

/** The HTML of a progress bar for long operations (loading a large corpus); plain HTML, no script. */
final class ProgressBar {
    private ProgressBar() {
    }

    static Html of(String label, int done, int total, String detail) {
        int percent = total <= 0 ? 0 : (int) Math.round(100.0 * done / total);
        return new Html(String.format(Locale.ROOT,
                "<div class=\"byline-progress\" style=\"font:13px sans-serif;margin:4px 0\">%s %d / %d (%d%%)"
                        + "<div style=\"width:320px;height:8px;background:#eaeef2;border-radius:4px\">"
                        + "<div style=\"width:%d%%;height:8px;background:#0969da;border-radius:4px\"></div></div>"
                        + "<div style=\"color:#57606a\">%s</div></div>",
                HtmlEscape.escape(label), done, total, percent, percent, HtmlEscape.escape(detail)));
    }
}
