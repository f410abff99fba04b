package dev.byline.kernel.runner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

    @Test
    void pageRendersMarkdownCodeAndOutputsWithoutExternalResources() {
        JsonObject nb = JsonParser.parseString("""
                {"nbformat":4,"cells":[
                 {"cell_type":"markdown","metadata":{},"source":["# Tour\\n","| a | b |\\n","|---|---|\\n","| 1 | 2 |\\n"]},
                 {"cell_type":"code","execution_count":3,"metadata":{},"source":"if (a < b) x();","outputs":[
                   {"output_type":"stream","name":"stderr","text":"warn <b>"},
                   {"output_type":"display_data","metadata":{},"data":{"text/html":"<table><tr><td>t</td></tr></table>","text/plain":"t"}},
                   {"output_type":"display_data","metadata":{},"data":{"image/svg+xml":"<svg xmlns='http://www.w3.org/2000/svg'></svg>"}},
                   {"output_type":"error","ename":"E","evalue":"v","traceback":["\\u001b[31mE: v <here>\\u001b[0m"]}]}]}
                """).getAsJsonObject();
        String html = HtmlPage.render(nb, "Tour & more");
        assertTrue(html.contains("<title>Tour &amp; more</title>"));
        assertTrue(html.contains("<h1>Tour</h1>"));
        assertTrue(html.contains("<td>1</td>"), "GitHub-style tables in Markdown");
        assertTrue(html.contains("if (a &lt; b) x();"), "code is escaped");
        assertTrue(html.contains("In [3]:"));
        assertTrue(html.contains("<pre class=\"stderr\">warn &lt;b&gt;</pre>"));
        assertTrue(html.contains("<table><tr><td>t</td></tr></table>"), "HTML outputs are inline");
        assertTrue(html.contains("<svg xmlns"));
        assertTrue(html.contains("E: v &lt;here&gt;"), "traceback escaped, ANSI colours removed");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("src=\"http"), "no external resources");
    }
}
