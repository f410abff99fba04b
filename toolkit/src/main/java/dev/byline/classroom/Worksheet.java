package dev.byline.classroom;

import dev.byline.BylineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A self-contained HTML worksheet for a class without Jupyter: the questions, the output of the tools
 * each names, and an answer box per question that checks the answer against the hashed key inside the
 * page. One inline script (SHA-256 and the normal form of {@link AnswerForm}), no CDN, no request: it
 * works from a {@code file://} URL, offline, or on any web server.
 *
 * <pre>{@code
 * Findings f = Findings.of(corpus);
 * KeyBuilder.Built built = KeyBuilder.build(questions, f);
 * Files.writeString(Path.of("worksheet.html"), Worksheet.html(questions, built.key(), f));
 * }</pre>
 */
public final class Worksheet {
    private static final String STYLE = """
            body{font:16px/1.5 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;max-width:1100px;margin:2em auto;padding:0 1em}
            h1,h2{line-height:1.25}section{border-top:1px solid #d0d7de;margin-top:1.5em}
            code{background:#f6f8fa;padding:0 .2em;border-radius:4px}
            .scroll{overflow-x:auto;margin:.5em 0}.tool{color:#57606a;font-size:14px;margin:.6em 0 0}
            table{border-collapse:collapse;font-size:13px;width:max-content}
            th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top;max-width:30em;overflow-wrap:break-word}
            th{background:#f6f8fa;white-space:nowrap}td.n{text-align:right;white-space:nowrap}
            form.answer{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:.6em .8em;margin:.8em 0}
            textarea{width:100%;box-sizing:border-box;font:15px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            button{margin-top:.4em;font-size:15px;padding:.2em 1em}
            .feedback{margin:.5em 0 0;font-weight:600}.right{color:#1a7f37}.wrong,.partly{color:#9a6700}.none{color:#57606a}
            """;

    private Worksheet() {
    }

    /** The page for {@code questions}, showing the tools' outputs on {@code findings}' corpus, checking with {@code key}. */
    public static String html(QuestionSet questions, AnswerKey key, Findings findings) {
        StringBuilder b = new StringBuilder(256 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(questions.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(questions.title())).append("</h1>\n");
        if (!questions.intro().isBlank()) {
            b.append("<p>").append(escape(questions.intro())).append("</p>\n");
        }
        b.append("<p>Write each answer in its box and press <b>Check</b>. Give several items one a line (or separated by ")
                .append("<code>;</code>). Case, spacing and order do not matter, and an article id may keep its file extension. ")
                .append("A hint appears after a wrong try, a stronger one after the second.</p>\n");
        Table docs = findings.corpus().documents();
        List<String> shown = List.of("id", "outlet", "date", "title", "words").stream()
                .filter(docs.columnNames()::contains).toList();
        b.append("<h2>The articles</h2>\n").append(table(docs.selectColumns(shown.toArray(String[]::new)), "corpus.documents()"));
        Map<String, Integer> firstShown = new HashMap<>();
        int n = 0;
        for (Question q : questions.questions()) {
            n++;
            AnswerKey.Entry e = key.entry(q.id());
            b.append("<section id=\"").append(escape(q.id())).append("\">\n<h2>Question ").append(n).append("</h2>\n<p>")
                    .append(escape(q.ask())).append("</p>\n<p class=\"tool\">Tools: <code>").append(escape(q.finding().tools()))
                    .append("</code></p>\n");
            for (Table t : findings.views(q.finding())) {
                Integer earlier = firstShown.putIfAbsent(t.name(), n);
                if (earlier == null) {
                    b.append(table(t, t.name()));
                } else {
                    b.append("<p class=\"tool\">The output of <code>").append(escape(t.name()))
                            .append("</code> is under question ").append(earlier).append(".</p>\n");
                }
            }
            int rows = e.kind() == Answer.Kind.SOME ? e.need() + 1 : 2;
            b.append("<form class=\"answer\" data-question=\"").append(escape(q.id())).append("\">\n<label for=\"a-")
                    .append(escape(q.id())).append("\">Your answer").append(q.form().isBlank() ? "" : " (" + escape(q.form()) + ")")
                    .append(":</label>\n<textarea id=\"a-").append(escape(q.id())).append("\" rows=\"").append(rows)
                    .append("\"></textarea>\n<button type=\"submit\">Check</button>\n<p class=\"feedback\" aria-live=\"polite\"></p>\n</form>\n</section>\n");
        }
        // "</" may not appear inside a script element; "<\/" is the same JSON string
        b.append("<script type=\"application/json\" id=\"byline-key\">\n").append(key.toJson().replace("</", "<\\/"))
                .append("</script>\n<script>\n").append(script()).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    /** A table in full, numbers rounded to three decimals, long text wrapped, wide tables scrolled. */
    static String table(Table t, String caption) {
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table>\n<caption class=\"tool\"><code>")
                .append(escape(caption)).append("</code>, ").append(t.rowCount()).append(t.rowCount() == 1 ? " row" : " rows")
                .append("</caption>\n<thead><tr>");
        for (Column<?> c : t.columns()) {
            b.append("<th>").append(escape(c.name())).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rowCount(); r++) {
            b.append("<tr>");
            for (Column<?> c : t.columns()) {
                Object v = c.isMissing(r) ? null : c.get(r);
                boolean number = v instanceof Number;
                b.append(number ? "<td class=\"n\">" : "<td>").append(v == null ? "" : escape(cell(v))).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    private static String cell(Object v) {
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.3f", d);
        }
        return v.toString();
    }

    private static String script() {
        try (InputStream in = Worksheet.class.getResourceAsStream("worksheet.js")) {
            if (in == null) {
                throw new BylineException("worksheet.js is missing from the Byline jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BylineException("cannot read worksheet.js from the Byline jar: " + e.getMessage());
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
