package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel as a user gets it: {@code java -jar byline.jar kernel install --prefix DIR}, then
 * Jupyter's own tools against it: the conformance suite ({@code jupyter_kernel_test}), kernelspec
 * discovery, and {@code nbconvert --execute} of a notebook using the toolkit. Runs in the
 * integration-test phase, after the shaded jar is built. Needs Debian's python3 with
 * jupyter_client and jupyter_kernel_test (.ci/install-packages installs them); without them the
 * tests are skipped with a loud message, never passed silently.
 */
class KernelConformanceIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path JAR = Path.of("target/byline.jar").toAbsolutePath();

    @TempDir
    static Path prefix;

    @BeforeAll
    static void installKernelFromTheJar() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run the package phase first");
        JupyterProcess.Result r = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "kernel", "install", "--prefix", prefix.toString(), "--no-archive"), Path.of("."), 120);
        assertEquals(0, r.code(), r.output());
    }

    private static void requirePython(String module) throws Exception {
        boolean present = Files.isExecutable(PYTHON)
                && run(List.of(PYTHON.toString(), "-c", "import " + module), Path.of("."), 60).code() == 0;
        if (!present) {
            String banner = "\n*** SKIPPED: " + PYTHON + " with the Python module '" + module + "' is not installed, so the\n"
                    + "*** Jupyter kernel tests did NOT run. Install them with: sudo .ci/install-packages\n";
            System.err.println(banner);
            Assumptions.abort(banner);
        }
    }

    @Test
    void jupyterConformanceSuitePassesAgainstTheInstalledKernel() throws Exception {
        requirePython("jupyter_kernel_test");
        Path tests = Path.of("../kernel/src/test/python").toAbsolutePath().normalize();
        JupyterProcess.Result r = run(List.of(PYTHON.toString(), "-m", "unittest", "-v", "test_byline_conformance"), tests, 600);
        System.out.println(r.output());
        assertEquals(0, r.code(), "jupyter_kernel_test failed:\n" + r.output());
        assertTrue(r.output().contains("OK"), r.output());
    }

    @Test
    void jupyterListsTheInstalledKernelspec() throws Exception {
        requirePython("jupyter_client");
        JupyterProcess.Result r = run(List.of(PYTHON.toString(), "-m", "jupyter_client.kernelspecapp", "list"), Path.of("."), 60);
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains(prefix.resolve("share/jupyter/kernels/byline").toString()), r.output());
        JsonObject spec = JsonParser.parseString(Files.readString(prefix.resolve("share/jupyter/kernels/byline/kernel.json")))
                .getAsJsonObject();
        JsonArray argv = spec.getAsJsonArray("argv");
        assertTrue(Path.of(argv.get(0).getAsString()).isAbsolute(), "java path must be absolute: " + argv);
        // the kernelspec runs its own copy of the jar (a rebuild of target/byline.jar must not void its start-up cache)
        Path jar = prefix.resolve("share/jupyter/kernels/byline/byline.jar");
        assertTrue(argv.toString().contains(jar.toString()) && jar.isAbsolute() && Files.isRegularFile(jar),
                "the jar path must be absolute and the kernelspec's copy: " + argv);
        assertEquals("message", spec.get("interrupt_mode").getAsString());
    }

    @Test
    void nbconvertExecutesANotebookThatLoadsTheCorpus(@TempDir Path work) throws Exception {
        requirePython("nbconvert");
        requirePython("nbclient");
        Path corpus = Path.of("../corpus").toAbsolutePath().normalize();
        String notebook = """
                {"cells": [
                  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
                   "source": ["var corpus = Corpus.load(\\"%s\\");\\n", "corpus.documents().rowCount()"]},
                  {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
                   "source": ["corpus.documents().selectColumns(\\"id\\", \\"words\\")"]}
                 ],
                 "metadata": {"kernelspec": {"name": "byline", "display_name": "Java (Byline)", "language": "java"}},
                 "nbformat": 4, "nbformat_minor": 5}
                """.formatted(corpus.toString().replace("\\", "\\\\"));
        Files.writeString(work.resolve("toolkit.ipynb"), notebook);
        JupyterProcess.Result r = run(List.of(PYTHON.toString(), "-m", "nbconvert", "--to", "notebook", "--execute",
                "--output", "executed.ipynb", "toolkit.ipynb"), work, 300);
        assertEquals(0, r.code(), r.output());
        JsonArray cells = JsonParser.parseString(Files.readString(work.resolve("executed.ipynb"))).getAsJsonObject()
                .getAsJsonArray("cells");
        String count = cells.get(0).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject()
                .getAsJsonObject("data").get("text/plain").getAsString();
        assertEquals("5", count);
        String html = cells.get(1).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject()
                .getAsJsonObject("data").get("text/html").getAsString();
        assertTrue(html.contains("000_fe30a10617dd1251") && html.contains("5 rows"), html);
    }

    private static JupyterProcess.Result run(List<String> command, Path dir, int timeoutSeconds) throws Exception {
        return JupyterProcess.run(command, dir, prefix, timeoutSeconds);
    }
}
