package dev.byline.jjava;

import dev.byline.display.Notebook;

/**
 * Byline in a notebook on another Java kernel, by one call in a cell once the toolkit is on the class path.
 * On JJava the extension ({@link BylineExtension}) has done it already when {@code %maven} added the toolkit;
 * {@link #here()} then does nothing, so the same set-up cell serves JJava, IJava and Byline's own kernel.
 *
 * <pre>{@code
 * %maven dev.byline:byline-toolkit:0.1.0-SNAPSHOT
 * dev.byline.jjava.Setup.here();
 * }</pre>
 */
public final class Setup {
    private Setup() {
    }

    /**
     * Sets Byline up on the kernel this runs in: JJava (unless its extension did), IJava 1.3.0, or nothing on
     * Byline's own kernel, which starts set up.
     *
     * @return which kernel it found: "JJava", "IJava" or "Byline"
     * @throws IllegalStateException when it runs in none of them
     */
    public static String here() {
        if (present("org.dflib.jjava.jupyter.kernel.BaseKernel")) {
            if (!(Notebook.sink() instanceof JJavaDisplay)) {
                JJavaDisplay.setUp();
            }
            return "JJava";
        }
        if (present("io.github.spencerpark.ijava.IJava")) {
            if (!(Notebook.sink() instanceof IJavaDisplay)) {
                IJavaDisplay.setUp();
            }
            return "IJava";
        }
        if (Notebook.attached()) {
            return "Byline";
        }
        throw new IllegalStateException("Setup.here() runs in a notebook on JJava, IJava or Byline's kernel; none is running");
    }

    /**
     * On IJava 1.3.0: registers Byline's renderers (tables, HTML, SVG, Markdown) with the kernel, attaches
     * {@code loadCorpus}'s progress bar to its display and runs the start-up imports.
     *
     * @throws IllegalStateException when this is not an IJava kernel
     */
    public static void ijava() {
        IJavaDisplay.setUp();
    }

    /** On JJava with extensions off ({@code JJAVA_LOAD_EXTENSIONS=0}): what {@link BylineExtension} does. */
    public static void jjava() {
        JJavaDisplay.setUp();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Setup.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
