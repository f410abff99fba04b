package dev.byline.display;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import tech.tablesaw.api.Table;

/**
 * Chooses how a value is shown: the renderer registered for its class, else for its nearest
 * superclass or interface, else {@code String.valueOf}. Built in: {@link Table} (HTML head/tail),
 * {@link Html}, {@link Markdown}, {@link Svg}, {@link MimeBundle} and {@link BufferedImage} (PNG).
 *
 * <pre>{@code
 * Renderers r = Renderers.withDefaults();
 * r.register(Point.class, p -> MimeBundle.text(p.x() + "," + p.y()));
 * r.render(new Point(1, 2)).data().get("text/plain");   // "1,2"
 * }</pre>
 */
public final class Renderers {
    private final Map<Class<?>, Renderer<?>> byType = new ConcurrentHashMap<>();

    /** A registry with the built-in renderers. */
    public static Renderers withDefaults() {
        Renderers r = new Renderers();
        r.register(Table.class, new TableRenderer(10, 5));
        r.register(MimeBundle.class, b -> b.data().containsKey("text/plain") ? b : b.with("text/plain", ""));
        r.register(Html.class, h -> MimeBundle.text("[HTML]").with("text/html", h.html()));
        r.register(Svg.class, s -> svg("[SVG image]", s.svg()));
        r.register(Markdown.class, m -> MimeBundle.text(m.markdown()).with("text/markdown", m.markdown())
                .with("text/html", HtmlRenderer.builder().escapeHtml(false).build()
                        .render(Parser.builder().build().parse(m.markdown()))));
        r.register(BufferedImage.class, Renderers::png);
        return r;
    }

    /** Registers (or replaces) the renderer for a class and its subclasses. */
    public <T> void register(Class<T> type, Renderer<? super T> renderer) {
        byType.put(type, renderer);
    }

    /** The bundle for a value; {@code null} shows as {@code null}. */
    @SuppressWarnings("unchecked")
    public MimeBundle render(Object value) {
        if (value == null) {
            return MimeBundle.text("null");
        }
        Renderer<Object> r = (Renderer<Object>) find(value.getClass());
        if (r != null) {
            return r.render(value);
        }
        if (value.getClass().isArray()) {
            return MimeBundle.text(Arrays.show(value));
        }
        if (value instanceof String s && isSvgDocument(s)) {
            // a chart (TermCharts returns SVG text) left as the cell's value: shown as the image it is
            return svg("[SVG image, " + s.length() + " characters]", s);
        }
        return MimeBundle.text(String.valueOf(value));
    }

    /**
     * A chart's bundle: the SVG as {@code image/svg+xml}, and the same SVG inline in {@code text/html}. Front ends
     * prefer the HTML and draw it alike; nbconvert 6's HTML export passes an {@code image/svg+xml} output through
     * lxml's cleaner, which drops every element inside {@code <svg>} (a blank chart), but leaves HTML outputs as
     * they are unless asked to sanitize.
     */
    static MimeBundle svg(String plain, String svg) {
        return MimeBundle.text(plain).with("image/svg+xml", svg)
                .with("text/html", "<div class=\"byline-chart\">" + withoutXmlDeclaration(svg) + "</div>");
    }

    private static String withoutXmlDeclaration(String svg) {
        String t = svg.strip();
        if (t.startsWith("<?xml")) {
            int end = t.indexOf("?>");
            return end < 0 ? t : t.substring(end + 2).stripLeading();
        }
        return t;
    }

    /** Whether a string is a whole SVG document (an {@code <svg} element, perhaps after an XML declaration). */
    static boolean isSvgDocument(String s) {
        String t = withoutXmlDeclaration(s);
        return t.startsWith("<svg") && t.endsWith("</svg>");
    }

    /** Breadth-first up the type hierarchy: the class, its superclass and interfaces, and so on. */
    private Renderer<?> find(Class<?> type) {
        Deque<Class<?>> queue = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        queue.add(type);
        while (!queue.isEmpty()) {
            Class<?> c = queue.poll();
            if (!seen.add(c)) {
                continue;
            }
            Renderer<?> r = byType.get(c);
            if (r != null) {
                return r;
            }
            if (c.getSuperclass() != null && c.getSuperclass() != Object.class) {
                queue.add(c.getSuperclass());
            }
            queue.addAll(java.util.List.of(c.getInterfaces()));
        }
        return null;
    }

    private static MimeBundle png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return MimeBundle.text("[image " + image.getWidth() + "×" + image.getHeight() + "]")
                    .with("image/png", Base64.getEncoder().encodeToString(out.toByteArray()));
        } catch (IOException e) {
            return MimeBundle.text("[image that could not be encoded: " + e.getMessage() + "]");
        }
    }
}
