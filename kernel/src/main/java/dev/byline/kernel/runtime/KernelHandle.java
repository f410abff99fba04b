package dev.byline.kernel.runtime;

import dev.byline.display.Renderers;
import dev.byline.kernel.eval.CellFailure;
import dev.byline.kernel.eval.JavaEvaluator;
import dev.byline.kernel.eval.Outcome;
import dev.byline.kernel.magics.CellRunner;
import dev.byline.kernel.magics.Magic;
import dev.byline.kernel.magics.MagicException;
import dev.byline.kernel.magics.Magics;
import dev.byline.kernel.magics.Silent;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The running kernel as notebook code sees it ({@link Kernel#kernel()}, IJava's {@code getKernelInstance()}):
 * evaluate code in the same session, call magics, add to the class path, reach the renderers.
 *
 * <pre>{@code
 * kernel().addToClasspath("lib/extra.jar");
 * int three = (int) kernel().eval("1 + 2");
 * }</pre>
 */
public final class KernelHandle {
    private final JavaEvaluator java;
    private final Magics magics;
    private final CellRunner runner;
    private final Renderers renderers;

    public KernelHandle(JavaEvaluator java, Magics magics, CellRunner runner, Renderers renderers) {
        this.java = java;
        this.magics = magics;
        this.runner = runner;
        this.renderers = renderers;
    }

    /**
     * Runs code as a cell would (magics included) in this session and returns the value of its last expression, or
     * null when it has none.
     *
     * @throws CellFailure when the code does not compile or throws
     */
    public Object eval(String code) throws CellFailure {
        Outcome o = runner.run(code, "eval");
        return o.hasValue() ? o.value() : null;
    }

    /** Calls the line magic {@code %name args...} and returns its value (what {@code x = %name args} assigns). */
    @SuppressWarnings("unchecked")
    public <T> T lineMagic(String name, List<String> args) {
        Magic magic = magics.line(name).orElseThrow(() -> new MagicException("unknown line magic %" + name));
        return (T) call(magic, String.join(" ", args), null);
    }

    /** Calls the cell magic {@code %%name args...} with {@code body} below it and returns its value. */
    @SuppressWarnings("unchecked")
    public <T> T cellMagic(String name, List<String> args, String body) {
        Magic magic = magics.cell(name).orElseThrow(() -> new MagicException("unknown cell magic %%" + name));
        return (T) call(magic, String.join(" ", args), body == null ? "" : body);
    }

    private static Object call(Magic magic, String args, String body) {
        Object result;
        try {
            result = magic.run(args, body);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MagicException(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return result instanceof Silent s ? s.value() : result instanceof Outcome o ? (o.hasValue() ? o.value() : null) : result;
    }

    /** Adds jars or directories (separated by the platform's path separator) for the cells that follow. */
    public void addToClasspath(String paths) {
        for (String p : paths.split(File.pathSeparator)) {
            if (!p.isBlank()) {
                this.java.addToClasspath(Path.of(p.strip()));
            }
        }
    }

    /** The class path entries added so far, in order. */
    public List<Path> classpath() {
        return java.classpath();
    }

    /** The renderer registry: {@code kernel().renderers().register(Point.class, p -> ...)}. */
    public Renderers renderers() {
        return renderers;
    }

    /** The magics registry, to add magics of your own. */
    public Magics magics() {
        return magics;
    }
}
