package dev.byline.kernel.runtime;

import dev.byline.kernel.display.Html;
import dev.byline.kernel.display.Markdown;
import dev.byline.kernel.display.Renderer;
import dev.byline.kernel.display.Svg;

/**
 * The helpers a notebook cell calls; the kernel imports them statically at start-up.
 *
 * <pre>{@code
 * var progress = display("loading…");
 * updateDisplay(progress, Corpus.load("corpus").documents());
 * html("<b>bold</b>")                     // as the last expression of a cell
 * registerRenderer(Point.class, p -> MimeBundle.text(p.x() + "," + p.y()));
 * }</pre>
 */
public final class Notebook {
    private static volatile DisplaySink sink;

    private Notebook() {
    }

    /** Connects the helpers to the running kernel (done by the kernel at start). */
    public static void attach(DisplaySink kernel) {
        sink = kernel;
    }

    private static DisplaySink sink() {
        DisplaySink s = sink;
        if (s == null) {
            throw new IllegalStateException("display functions work inside the Byline kernel only");
        }
        return s;
    }

    /** Shows a value now, as rich as its renderer allows, and returns an id for {@link #updateDisplay}. */
    public static DisplayId display(Object value) {
        return new DisplayId(sink().display(value));
    }

    /** Replaces the output shown by an earlier {@link #display} (progress, live counts). */
    public static void updateDisplay(DisplayId displayId, Object value) {
        sink().update(displayId.id(), value);
    }

    /** {@link #updateDisplay(DisplayId, Object)} by the id string (IJava's form). */
    public static void updateDisplay(String displayId, Object value) {
        sink().update(displayId, value);
    }

    /** Clears this cell's output so far (for redrawing, e.g. a progress line). */
    public static void clearOutput() {
        sink().clear(false);
    }

    /** Clears this cell's output when the next output arrives, which avoids flicker. */
    public static void clearOutput(boolean wait) {
        sink().clear(wait);
    }

    /**
     * Loads a corpus as {@code Corpus.load} does, showing a progress bar that fills as the files are read
     * (updated at most every 200 ms) and ends with the number of documents loaded.
     */
    public static dev.byline.corpus.Corpus loadCorpus(String... paths) {
        java.nio.file.Path[] p = java.util.Arrays.stream(paths).map(java.nio.file.Path::of)
                .toArray(java.nio.file.Path[]::new);
        DisplayId bar = display(ProgressBar.of("Loading", 0, 0, String.join(", ", paths)));
        long[] last = {0};
        dev.byline.corpus.Corpus corpus = dev.byline.corpus.Corpus.load(dev.byline.corpus.LoadOptions.defaults(),
                (done, total, file) -> {
                    long now = System.nanoTime();
                    if (done == total || now - last[0] > 200_000_000L) {
                        last[0] = now;
                        updateDisplay(bar, ProgressBar.of("Loading", done, total, file.getFileName().toString()));
                    }
                }, p);
        int files = corpus.size();
        updateDisplay(bar, ProgressBar.of("Loaded", files, files, files + " documents"
                + (corpus.problems().isEmpty() ? "" : ", " + corpus.problems().size() + " problems (see corpus.problems())")));
        return corpus;
    }

    /** HTML to show as it is. */
    public static Html html(String html) {
        return new Html(html);
    }

    /** Markdown to show rendered. */
    public static Markdown markdown(String markdown) {
        return new Markdown(markdown);
    }

    /** An SVG image to show inline. */
    public static Svg svg(String svg) {
        return new Svg(svg);
    }

    /** Shows values of {@code type} (and its subclasses) with {@code renderer} from now on. */
    public static <T> void registerRenderer(Class<T> type, Renderer<? super T> renderer) {
        sink().renderers().register(type, renderer);
    }
}
