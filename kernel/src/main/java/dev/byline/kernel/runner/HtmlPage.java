package dev.byline.kernel.runner;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A standalone HTML page for an executed notebook: Markdown rendered with commonmark, code with its
 * outputs inline (HTML, SVG, PNG as data URIs, text), styles inline, no script and no CDN.
 *
 * <pre>{@code
 * String html = HtmlPage.render(executedNotebookJson, "A tour of the corpus");
 * }</pre>
 */
public final class HtmlPage {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    static final String STYLE = """
            body{font:16px/1.5 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;max-width:1100px;margin:2em auto;padding:0 1em}
            h1,h2,h3{line-height:1.25}a{color:#0969da}
            .cell{margin:1em 0}.md{padding:0 .2em}
            .prompt{color:#57606a;font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin-bottom:2px}
            pre{margin:0;padding:.6em .8em;overflow-x:auto;font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap}
            pre.source{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px}
            .output{margin:.3em 0 0 0;padding:0 .2em;overflow-x:auto}
            pre.stderr{background:#fff8e6}pre.error{background:#ffebe9;color:#82071e}
            table{border-collapse:collapse;font-size:13px;margin:.4em 0}
            th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}
            td{max-width:32em;overflow-wrap:break-word}.output table{width:max-content}
            th{background:#f6f8fa}
            .status{font-size:13px;color:#57606a}.ok{color:#1a7f37}.failed{color:#cf222e}
            """;

    private HtmlPage() {
    }

    /** The page for an executed notebook (its JSON). */
    public static String render(JsonObject notebook, String title) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        for (JsonElement e : notebook.getAsJsonArray("cells")) {
            JsonObject cell = e.getAsJsonObject();
            switch (Notebook.type(cell)) {
                case "markdown" -> b.append("<div class=\"cell md\">\n")
                        .append(HTML.render(MARKDOWN.parse(Notebook.source(cell)))).append("</div>\n");
                case "code" -> code(cell, b);
                default -> b.append("<div class=\"cell\"><pre>").append(escape(Notebook.source(cell)))
                        .append("</pre></div>\n");
            }
        }
        return b.append("</body>\n</html>\n").toString();
    }

    /** Markdown to HTML with the same renderer the pages use. */
    public static String markdown(String text) {
        return HTML.render(MARKDOWN.parse(text));
    }

    private static void code(JsonObject cell, StringBuilder b) {
        JsonElement count = cell.get("execution_count");
        String n = count == null || count.isJsonNull() ? " " : count.getAsString();
        b.append("<div class=\"cell code\">\n<div class=\"prompt\">In [").append(n).append("]:</div>\n")
                .append("<pre class=\"source\"><code class=\"language-java\">")
                .append(escape(Notebook.source(cell))).append("</code></pre>\n");
        if (cell.has("outputs")) {
            for (JsonElement o : cell.getAsJsonArray("outputs")) {
                output(o.getAsJsonObject(), b);
            }
        }
        b.append("</div>\n");
    }

    private static void output(JsonObject o, StringBuilder b) {
        String type = o.get("output_type").getAsString();
        b.append("<div class=\"output\">");
        switch (type) {
            case "stream" -> b.append("<pre class=\"").append(escape(o.get("name").getAsString())).append("\">")
                    .append(escape(ANSI.matcher(Notebook.multiline(o.get("text"))).replaceAll(""))).append("</pre>");
            case "error" -> {
                StringBuilder t = new StringBuilder();
                if (o.has("traceback") && !o.getAsJsonArray("traceback").isEmpty()) {
                    o.getAsJsonArray("traceback").forEach(x -> t.append(x.getAsString()).append('\n'));
                } else {
                    t.append(o.get("ename").getAsString()).append(": ").append(o.get("evalue").getAsString());
                }
                b.append("<pre class=\"error\">").append(escape(ANSI.matcher(t.toString()).replaceAll("")))
                        .append("</pre>");
            }
            default -> data(o.has("data") ? o.getAsJsonObject("data") : new JsonObject(), b);
        }
        b.append("</div>\n");
    }

    private static void data(JsonObject data, StringBuilder b) {
        if (data.has("text/html")) {
            b.append(Notebook.multiline(data.get("text/html")));
        } else if (data.has("image/svg+xml")) {
            b.append(Notebook.multiline(data.get("image/svg+xml")));
        } else if (data.has("image/png")) {
            b.append("<img alt=\"chart\" src=\"data:image/png;base64,")
                    .append(Notebook.multiline(data.get("image/png")).replaceAll("\\s", "")).append("\">");
        } else if (data.has("text/markdown")) {
            b.append(markdown(Notebook.multiline(data.get("text/markdown"))));
        } else if (data.has("text/plain")) {
            b.append("<pre>").append(escape(Notebook.multiline(data.get("text/plain")))).append("</pre>");
        }
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String s) {
        return dev.byline.render.HtmlText.escape(s);
    }
}
