package dev.byline.display;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.LoadOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The helpers a notebook cell calls, with IJava's signatures: a kernel imports them statically at
 * start-up and {@link #attach attaches} itself as the place their output goes (Byline's kernel, or
 * JJava and IJava through {@code dev.byline.jjava}).
 *
 * <pre>{@code
 * String progress = display("loading…");
 * updateDisplay(progress, Corpus.load(Path.of("corpus")).documents());
 * display("<b>Bold</b>", "text/html", "text/markdown");   // as the requested types
 * html("<b>bold</b>")                                      // as the last expression of a cell
 * }</pre>
 */
public final class Notebook {
    private static volatile DisplaySink sink;
    /** The id {@link #display} returned last, the very instance, so a cell ending in display(x) does not show it. */
    private static volatile String lastHandle;

    private Notebook() {
    }

    /** Connects the helpers to the running kernel (done by the kernel at start). */
    public static void attach(DisplaySink kernel) {
        sink = kernel;
    }

    /** Whether a kernel is attached: the helpers that show something need one. */
    public static boolean attached() {
        return sink != null;
    }

    /** The attached kernel's display, or null outside a notebook kernel. */
    public static DisplaySink sink() {
        return sink;
    }

    private static DisplaySink requireSink() {
        DisplaySink s = sink;
        if (s == null) {
            throw new IllegalStateException("display functions need a notebook kernel: Byline's, or JJava/IJava after"
                    + " the set-up cell (dev.byline.jjava.Setup); see README, 'The IJava line'");
        }
        return s;
    }

    /** Shows a value now, as rich as its renderer allows, and returns an id for {@link #updateDisplay}. */
    public static String display(Object value) {
        return handle(requireSink().display(value));
    }

    /**
     * Shows a value as the requested MIME types only (plus {@code text/plain}, always there), as IJava's
     * {@code display(o, as...)} does: {@code display("<b>Bold</b>", "text/html")}. A type the value's
     * renderer does not make is left out, except that text ({@link CharSequence}) can be any type.
     */
    public static String display(Object value, String... mimeTypes) {
        return handle(requireSink().display(render(value, mimeTypes)));
    }

    private static String handle(String id) {
        String fresh = new String(id);   // a new instance: identity tells the handle from an equal string
        lastHandle = fresh;
        return fresh;
    }

    /**
     * Whether {@code value} is the id the latest {@link #display} call returned: a kernel does not show a cell's
     * value when it is that handle (the cell ended in {@code display(x)}, which showed x already).
     */
    public static boolean isDisplayHandle(Object value) {
        return value != null && value == lastHandle;
    }

    /** Forgets the latest handle, at the start of a cell, so showing a stored id in a later cell works. */
    public static void newCell() {
        lastHandle = null;
    }

    /** Replaces the output shown by an earlier {@link #display} (progress, live counts). */
    public static void updateDisplay(String displayId, Object value) {
        requireSink().update(displayId, value);
    }

    /** {@link #updateDisplay(String, Object)} as the requested MIME types (see {@link #display(Object, String...)}). */
    public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
        requireSink().update(displayId, render(value, mimeTypes));
    }

    /** The representations a value is shown as, without showing it; as a cell's last expression it shows. */
    public static MimeBundle render(Object value) {
        return renderers().render(value);
    }

    /** The attached kernel's renderers; outside a kernel, the built-in ones (rendering needs no kernel). */
    private static Renderers renderers() {
        DisplaySink s = sink;
        return s == null ? Renderers.withDefaults() : s.renderers();
    }

    /**
     * The value as the requested MIME types (plus {@code text/plain}), without showing it: a cell ending in
     * {@code render(md, "text/markdown")} shows the Markdown rendered. {@code text/*} asks for every text type.
     */
    public static MimeBundle render(Object value, String... mimeTypes) {
        return only(renderers().render(value), value, mimeTypes);
    }

    static MimeBundle only(MimeBundle full, Object value, String... mimeTypes) {
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("text/plain", full.data().getOrDefault("text/plain", String.valueOf(value)));
        for (String wanted : mimeTypes) {
            String w = wanted.strip().toLowerCase(java.util.Locale.ROOT);
            boolean found = false;
            for (Map.Entry<String, String> e : full.data().entrySet()) {
                if (matches(w, e.getKey())) {
                    kept.put(e.getKey(), e.getValue());
                    found = true;
                }
            }
            if (!found && value instanceof CharSequence text && !w.contains("*")) {
                kept.put(w, text.toString());
            }
        }
        return new MimeBundle(kept);
    }

    private static boolean matches(String wanted, String mime) {
        if (wanted.equals("*") || wanted.equals("*/*")) {
            return true;
        }
        if (wanted.endsWith("/*")) {
            return mime.startsWith(wanted.substring(0, wanted.length() - 1));
        }
        return wanted.equals(mime);
    }

    /** Clears this cell's output so far (for redrawing, e.g. a progress line). */
    public static void clearOutput() {
        requireSink().clear(false);
    }

    /** Clears this cell's output when the next output arrives, which avoids flicker. */
    public static void clearOutput(boolean wait) {
        requireSink().clear(wait);
    }

    /**
     * Loads a corpus as {@code Corpus.load} does, showing a progress bar that fills as the files are read
     * (updated at most every 200 ms) and ends with the number of documents loaded. Outside a notebook
     * kernel it loads without the bar.
     */
    public static Corpus loadCorpus(String... paths) {
        Path[] p = Arrays.stream(paths).map(Path::of).toArray(Path[]::new);
        if (sink == null) {
            return Corpus.load(p);
        }
        String bar = display(ProgressBar.of("Loading", 0, 0, String.join(", ", paths)));
        long[] last = {0};
        Corpus corpus = Corpus.load(LoadOptions.defaults(), (done, total, file) -> {
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
        requireSink().renderers().register(type, renderer);
    }
}
