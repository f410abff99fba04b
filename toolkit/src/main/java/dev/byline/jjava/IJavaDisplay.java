package dev.byline.jjava;

import dev.byline.display.MimeBundle;
import dev.byline.display.Notebook;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;

/**
 * Byline's display on IJava 1.3.0, whose kernel API is jupyter-jvm-basekernel 2.3.0: as {@link JJavaDisplay}, over
 * that API. IJava itself is not on Maven Central, so its kernel is found by name ({@code IJava.getKernelInstance()}).
 */
final class IJavaDisplay extends HostDisplay {
    private final BaseKernel kernel;

    private IJavaDisplay(BaseKernel kernel) {
        super("IJava");
        this.kernel = kernel;
    }

    /** Attaches to the running IJava kernel and runs the start-up imports there (IJava evaluates magics too). */
    static void setUp() {
        addSkippedBundles(runningKernel());   // before anything loads Tablesaw, which needs Guava
        BaseKernel kernel = attach();
        try {
            kernel.eval(Shown.startupSource());
        } catch (Exception e) {
            throw new IllegalStateException("Byline's start-up imports failed on this IJava kernel: " + e, e);
        }
    }

    /** Adds the bundle-packaged jars IJava's %maven downloaded for the toolkit but left out (see {@link IJavaBundles}). */
    private static void addSkippedBundles(BaseKernel kernel) {
        for (java.nio.file.Path jar : IJavaBundles.skipped()) {
            try {
                kernel.getClass().getMethod("addToClasspath", String.class).invoke(kernel, jar.toString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot add " + jar + " to IJava's class path: " + e, e);
            }
            System.out.println("Added " + jar.getFileName() + " (IJava's %maven leaves out 'bundle' jars, IJava #60)");
        }
    }

    /** The running IJava kernel, with Byline's renderers registered and the display helpers attached to it. */
    static BaseKernel attach() {
        BaseKernel kernel = runningKernel();
        IJavaDisplay display = new IJavaDisplay(kernel);
        display.register(kernel.getRenderer());
        Notebook.attach(display);
        return kernel;
    }

    private static BaseKernel runningKernel() {
        Object kernel;
        try {
            kernel = Class.forName("io.github.spencerpark.ijava.IJava").getMethod("getKernelInstance").invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("Setup.ijava() runs in an IJava kernel; this is not one (" + e + ")");
        }
        if (!(kernel instanceof BaseKernel base)) {
            throw new IllegalStateException("Setup.ijava() runs in an IJava kernel; none is running in this process");
        }
        return base;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void register(Renderer renderer) {
        for (Shown shown : Shown.ALL) {
            Renderer.RenderRegistration registration = renderer.createRegistration(shown.type());
            if (!shown.mimeTypes().isEmpty()) {
                registration.preferring(shown.preferred());
            }
            registration.register((value, context) ->
                    copy(renderers().render(value), context.getOutputContainer()));
        }
    }

    private static void copy(MimeBundle bundle, DisplayData out) {
        bundle.data().forEach(out::putData);
    }

    private static DisplayData data(MimeBundle bundle, String id) {
        DisplayData d = new DisplayData();
        copy(bundle, d);
        d.setDisplayId(id);
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
