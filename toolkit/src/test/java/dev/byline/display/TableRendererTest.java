package dev.byline.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
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
        assertTrue(html.contains("<td style=\"text-align: right;\">2</td>") && !html.contains("<td style=\"text-align: right;\">3</td>"), html);
        assertTrue(html.contains("<td style=\"text-align: right;\">…</td>") && html.contains("<td style=\"text-align: right;\">98</td>") && html.contains("<td style=\"text-align: right;\">99</td>"), html);
        assertTrue(html.contains("100 rows × 1 column"), html);
        String plain = b.data().get("text/plain");
        assertEquals(3 + 1 + 2 + 2, plain.lines().count(), plain);   // header, 3 head, ellipsis, 2 tail, footer
    }

    @Test
    void shortTableShowsEveryRow() {
        String html = new TableRenderer(3, 2).render(numbers(5)).data().get("text/html");
        assertFalse(html.contains("…"));
        assertTrue(html.contains("<td style=\"text-align: right;\">4</td>") && html.contains("5 rows"));
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

    @Test
    void textIsLeftAlignedAndNumbersRightAlignedInTheOutputItself() {
        Table t = Table.create("t", StringColumn.create("term", "putin"), IntColumn.create("count", new int[] {12}));
        String html = new TableRenderer(10, 5).render(t).data().get("text/html");
        assertTrue(html.contains("<th style=\"text-align: left;\">term</th><th style=\"text-align: right;\">count</th>"), html);
        assertTrue(html.contains("<td style=\"text-align: left;\">putin</td><td style=\"text-align: right;\">12</td>"), html);
    }

    @Test
    void doublesShowSixSignificantDigitsAndTheTableKeepsItsValues() {
        Table t = Table.create("t", DoubleColumn.create("x", 23.893617021276597, 0.0000000007809699646532286, 2.5, 3.0,
                1234567.891));
        MimeBundle b = new TableRenderer(10, 5).render(t);
        String html = b.data().get("text/html");
        for (String shown : new String[] {">23.8936<", ">7.8097e-10<", ">2.5<", ">3.0<", ">1234568<"}) {
            assertTrue(html.contains(shown), shown + " in " + html);
        }
        assertTrue(b.data().get("text/plain").contains("23.8936"), b.data().get("text/plain"));
        assertEquals(23.893617021276597, t.doubleColumn("x").get(0), "the value itself is unchanged");
    }

    @Test
    void displayPrecisionIsSettable() {
        try {
            DisplayOptions.precision(3);
            assertEquals("23.9", DisplayOptions.format(23.893617021276597));
            assertEquals("7.81e-10", DisplayOptions.format(0.0000000007809699646532286));
        } finally {
            DisplayOptions.precision(DisplayOptions.DEFAULT_PRECISION);
        }
    }

    @Test
    void arraysShowTheirContentsAsJShellDoes() {
        Renderers r = Renderers.withDefaults();
        assertEquals("int[3] { 1, 2, 3 }", r.render(new int[] {1, 2, 3}).data().get("text/plain"));
        assertEquals("String[2] { \"a\", \"b\" }", r.render(new String[] {"a", "b"}).data().get("text/plain"));
        assertEquals("int[2][] { int[1] { 1 }, null }", r.render(new int[][] {{1}, null}).data().get("text/plain"));
    }

    @Test
    void aChartLeftAsSvgTextShowsAsAnImage() {
        String chart = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect/></svg>";
        MimeBundle b = Renderers.withDefaults().render(chart);
        assertEquals(chart, b.data().get("image/svg+xml"));
        assertFalse(b.data().get("text/plain").contains("<svg"), b.data().get("text/plain"));
        assertEquals("<svg> is text", Renderers.withDefaults().render("<svg> is text").data().get("text/plain"));
    }

    @Test
    void aChartIsAlsoInlineHtmlSoNbconvertsHtmlExportDrawsIt() {
        String chart = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"4\" height=\"4\"/></svg>";
        for (Object value : new Object[] {new Svg(chart), chart}) {
            MimeBundle b = Renderers.withDefaults().render(value);
            assertEquals(chart, b.data().get("image/svg+xml"));
            assertEquals("<div class=\"byline-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"4\" height=\"4\"/></svg></div>",
                    b.data().get("text/html"));
        }
    }
}
