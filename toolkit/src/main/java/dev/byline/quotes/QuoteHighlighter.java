package dev.byline.quotes;

import dev.byline.text.Document;
import dev.byline.text.Paragraph;
import dev.byline.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders an article with its quotations highlighted by kind (full, partial, term, indirect) and
 * speaker mentions underlined, as a self-contained HTML fragment: inline CSS, no scripts, no
 * external resources, every character of the text escaped. Works offline in JupyterLab, classic
 * Notebook, exported HTML and GitHub's viewer.
 *
 * <pre>{@code
 * String html = QuoteHighlighter.html(doc, Quotes.find(doc));
 * }</pre>
 */
public final class QuoteHighlighter {
    private static final String STYLE = "<style>"
            + ".byline-quotes{font-family:Georgia,serif;line-height:1.5;max-width:48em}"
            + ".byline-quotes p{margin:0 0 .7em 0}"
            + ".byline-quotes .q-full{background:#fde68a}"
            + ".byline-quotes .q-partial{background:#fef3c7}"
            + ".byline-quotes .q-term{background:#e5e7eb}"
            + ".byline-quotes .q-indirect{background:#dbeafe}"
            + ".byline-quotes .speaker{border-bottom:2px solid #b91c1c;font-weight:bold}"
            + ".byline-quotes .legend span{padding:0 .4em;margin-right:.5em}"
            + "</style>";

    private QuoteHighlighter() {
    }

    private record Mark(int start, int end, String tag) {
    }

    /** The document's body paragraphs with {@code quotes} highlighted; a title attribute names each speaker. */
    public static String html(Document document, List<Quote> quotes) {
        String raw = document.raw();
        List<Mark> marks = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Quote q : quotes) {
            if (q.start() < q.end()) {
                String title = q.kind().label() + (q.speaker() == null ? "" : " — " + q.speaker())
                        + (q.verb() == null ? "" : " (" + q.verb() + ")");
                marks.add(new Mark(q.start(), q.end(),
                        "<span class=\"q-" + q.kind().label() + "\" title=\"" + escape(title) + "\">"));
            }
            Span m = q.speakerMention();
            if (m != null && m.start() < m.end() && marks.stream().noneMatch(k -> k.start() == m.start() && k.tag().equals(SPEAKER))) {
                marks.add(new Mark(m.start(), m.end(), SPEAKER));
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        for (Mark m : marks) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        StringBuilder b = new StringBuilder(raw.length() * 2);
        b.append("<div class=\"byline-quotes\">").append(STYLE);
        b.append("<div class=\"legend\"><span class=\"q-full\">full</span><span class=\"q-partial\">partial</span>"
                + "<span class=\"q-term\">term</span><span class=\"q-indirect\">indirect</span>"
                + "<span class=\"speaker\">speaker</span></div>");
        // Spans may overlap (a partial quote inside reported speech) and cross paragraph breaks, so
        // the text is cut at every span boundary and each piece is wrapped in the spans covering it:
        // the markup stays well nested whatever the overlaps.
        for (Paragraph p : document.paragraphs()) {
            b.append("<p>");
            int i = p.start();
            while (i < p.end()) {
                Integer c = cuts.higher(i);
                int next = c == null || c > p.end() ? p.end() : c;
                int depth = 0;
                for (Mark m : marks) {
                    if (m.start() <= i && i < m.end()) {
                        b.append(m.tag());
                        depth++;
                    }
                }
                escapeTo(b, raw, i, next);
                b.append("</span>".repeat(depth));
                i = next;
            }
            b.append("</p>");
        }
        b.append("</div>");
        return b.toString();
    }

    private static final String SPEAKER = "<span class=\"speaker\">";

    private static void escapeTo(StringBuilder b, String raw, int from, int to) {
        for (int k = from; k < to; k++) {
            char ch = raw.charAt(k);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append("<br>");
                default -> b.append(ch);
            }
        }
    }

    /** HTML-escapes text for element content and attribute values. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        escapeTo(b, s, 0, s.length());
        return b.toString();
    }
}
