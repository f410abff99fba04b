package dev.byline.render;

import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Draws a JFreeChart to an SVG string with JFreeSVG, the same bytes for the same chart. */
final class Svg {
    static {
        // Charts are drawn off screen; a notebook kernel or a server has no display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // JFreeChart's old workaround draws rotated labels as glyph outlines; as SVG <text> they stay
        // searchable, selectable and a twentieth of the size.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Svg() {
    }

    static String of(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // JFreeSVG prefixes clip-path ids with the time by default; a fixed prefix keeps output reproducible.
        g.setDefsKeyPrefix(PREFIX);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return uniqueIds(g.getSVGElement());
    }

    private static final String PREFIX = "byline";

    /**
     * Ids in an SVG are global to the HTML page it is inlined in: two charts both defining {@code bylineclip-0} clip
     * each other's drawing with the first one's path. Each chart's ids carry a hash of the chart itself, so the same
     * chart still gives the same bytes and different charts never share an id.
     */
    static String uniqueIds(String svg) {
        String hash = String.format("%08x", svg.hashCode());
        return svg.replace("'" + PREFIX + "clip-", "'" + PREFIX + hash + "-clip-")
                .replace("#" + PREFIX + "clip-", "#" + PREFIX + hash + "-clip-");
    }
}
