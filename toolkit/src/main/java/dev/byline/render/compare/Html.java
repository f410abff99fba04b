package dev.byline.render.compare;

import dev.byline.text.Span;
import java.util.ArrayList;
import java.util.List;

/** HTML escaping for the comparison views: every piece of article text goes through here. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        return dev.byline.render.HtmlText.escape(s);
    }

    /**
     * Text with the given spans (offsets relative to {@code base}, sorted, disjoint) wrapped in
     * mark elements; spans separated only by white space share one mark, so a shared phrase reads
     * as one highlight.
     */
    static String marked(String text, int base, List<Span> spans) {
        List<int[]> runs = new ArrayList<>();
        for (Span s : spans) {
            int from = s.start() - base;
            int to = s.end() - base;
            if (from < 0 || to > text.length()) {
                continue;
            }
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && from >= last[1] && text.substring(last[1], from).isBlank()) {
                last[1] = to;
            } else if (last == null || from >= last[1]) {
                runs.add(new int[] {from, to});
            }
        }
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] r : runs) {
            sb.append(escape(text.substring(at, r[0]))).append("<mark>").append(escape(text.substring(r[0], r[1]))).append("</mark>");
            at = r[1];
        }
        return sb.append(escape(text.substring(at))).toString();
    }
}
