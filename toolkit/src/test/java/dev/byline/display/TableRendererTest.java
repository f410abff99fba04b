package dev.byline.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableRendererTest {
    private static Table numbers(int n) {
        return Table.create("numbers", IntColumn.create("n", IntStream.range(0, n).toArray()));
    }

    @Test
    void longTableShowsHeadEllipsisTailAndTotalRowCount() {
        MimeBundle b = new TableRenderer(3, 2).render(numbers(100));
        String html = b.data().get("text/html");
        assertTrue(html.contains("<td>2</td>") && !html.contains("<td>3</td>"), html);
        assertTrue(html.contains("<td>…</td>") && html.contains("<td>98</td>") && html.contains("<td>99</td>"), html);
        assertTrue(html.contains("100 rows × 1 column"), html);
        String plain = b.data().get("text/plain");
        assertEquals(3 + 1 + 2 + 2, plain.lines().count(), plain);   // header, 3 head, ellipsis, 2 tail, footer
    }

    @Test
    void shortTableShowsEveryRow() {
        String html = new TableRenderer(3, 2).render(numbers(5)).data().get("text/html");
        assertFalse(html.contains("…"));
        assertTrue(html.contains("<td>4</td>") && html.contains("5 rows"));
    }

    @Test
    void cellsAndHeadersAreEscaped() {
        Table t = Table.create("<t>", StringColumn.create("a&b", "<img src=x onerror=alert(1)>"));
        String html = new TableRenderer(10, 5).render(t).data().get("text/html");
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;") && html.contains("a&amp;b") && html.contains("&lt;t&gt;"));
    }

    @Test
    void userRendererWinsForItsClassAndSubclasses() {
        Renderers r = Renderers.withDefaults();
        r.register(Number.class, n -> MimeBundle.text("number " + n).with("text/html", "<i>" + n + "</i>"));
        assertEquals("<i>3</i>", r.render(3).data().get("text/html"));
        assertEquals("plain", r.render("plain").data().get("text/plain"));
    }
}
