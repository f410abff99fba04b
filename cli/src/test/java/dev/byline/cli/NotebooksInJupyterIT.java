package dev.byline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped notebook runs through real Jupyter, {@code jupyter nbconvert --to notebook --execute},
 * on the kernelspec that {@code byline kernel install --prefix} writes, as a reader running them in
 * JupyterLab would. The source notebooks are not touched (outputs go to a temporary folder).
 */
class NotebooksInJupyterIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path JAR = Path.of("target/byline.jar").toAbsolutePath();

    @TempDir
    static Path prefix;

    @BeforeAll
    static void install() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run the package phase first");
        boolean jupyter = Files.isExecutable(PYTHON)
                && run(List.of(PYTHON.toString(), "-c", "import nbconvert, nbclient"), Path.of("."), 60).code() == 0;
        if (!jupyter) {
            String banner = "\n*** SKIPPED: nbconvert/nbclient are not installed for " + PYTHON
                    + ", so the notebooks did NOT run in Jupyter. Install them with: sudo .ci/install-packages\n";
            System.err.println(banner);
            Assumptions.abort(banner);
        }
        JupyterProcess.Result r = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "kernel", "install", "--prefix", prefix.toString(), "--no-archive"), Path.of("."), 120);
        assertEquals(0, r.code(), r.output());
    }

    @Test
    void everyShippedNotebookExecutesInJupyterWithoutErrors(@TempDir Path out) throws Exception {
        Path dir = Path.of("../notebooks").toAbsolutePath().normalize();
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(dir)) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertTrue(notebooks.size() >= 7, notebooks.toString());
        List<String> args = new ArrayList<>(List.of(PYTHON.toString(), "-m", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=300", "--output-dir", out.toString()));
        notebooks.forEach(p -> args.add(p.toString()));
        JupyterProcess.Result r = run(args, dir, 1800);
        assertEquals(0, r.code(), r.output());
        for (Path nb : notebooks) {
            Path executed = out.resolve(nb.getFileName());
            JsonObject json = JsonParser.parseString(Files.readString(executed)).getAsJsonObject();
            int outputs = 0;
            for (JsonElement c : json.getAsJsonArray("cells")) {
                JsonObject cell = c.getAsJsonObject();
                if (!"code".equals(cell.get("cell_type").getAsString())) {
                    continue;
                }
                for (JsonElement o : cell.getAsJsonArray("outputs")) {
                    outputs++;
                    assertTrue(!"error".equals(o.getAsJsonObject().get("output_type").getAsString()),
                            nb.getFileName() + ": " + o);
                }
            }
            assertTrue(outputs > 0, nb.getFileName() + " produced no output in Jupyter");
        }
    }

    @Test
    void theRunnersExecutedNotebooksAreValidNbformat(@TempDir Path out) throws Exception {
        Path dir = Path.of("../notebooks").toAbsolutePath().normalize();
        JupyterProcess.Result run = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "notebooks", "--out", out.toString(), "--quiet", "-p", "corpusPath=../corpus",
                dir.resolve("01-tour.ipynb").toString(), dir.resolve("07-bring-your-own-corpus.ipynb").toString()),
                dir, 600);
        assertEquals(0, run.code(), run.output());
        JupyterProcess.Result check = run(List.of(PYTHON.toString(), "-c",
                "import sys, nbformat\n"
                        + "for p in sys.argv[1:]:\n"
                        + "    nbformat.validate(nbformat.read(p, as_version=4))\n"
                        + "    print('valid', p)",
                out.resolve("01-tour.ipynb").toString(), out.resolve("07-bring-your-own-corpus.ipynb").toString()), out, 120);
        assertEquals(0, check.code(), check.output());
        assertTrue(check.output().contains("valid") && !check.output().contains("Warning"), check.output());
    }

    @Test
    void chartsStayWholeInNbconvertsHtmlExport(@TempDir Path out) throws Exception {
        // nbconvert 6 (Debian's) cleans image/svg+xml outputs with lxml, which empties the <svg>: a blank chart
        Path dir = Path.of("../notebooks").toAbsolutePath().normalize();
        JupyterProcess.Result r = run(List.of(PYTHON.toString(), "-m", "nbconvert", "--to", "html", "--execute",
                "--ExecutePreprocessor.timeout=300", "--output-dir", out.toString(), dir.resolve("02-words.ipynb").toString()),
                dir, 600);
        assertEquals(0, r.code(), r.output());
        String html = Files.readString(out.resolve("02-words.html"));
        java.util.regex.Matcher chart = java.util.regex.Pattern.compile("(?s)<svg\\b.*?</svg>").matcher(html);
        int charts = 0;
        while (chart.find()) {
            String svg = chart.group();
            if (svg.contains("byline")) {       // one of ours (the page's own icons are svg too)
                charts++;
                assertTrue(svg.contains("<path") || svg.contains("<rect"), "an empty chart in the export: " + svg);
                assertTrue(svg.contains("<text"), "a chart without its labels: " + svg.substring(0, Math.min(400, svg.length())));
            }
        }
        assertTrue(charts >= 2, "charts drawn in 02-words' HTML: " + charts);
    }

    private static JupyterProcess.Result run(List<String> command, Path dir, int timeoutSeconds) throws Exception {
        return JupyterProcess.run(command, dir, prefix, timeoutSeconds);
    }
}
