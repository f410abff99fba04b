package dev.byline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.terms.Keyness;
import dev.byline.terms.TermOptions;
import dev.byline.terms.Terms;
import dev.byline.terms.TrendBy;
import dev.byline.terms.Trends;
import dev.byline.text.Document;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class TermChartsTest {
    static final Corpus CORPUS = Corpus.load(Path.of("../corpus"));

    static org.w3c.dom.Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void topTermsBarIsWellFormedLabelledAndReproducible() throws Exception {
        String svg = TermCharts.topTerms(Terms.frequencies(CORPUS), 10);
        assertEquals("svg", parse(svg).getDocumentElement().getNodeName());
        assertTrue(svg.contains(">putin<"), "the most frequent term is a label");
        assertTrue(svg.contains("Top 10 terms"));
        assertEquals(svg, TermCharts.topTerms(Terms.frequencies(CORPUS), 10), "same table, same SVG");
    }

    @Test
    void keynessChartShowsBothDirections() throws Exception {
        String svg = TermCharts.keyness(Keyness.of(CORPUS, List.of("004_3bf5beac004fddcf")), 8);
        parse(svg);
        assertTrue(svg.contains(">mentioned<"));
        assertTrue(svg.contains(">said<"));
        assertTrue(svg.contains("rgb(31,119,180)") && svg.contains("rgb(214,39,40)"), "blue and red bars");
    }

    @Test
    void heatmapLabelsTermsAndDocuments() throws Exception {
        String svg = TermCharts.heatmap(Terms.count(CORPUS), 12);
        parse(svg);
        assertTrue(svg.contains(">ukraine<"));
        assertTrue(svg.contains("004_3bf5beac004fddcf"));
        assertEquals(svg, TermCharts.heatmap(Terms.count(CORPUS), 12));
    }

    @Test
    void trendLineHasOneSeriesPerTerm() throws Exception {
        Corpus c = Corpus.of(
                Document.of("a", "Peace talks. War.", Map.of("date", "2026-01-05")),
                Document.of("b", "Peace. Peace. War.", Map.of("date", "2026-02-05")));
        String svg = TermCharts.trend(Trends.of(c, List.of("peace", "war"), TrendBy.MONTH, TermOptions.defaults()));
        parse(svg);
        assertTrue(svg.contains(">2026-01<") && svg.contains(">2026-02<"));
        assertTrue(svg.contains(">peace<") && svg.contains(">war<"), "a legend entry per term");
    }

    @Test
    void aTableWithoutTheNeededColumnsIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TermCharts.topTerms(CORPUS.documents(), 5));
        assertTrue(e.getMessage().contains("'term'"));
    }

    private static java.util.Set<String> matches(String text, String regex) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void twoChartsInOneHtmlPageKeepTheirClipIdsApart() {
        String bars = TermCharts.topTerms(Terms.frequencies(CORPUS), 10);
        String heat = TermCharts.heatmap(Terms.count(CORPUS), 10);
        String page = "<html><body>" + bars + heat + "</body></html>";
        java.util.Set<String> barIds = matches(bars, "id='([^']+)'");
        java.util.Set<String> heatIds = matches(heat, "id='([^']+)'");
        assertTrue(!barIds.isEmpty() && !heatIds.isEmpty(), "the charts define clip paths");
        java.util.Set<String> shared = new java.util.TreeSet<>(barIds);
        shared.retainAll(heatIds);
        assertEquals(java.util.Set.of(), shared, "an id defined by both charts");
        assertEquals(barIds.size() + heatIds.size(), matches(page, "id='([^']+)'").size());
        // every reference in a chart points at a clip path of that chart
        assertTrue(barIds.containsAll(matches(bars, "url\\(#([^)]+)\\)")));
        assertTrue(heatIds.containsAll(matches(heat, "url\\(#([^)]+)\\)")));
    }
}
