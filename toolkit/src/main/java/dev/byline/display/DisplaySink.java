package dev.byline.display;


/** Where {@link Notebook}'s helpers send their output: the running kernel. */
public interface DisplaySink {
    /** Shows a value as a new output and returns its display id. */
    String display(Object value);

    /** Replaces the output shown under {@code displayId}. */
    void update(String displayId, Object value);

    /** Clears the cell's output, now or (with {@code wait}) when the next output arrives. */
    void clear(boolean wait);

    /** The kernel's renderer registry. */
    Renderers renderers();
}
