package dev.byline.jjava;

import dev.byline.display.MimeBundle;
import dev.byline.display.Notebook;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;

/**
 * Byline's display on a JJava kernel: Byline's renderers registered with the kernel's, and {@link Notebook}'s
 * helpers ({@code loadCorpus}'s progress bar) sending through the kernel's display. Must run in the notebook's class
 * loader (a cell, or code a cell evaluates), where the user's tables are: {@link BylineExtension} arranges that.
 */
public final class JJavaDisplay extends HostDisplay {
    private final BaseKernel kernel;

    private JJavaDisplay(BaseKernel kernel) {
        super("JJava");
        this.kernel = kernel;
    }

    /** Registers the renderers with the running JJava kernel and attaches the display helpers to it. */
    public static void attach() {
        BaseKernel kernel = BaseKernel.notebookKernel();
        if (kernel == null) {
            throw new IllegalStateException("no JJava kernel is running in this process");
        }
        JJavaDisplay display = new JJavaDisplay(kernel);
        display.register(kernel.getRenderer());
        Notebook.attach(display);
    }

    /** {@link #attach()} and the start-up imports, from a cell (JJava with extensions off). */
    static void setUp() {
        attach();
        BylineExtension.evaluate(BaseKernel.notebookKernel(), Shown.startupSource());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void register(Renderer renderer) {
        for (Shown shown : Shown.ALL) {
            Renderer.RenderRegistration registration = renderer.createRegistration(shown.type());
            if (!shown.mimeTypes().isEmpty()) {
                registration.preferring(shown.preferred());
            }
            registration.register((value, context) -> copy(renderers().render(value),
                    context.getOutputContainer()));
        }
    }

    private static void copy(MimeBundle bundle, DisplayData out) {
        bundle.data().forEach(out::putData);
    }

    private static DisplayData data(MimeBundle bundle, String id) {
        DisplayData d = new DisplayData();
        copy(bundle, d);
        // not setDisplayId: its return type changed between JJava releases; the transient key is the protocol's
        d.putTransientData(DisplayData.DISPLAY_ID_KEY, id);
        return d;
    }

    @Override
    void show(MimeBundle bundle, String id) {
        kernel.display(data(bundle, id));
    }

    @Override
    void replace(MimeBundle bundle, String id) {
        kernel.getIO().display.updateDisplay(id, data(bundle, id));
    }
}
