package dev.byline.display;

/**
 * Renders values of one type as a {@link MimeBundle}. Register one with {@link Renderers#register}.
 *
 * <pre>{@code
 * renderers.register(Point.class, p -> MimeBundle.text(p.toString()).with("text/html", "<i>" + p + "</i>"));
 * }</pre>
 */
@FunctionalInterface
public interface Renderer<T> {
    MimeBundle render(T value);
}
