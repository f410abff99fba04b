package dev.byline.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.byline.display.MimeBundle;
import dev.byline.display.Renderers;
import dev.byline.kernel.eval.CellFailure;
import dev.byline.kernel.eval.JavaEvaluator;
import dev.byline.kernel.eval.Outcome;
import dev.byline.kernel.magics.BuiltinMagics;
import dev.byline.kernel.magics.CellRunner;
import dev.byline.kernel.magics.MagicException;
import dev.byline.kernel.magics.Magics;
import dev.byline.kernel.runner.CellSession;
import dev.byline.display.DisplaySink;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel's evaluator, magics and renderers driven by the headless notebook runner instead of
 * Jupyter: what a cell prints, displays and returns becomes nbformat outputs, in order.
 * One session per notebook; the runner starts a fresh JVM for each.
 */
public final class NotebookSession implements CellSession, DisplaySink {
    private final Renderers renderers = Renderers.withDefaults();
    private final JavaEvaluator evaluator;
    private final CellRunner runner;
    private final Capture out = new Capture("stdout");
    private final Capture err = new Capture("stderr");
    /** Outputs shown with a display id, so that updateDisplay can replace them in place as nbclient does. */
    private final Map<String, JsonObject> displays = new HashMap<>();
    private volatile List<JsonObject> outputs = new ArrayList<>();
    private volatile boolean pendingClear;

    /** Starts JShell with the kernel's start-up snippets and captures System.out and System.err. */
    public NotebookSession() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setIn(java.io.InputStream.nullInputStream());
        KernelEnvironment env = KernelEnvironment.from(System.getenv());
        List<java.nio.file.Path> classpath = new ArrayList<>(JavaEvaluator.defaultClasspath());
        classpath.addAll(env.classpath());
        evaluator = JavaEvaluator.create(classpath, KernelLauncher.STARTUP, env.compilerOptions());
        Magics magics = new Magics();
        CellRunner[] ref = new CellRunner[1];
        BuiltinMagics.registerAll(magics, evaluator, () -> ref[0], System.out);
        ref[0] = new CellRunner(evaluator, magics);
        runner = ref[0];
        dev.byline.kernel.runtime.Kernel.attach(new dev.byline.kernel.runtime.KernelHandle(evaluator, magics, runner, renderers));
        BylineKernel.runStartupScripts(runner, env);
        dev.byline.display.Notebook.attach(this);
    }

    @Override
    public CellRun run(String source, int executionCount) {
        // Not synchronized: the cell runs on the evaluator's thread and calls display() back here.
        outputs = java.util.Collections.synchronizedList(new ArrayList<>());
        pendingClear = false;
        boolean failed = false;
        try {
            dev.byline.display.Notebook.newCell();
            Outcome outcome = runner.run(source, "[" + executionCount + "]");
            flush();
            if (outcome.hasValue() && !dev.byline.display.Notebook.isDisplayHandle(outcome.value())) {
                beforeOutput();
                JsonObject result = bundle(renderers.render(outcome.value()));
                result.addProperty("output_type", "execute_result");
                result.addProperty("execution_count", executionCount);
                outputs.add(result);
            }
        } catch (CellFailure f) {
            error(f.name(), f.getMessage(), Diagnosis.explain(f));
            failed = true;
        } catch (MagicException e) {
            error("MagicError", e.getMessage(), List.of("MagicError: " + e.getMessage()));
            failed = true;
        }
        synchronized (outputs) {
            return new CellRun(outputs, failed);
        }
    }

    @Override
    public void interrupt() {
        evaluator.stop();
    }

    @Override
    public void close() {
        evaluator.close();
    }

    @Override
    public synchronized String display(Object value) {
        flush();
        beforeOutput();
        String id = "display-" + (displays.size() + 1);
        JsonObject o = bundle(renderers.render(value));
        o.addProperty("output_type", "display_data");
        displays.put(id, o);
        outputs.add(o);
        return id;
    }

    @Override
    public synchronized void update(String displayId, Object value) {
        JsonObject o = displays.get(displayId);
        if (o != null) {
            JsonObject fresh = bundle(renderers.render(value));
            o.add("data", fresh.get("data"));
        }
    }

    /** clear_output: drops this cell's outputs so far (with {@code wait}, as soon as new output arrives). */
    @Override
    public void clear(boolean wait) {
        flushStreamsOnly();
        if (wait) {
            pendingClear = true;
        } else {
            outputs.clear();
        }
    }

    @Override
    public Renderers renderers() {
        return renderers;
    }

    private void error(String name, String value, List<String> traceback) {
        flush();
        JsonObject o = new JsonObject();
        o.addProperty("output_type", "error");
        o.addProperty("ename", name);
        o.addProperty("evalue", value);
        JsonArray tb = new JsonArray();
        traceback.forEach(tb::add);
        o.add("traceback", tb);
        outputs.add(o);
    }

    private void flush() {
        flushStreamsOnly();
    }

    private void flushStreamsOnly() {
        System.out.flush();
        System.err.flush();
        if (pendingClear && (out.pending() || err.pending())) {
            outputs.clear();
            pendingClear = false;
        }
        out.drainTo(outputs);
        err.drainTo(outputs);
    }

    private void beforeOutput() {
        if (pendingClear) {
            outputs.clear();
            pendingClear = false;
        }
    }

    private static JsonObject bundle(MimeBundle bundle) {
        JsonObject data = new JsonObject();
        bundle.data().forEach((mime, text) -> data.add(mime, dev.byline.kernel.runner.Notebook.lines(text)));
        JsonObject o = new JsonObject();
        o.add("data", data);
        o.add("metadata", new JsonObject());
        return o;
    }

    /** Collects a stream's text between outputs; consecutive writes become one stream output. */
    private static final class Capture extends OutputStream {
        private final String name;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        Capture(String name) {
            this.name = name;
        }

        @Override
        public synchronized void write(int b) {
            buffer.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }

        synchronized boolean pending() {
            return buffer.size() > 0;
        }

        synchronized void drainTo(List<JsonObject> outputs) {
            if (buffer.size() == 0) {
                return;
            }
            String text = buffer.toString(StandardCharsets.UTF_8);
            buffer.reset();
            if (!outputs.isEmpty()) {
                JsonObject last = outputs.get(outputs.size() - 1);
                if ("stream".equals(last.get("output_type").getAsString()) && name.equals(last.get("name").getAsString())) {
                    String joined = dev.byline.kernel.runner.Notebook.multiline(last.get("text")) + text;
                    last.add("text", dev.byline.kernel.runner.Notebook.lines(joined));
                    return;
                }
            }
            JsonObject o = new JsonObject();
            o.addProperty("output_type", "stream");
            o.addProperty("name", name);
            o.add("text", dev.byline.kernel.runner.Notebook.lines(text));
            outputs.add(o);
        }
    }
}
