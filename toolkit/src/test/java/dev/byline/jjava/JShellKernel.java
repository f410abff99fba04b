package dev.byline.jjava;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * A JJava kernel over JShell for the tests: jjava-jupyter's real {@link BaseKernel} (its renderer, extension loading,
 * notebook statics) with JShell run in this JVM, as JJava's own kernel does. What it displays is kept in
 * {@link #displayed} instead of going to Jupyter.
 */
final class JShellKernel extends BaseKernel implements AutoCloseable {
    final List<DisplayData> displayed = new ArrayList<>();
    private final JShell shell;

    private JShellKernel(Builder b) {
        super(b.name(), "test", new LanguageInfo("java", Runtime.version().toString(), "text/x-java", ".java", "java", "java", null),
                List.of(), b.history(), b.io(), b.comms(), b.renderer(), null, b.magics(), true, b.styler());
        shell = JShell.builder().executionEngine("local").build();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
    }

    static JShellKernel create() {
        return new Builder().name("test-jjava").build();
    }

    /** Names of the extensions the kernel installed. */
    List<String> extensionNames() {
        return List.copyOf(extensions.keySet());
    }

    @Override
    public void display(DisplayData data) {
        displayed.add(data);
    }

    /** Evaluates every snippet of the source; fails on a compile error or an exception; the last value's text. */
    @Override
    public Object evalRaw(String source) {
        String rest = source;
        String last = null;
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            String snippet = info.completeness().isComplete() ? info.source() : rest;
            rest = info.completeness().isComplete() ? info.remaining() : "";
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    throw new IllegalStateException("does not compile: " + snippet + ": " + shell.diagnostics(e.snippet())
                            .map(d -> d.getMessage(Locale.ROOT)).toList());
                }
                if (e.exception() != null) {
                    throw new IllegalStateException("threw: " + snippet + ": " + e.exception().getMessage(), e.exception());
                }
                last = e.value();
            }
        }
        return last;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return null;
    }

    @Override
    public String isComplete(String code) {
        return IS_COMPLETE_MAYBE;
    }

    @Override
    public void close() {
        onShutdown(false);
        shell.close();
    }

    private static final class Builder extends BaseKernelBuilder<Builder, JShellKernel> {
        String name() {
            return buildName();
        }

        org.dflib.jjava.jupyter.kernel.history.HistoryManager history() {
            return buildHistoryManager();
        }

        org.dflib.jjava.jupyter.kernel.JupyterIO io() {
            return buildJupyterIO(buildJupyterIOEncoding());
        }

        org.dflib.jjava.jupyter.kernel.comm.CommManager comms() {
            return buildCommManager();
        }

        org.dflib.jjava.jupyter.kernel.display.Renderer renderer() {
            return buildRenderer();
        }

        org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry magics() {
            return buildMagicsRegistry();
        }

        org.dflib.jjava.jupyter.kernel.util.StringStyler styler() {
            return buildErrorStyler();
        }

        @Override
        public JShellKernel build() {
            return new JShellKernel(this);
        }
    }
}
