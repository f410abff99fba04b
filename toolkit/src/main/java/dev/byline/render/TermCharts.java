package dev.byline.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import tech.tablesaw.api.Table;

/**
 * Charts of term statistics as SVG strings, drawn by JFreeChart and JFreeSVG: no browser, no network,
 * and the same table always gives the same SVG.
 *
 * <pre>{@code
 * String bar = TermCharts.topTerms(Terms.frequencies(corpus), 20);
 * String key = TermCharts.keyness(Keyness.of(corpus, List.of("004_3bf5beac004fddcf")), 15);
 * String map = TermCharts.heatmap(Terms.count(corpus), 25);
 * String line = TermCharts.trend(Trends.of(corpus, List.of("putin"), TrendBy.MONTH, TermOptions.defaults()));
 * }</pre>
 */
public final class TermCharts {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color POSITIVE = new Color(0x1F77B4);
    private static final Color NEGATIVE = new Color(0xD62728);
    private static final Color[] SERIES = {
        new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728), new Color(0x9467BD),
        new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F), new Color(0xBCBD22), new Color(0x17BECF)
    };

    private TermCharts() {
    }

    /**
     * A horizontal bar chart of the {@code k} most frequent terms of a frequency table
     * ({@code term}, {@code count}, as {@code Terms.frequencies} gives), most frequent at the top.
     */
    public static String topTerms(Table frequencies, int k) {
        require(frequencies, "term", "count");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int n = Math.min(k, frequencies.rowCount());
        for (int r = 0; r < n; r++) {
            data.addValue(((Number) frequencies.column("count").get(r)).doubleValue(), "count",
                    frequencies.stringColumn("term").get(r));
        }
        CategoryPlot plot = barPlot(data, "Occurrences");
        plot.getRenderer().setSeriesPaint(0, POSITIVE);
        return Svg.of(chart("Top " + n + " terms", plot, false), 720, barHeight(n));
    }

    /**
     * A diverging bar chart of a keyness table ({@code term}, {@code g2}, {@code direction}, as
     * {@code Keyness.of} gives): the {@code k} strongest positive keywords to the right, the {@code k}
     * strongest negative ones to the left, bar length G².
     */
    public static String keyness(Table keyness, int k) {
        require(keyness, "term", "g2", "direction");
        List<String[]> positive = new ArrayList<>();
        List<String[]> negative = new ArrayList<>();
        for (int r = 0; r < keyness.rowCount(); r++) {
            String[] row = {keyness.stringColumn("term").get(r), Double.toString(keyness.doubleColumn("g2").get(r))};
            List<String[]> side = keyness.stringColumn("direction").get(r).equals("positive") ? positive : negative;
            if (side.size() < k) {
                side.add(row);
            }
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String[] row : positive) {
            data.addValue(Double.parseDouble(row[1]), "G²", row[0]);
        }
        for (int i = negative.size() - 1; i >= 0; i--) {
            data.addValue(-Double.parseDouble(negative.get(i)[1]), "G²", negative.get(i)[0]);
        }
        CategoryPlot plot = barPlot(data, "Log-likelihood G² (left of zero: less frequent in the target)");
        plot.setRenderer(new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                Number v = data.getValue(row, column);
                return v != null && v.doubleValue() < 0 ? NEGATIVE : POSITIVE;
            }
        });
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        JFreeChart chart = chart("Keywords: target against reference", plot, false);
        TextTitle key = new TextTitle("blue: more frequent in the target; red: less frequent", LABEL);
        chart.addSubtitle(key);
        return Svg.of(chart, 760, barHeight(positive.size() + negative.size()));
    }

    /**
     * A term × document heatmap of a long count table ({@code doc}, {@code term}, {@code count}, as
     * {@code Terms.count} gives) for the {@code k} terms most frequent over all documents; darker is more.
     */
    public static String heatmap(Table counts, int k) {
        require(counts, "doc", "term", "count");
        return heatmap(counts, mostFrequent(counts, null, k));
    }

    /**
     * The heatmap of {@link #heatmap(Table, int)} for the terms of the rows of {@code shown} (a subset of
     * {@code counts}, such as each document's top terms), most frequent over all documents at the top, with their
     * counts in every document from {@code counts}: the chart of the rows a table prints.
     */
    public static String heatmap(Table counts, Table shown) {
        require(counts, "doc", "term", "count");
        require(shown, "term");
        return heatmap(counts, mostFrequent(counts, new java.util.HashSet<>(shown.stringColumn("term").asList()), Integer.MAX_VALUE));
    }

    /** The {@code k} terms of {@code counts} (only those in {@code among}, unless null) with the highest totals, ties by name. */
    private static List<String> mostFrequent(Table counts, java.util.Set<String> among, int k) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int r = 0; r < counts.rowCount(); r++) {
            String term = counts.stringColumn("term").get(r);
            if (among == null || among.contains(term)) {
                totals.merge(term, ((Number) counts.column("count").get(r)).longValue(), Long::sum);
            }
        }
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(Map.Entry::getKey).toList();
    }

    private static String heatmap(Table counts, List<String> terms) {
        LinkedHashSet<String> docs = new LinkedHashSet<>();
        for (int r = 0; r < counts.rowCount(); r++) {
            docs.add(counts.stringColumn("doc").get(r));
        }
        List<String> docList = new ArrayList<>(docs);
        double[][] xyz = new double[3][terms.size() * docList.size()];
        double max = 1;
        Map<String, Integer> termIndex = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            termIndex.put(terms.get(i), i);
        }
        for (int i = 0; i < xyz[0].length; i++) {
            xyz[0][i] = i / terms.size();
            xyz[1][i] = terms.size() - 1 - (i % terms.size());   // most frequent term at the top
        }
        for (int r = 0; r < counts.rowCount(); r++) {
            Integer t = termIndex.get(counts.stringColumn("term").get(r));
            if (t != null) {
                int d = docList.indexOf(counts.stringColumn("doc").get(r));
                double v = ((Number) counts.column("count").get(r)).doubleValue();
                xyz[2][d * terms.size() + t] = v;
                max = Math.max(max, v);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("count", xyz);
        String[] termLabels = new String[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            termLabels[terms.size() - 1 - i] = terms.get(i);
        }
        SymbolAxis x = new SymbolAxis("Document", docList.toArray(String[]::new));
        x.setVerticalTickLabels(true);
        x.setTickLabelFont(LABEL);
        SymbolAxis y = new SymbolAxis("Term", termLabels);
        y.setTickLabelFont(LABEL);
        XYBlockRenderer renderer = new XYBlockRenderer();
        Blues scale = new Blues(max);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = chart("Term counts by document", plot, false);
        NumberAxis legendAxis = new NumberAxis("count");
        legendAxis.setRange(0, max);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 8, 4, 8);
        chart.addSubtitle(legend);
        return Svg.of(chart, Math.max(480, 160 + 60 * docList.size()), Math.max(360, 160 + 18 * terms.size()));
    }

    /**
     * A line chart of a trends table (first column the group, then {@code term} and {@code per_10k}, as
     * {@code Trends.of} gives): one line per term, groups in table order along the x axis.
     */
    public static String trend(Table trends) {
        require(trends, "term", "per_10k");
        String group = trends.column(0).name();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int r = 0; r < trends.rowCount(); r++) {
            data.addValue(trends.doubleColumn("per_10k").get(r), trends.stringColumn("term").get(r),
                    trends.column(0).getString(r));
        }
        CategoryAxis x = new CategoryAxis(group);
        x.setTickLabelFont(LABEL);
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis y = new NumberAxis("Occurrences per 10,000 terms");
        y.setTickLabelFont(LABEL);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int s = 0; s < data.getRowCount(); s++) {
            renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return Svg.of(chart("Term frequency by " + group, plot, true), 760, 420);
    }

    private static CategoryPlot barPlot(DefaultCategoryDataset data, String valueLabel) {
        CategoryAxis terms = new CategoryAxis(null);
        terms.setTickLabelFont(LABEL);
        terms.setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setTickLabelFont(LABEL);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        CategoryPlot plot = new CategoryPlot(data, terms, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(title, TITLE));
        chart.setAntiAlias(true);
        return chart;
    }

    private static int barHeight(int bars) {
        return Math.max(240, 110 + 22 * bars);
    }

    private static void require(Table table, String... columns) {
        for (String c : columns) {
            if (!table.columnNames().contains(c)) {
                throw new IllegalArgumentException("the table '" + table.name() + "' has no column '" + c + "' (columns: "
                        + String.join(", ", table.columnNames()) + ")");
            }
        }
    }

    /** White to dark blue, linear in the count. */
    private record Blues(double max) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return max;
        }

        @Override
        public Paint getPaint(double value) {
            double f = Math.max(0, Math.min(1, value / max));
            return new Color((int) Math.round(255 - f * (255 - 0x08)), (int) Math.round(255 - f * (255 - 0x30)),
                    (int) Math.round(255 - f * (255 - 0x6B)));
        }
    }
}
