package dev.byline.kernel.runner;

import com.google.gson.JsonObject;
import dev.byline.BylineException;
import dev.byline.kernel.display.DisplayOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Executes notebooks headlessly, each in a fresh JVM started in the notebook's directory, with the
 * kernel's evaluator and display code; writes the executed {@code .ipynb}, a standalone HTML page and
 * an {@code index.html}; optionally checks fresh outputs against the stored ones.
 *
 * <pre>{@code
 * NotebookRunner.Options o = NotebookRunner.Options.defaults(List.of(Path.of("notebooks/01-tour.ipynb")));
 * List<NotebookRunner.Report> reports = new NotebookRunner(o, new PrintWriter(System.err, true)).runAll();
 * }</pre>
 */
public final class NotebookRunner {
    /**
     * What to run and how.
     *
     * @param notebooks       the notebooks, in order
     * @param outDir          where executed notebooks, pages and index.html go
     * @param inPlace         write executed notebooks over the sources (pages still go to outDir); a notebook with
     *                        a failed cell is not written over its source but copied to outDir
     * @param check           compare fresh outputs with the stored ones
     * @param continueOnError run on after a failing cell
     * @param parameters      papermill-style overrides
     * @param timeoutSeconds  per-cell limit (0 = none)
     * @param progress        print a line per cell
     * @param precision       significant digits doubles are shown with (see {@code DisplayOptions})
     */
    public record Options(List<Path> notebooks, Path outDir, boolean inPlace, boolean check, boolean continueOnError,
            NotebookParameters parameters, long timeoutSeconds, boolean progress, int precision) {
        /** Options with the default display precision. */
        public Options(List<Path> notebooks, Path outDir, boolean inPlace, boolean check, boolean continueOnError,
                NotebookParameters parameters, long timeoutSeconds, boolean progress) {
            this(notebooks, outDir, inPlace, check, continueOnError, parameters, timeoutSeconds, progress,
                    DisplayOptions.DEFAULT_PRECISION);
        }

        public static Options defaults(List<Path> notebooks) {
            return new Options(notebooks, Path.of("target", "notebooks"), false, false, false, NotebookParameters.none(), 0,
                    false);
        }
    }

    /**
     * How one notebook went.
     *
     * @param notebook   the source notebook
     * @param executed   where the executed notebook was written (with in-place and a failed cell, the copy in the
     *                   output folder: the source is left as it was)
     * @param html       where its page was written
     * @param failure    the failing cells' messages (one line), if any
     * @param checkDiffs what changed against the stored outputs (with --check)
     * @param millis     wall time
     * @param cells      code cells run
     */
    public record Report(Path notebook, Path executed, Path html, Optional<String> failure, List<String> checkDiffs,
            long millis, int cells) {
        public boolean ok() {
            return failure.isEmpty() && checkDiffs.isEmpty();
        }
    }

    private final Options options;
    private final PrintWriter log;

    public NotebookRunner(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    /**
     * The first of {@code notebooks} whose executed copy would be written over the notebook itself: {@code outDir}
     * is, by real path ({@code ./}, a trailing slash or a symlink alike), the notebook's own folder. Without
     * {@code --in-place} that would overwrite a source notebook, which only {@code --in-place} may do.
     *
     * <pre>{@code
     * NotebookRunner.overwrittenSource(List.of(Path.of("fail.ipynb")), Path.of(".")); // Optional[fail.ipynb]
     * }</pre>
     */
    public static Optional<Path> overwrittenSource(List<Path> notebooks, Path outDir) {
        if (!Files.isDirectory(outDir)) {
            return Optional.empty(); // a folder that does not exist yet holds no notebook
        }
        try {
            Path out = outDir.toRealPath();
            for (Path nb : notebooks) {
                if (Files.exists(nb) && out.resolve(executedName(nb)).equals(nb.toRealPath())) {
                    return Optional.of(nb);
                }
            }
        } catch (IOException e) {
            throw new BylineException(outDir, "cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * What a run into {@code outDir} would replace: the executed copies, pages and {@code index.html} already there,
     * and whether they are an earlier run's ({@code earlierRun}: the folder's {@code index.html} was written by
     * {@code byline notebooks}). The CLI says what an earlier run loses and refuses to replace anything else.
     */
    public record Replaced(boolean earlierRun, List<Path> files) {
        public Replaced {
            files = List.copyOf(files);
        }
    }

    /**
     * The files of {@code outDir} a run of {@code notebooks} would write over (see {@link Replaced}); with
     * {@code inPlace} the executed copies go over the sources instead, so only pages count.
     */
    public static Replaced replacedFiles(List<Path> notebooks, Path outDir, boolean inPlace) {
        if (!Files.isDirectory(outDir)) {
            return new Replaced(false, List.of());
        }
        List<Path> files = new ArrayList<>();
        Path index = outDir.resolve("index.html");
        boolean earlier = false;
        if (Files.exists(index)) {
            files.add(index);
            try (var lines = Files.lines(index, StandardCharsets.UTF_8)) {
                earlier = lines.limit(20).anyMatch(l -> l.contains(INDEX_TITLE));
            } catch (IOException | java.io.UncheckedIOException e) {
                earlier = false;   // unreadable or not UTF-8: not a page this runner wrote
            }
        }
        for (Path nb : notebooks) {
            for (String name : inPlace ? List.of(baseName(nb) + ".html") : List.of(executedName(nb), baseName(nb) + ".html")) {
                Path f = outDir.resolve(name);
                if (Files.exists(f)) {
                    files.add(f);
                }
            }
        }
        return new Replaced(earlier, files);
    }

    private static final String INDEX_TITLE = "<title>Byline notebooks</title>";

    private static String executedName(Path notebook) {
        return baseName(notebook) + ".ipynb";
    }

    private static String baseName(Path notebook) {
        return notebook.getFileName().toString().replaceFirst("\\.ipynb$", "");
    }

    /**
     * Runs every notebook (stopping at the first failing notebook unless continue-on-error) and writes index.html.
     *
     * @throws BylineException before anything runs if, without in-place, an executed copy would overwrite its source
     */
    public List<Report> runAll() {
        if (!options.inPlace()) {
            overwrittenSource(options.notebooks(), options.outDir()).ifPresent(nb -> {
                throw new BylineException(nb, "the output folder is the notebook's own folder, so the run would "
                        + "overwrite it; use --in-place to refresh it, or another --out");
            });
        }
        List<Report> reports = new ArrayList<>();
        for (Path nb : options.notebooks()) {
            Report r = run(nb);
            reports.add(r);
            // a notebook that cannot be read never started: the others still run
            if (r.failure().isPresent() && r.cells() > 0 && !options.continueOnError()) {
                break;
            }
        }
        writeIndex(reports);
        return reports;
    }

    /**
     * Runs one notebook. A file that is not a readable notebook is reported as that notebook's failure (one line
     * naming it and the problem), with no cells run and nothing written.
     */
    public Report run(Path notebookPath) {
        String base = baseName(notebookPath);
        Path outDir = options.outDir().toAbsolutePath();
        Path executed = options.inPlace() ? notebookPath.toAbsolutePath() : outDir.resolve(base + ".ipynb");
        Path html = outDir.resolve(base + ".html");
        Notebook source;
        try {
            source = Notebook.read(notebookPath);
        } catch (BylineException e) {
            log.println("✗ " + e.getMessage());
            log.flush();
            return new Report(notebookPath, executed, html, Optional.of(e.getMessage()), List.of(), 0, 0);
        }
        Path scratch;
        try {
            Files.createDirectories(outDir);
            scratch = Files.createTempFile(outDir, "." + base, ".ipynb");
        } catch (IOException e) {
            throw new BylineException(outDir, "cannot write here: " + e.getMessage());
        }
        long t0 = System.nanoTime();
        if (options.progress()) {
            log.println("▶ " + notebookPath);
            log.flush();
        }
        try {
            Child child = execute(notebookPath, scratch);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            if (child.exit() != 0 && child.exit() != NotebookProcess.CELL_FAILED || !Files.isRegularFile(scratch)
                    || Files.size(scratch) == 0) {
                String why = child.exit() == NotebookProcess.TIMED_OUT
                        ? "a cell ran past the " + options.timeoutSeconds() + " s limit and could not be stopped"
                        : "the notebook process ended with exit code " + child.exit()
                        + (child.stderr().isBlank() ? "" : ": " + child.stderr().strip().lines().reduce((a, b) -> b).orElse(""));
                log.println("✗ " + notebookPath + ": " + why);
                return new Report(notebookPath, executed, html, Optional.of(why), List.of(), millis, child.cells());
            }
            Notebook fresh = Notebook.read(scratch);
            JsonObject json = fresh.json();
            List<CellFailure> failed = child.failures();
            // with continue-on-error every failed cell is named, not only the first
            Optional<String> failure = failed.isEmpty() ? Optional.empty() : Optional.of(notebookPath.getFileName() + ": "
                    + (failed.size() == 1 ? "" : failed.size() + " cells failed: ") + "cell "
                    + String.join("; cell ", failed.stream().map(CellFailure::describe).toList()));
            failure.ifPresent(f -> log.println("✗ " + f));
            if (options.inPlace() && !child.failures().isEmpty()) {
                // A failed run is not a refresh: the cells after the failure would lose their stored outputs.
                executed = outDir.resolve(base + ".ipynb");
                boolean elsewhere = !Files.exists(executed) || !Files.isSameFile(executed, notebookPath);
                log.println("✗ " + notebookPath + ": not written: cell" + (failed.size() == 1 ? " " : "s ")
                        + String.join(", ", failed.stream().map(CellFailure::index).toList()) + " failed"
                        + (elsewhere ? "; the executed copy is " + executed : ""));
                if (!elsewhere) {
                    executed = notebookPath;
                }
            }
            if (!executed.equals(notebookPath) || child.failures().isEmpty()) {
                Notebook.of(executed, json).write(executed);
            }
            Files.writeString(html, HtmlPage.render(json, source.title()), StandardCharsets.UTF_8);
            List<String> diffs = options.check() ? OutputCheck.compare(source.json(), json) : List.of();
            for (String d : diffs) {
                log.println("≠ " + notebookPath.getFileName() + ": " + d);
            }
            if (options.progress() && failure.isEmpty() && diffs.isEmpty()) {
                log.println("✓ " + notebookPath + " (" + child.cells() + " cells, " + millis + " ms)");
            }
            log.flush();
            return new Report(notebookPath, executed, html, failure, diffs, millis, child.cells());
        } catch (IOException e) {
            throw new BylineException(notebookPath, "could not run: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(scratch);
            } catch (IOException ignored) {
                // a stray temp file in the output folder is harmless
            }
        }
    }

    private record Child(int exit, String stderr, int cells, List<CellFailure> failures) {
    }

    /** A failed cell as the child process reported it: its place among all cells and among code cells. */
    private record CellFailure(String index, String codeIndex, String summary) {
        String describe() {
            return index + " (code cell " + codeIndex + "): " + summary;
        }
    }

    private Child execute(Path notebook, Path out) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-XX:TieredStopAtLevel") && !arg.startsWith("-agentlib")
                    && !arg.startsWith("-javaagent") && !arg.contains("SharedArchiveFile")
                    && !arg.contains("AutoCreateSharedArchive")) {
                command.add(arg);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(NotebookProcess.class.getName());
        command.add("--in");
        command.add(notebook.toAbsolutePath().toString());
        command.add("--out");
        command.add(out.toAbsolutePath().toString());
        options.parameters().values().forEach((k, v) -> {
            command.add("-p");
            command.add(k + "=" + v);
        });
        if (options.continueOnError()) {
            command.add("--continue-on-error");
        }
        if (options.precision() != DisplayOptions.DEFAULT_PRECISION) {
            command.add("--precision");
            command.add(Integer.toString(options.precision()));
        }
        if (options.timeoutSeconds() > 0) {
            command.add("--timeout");
            command.add(Long.toString(options.timeoutSeconds()));
        }
        Path dir = notebook.toAbsolutePath().getParent();
        Path stderrFile = Files.createTempFile("byline-nb", ".err");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(stderrFile.toFile()).start();
        p.getOutputStream().close();
        int cells = 0;
        List<CellFailure> failures = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int at = line.indexOf(NotebookProcess.EVENT);
                if (at < 0) {
                    continue; // a cell's own printing that escaped capture
                }
                String[] f = line.substring(at + NotebookProcess.EVENT.length()).split("\t", -1);
                if (f[0].equals("timeout")) {
                    continue;
                }
                cells++;
                boolean failed = f[3].equals("error");
                if (failed) {
                    failures.add(new CellFailure(f[0], f[1], f[5]));
                }
                if (options.progress()) {
                    log.println("  [" + f[1] + "/" + f[2] + "] " + (failed ? "✗ " : "✓ ") + f[4] + " ms"
                            + (failed ? "  " + f[5] : ""));
                    log.flush();
                }
            }
        }
        int exit;
        try {
            exit = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        String stderr = Files.readString(stderrFile, StandardCharsets.UTF_8);
        Files.deleteIfExists(stderrFile);
        return new Child(exit, stderr, cells, failures);
    }

    private void writeIndex(List<Report> reports) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + INDEX_TITLE + "\n<style>\n" + HtmlPage.STYLE + "</style>\n</head>\n<body>\n"
                + "<h1>Byline notebooks</h1>\n<table>\n<thead><tr><th>notebook</th><th>status</th><th>cells</th>"
                + "<th>time</th></tr></thead>\n<tbody>\n");
        for (Report r : reports) {
            String name = r.notebook().getFileName().toString();
            String title;
            boolean page = true;
            try {
                title = Notebook.read(r.notebook()).title();
            } catch (BylineException e) {
                title = name;
                page = false; // not a notebook: no page was written, and a stale one must not be linked
            }
            String status = !page ? "<span class=\"failed\">not a notebook</span>"
                    : r.failure().isPresent() ? "<span class=\"failed\">failed</span>"
                    : !r.checkDiffs().isEmpty() ? "<span class=\"failed\">outputs changed</span>"
                    : "<span class=\"ok\">ok</span>";
            b.append("<tr><td>").append(page ? "<a href=\"" + HtmlPage.escape(r.html().getFileName().toString()) + "\">" : "")
                    .append(HtmlPage.escape(title)).append(page ? "</a>" : "").append("<br><span class=\"status\">")
                    .append(HtmlPage.escape(name)).append("</span></td><td>").append(status).append("</td><td>")
                    .append(r.cells()).append("</td><td>").append(String.format("%.1f s", r.millis() / 1000.0))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</body>\n</html>\n");
        try {
            Files.createDirectories(options.outDir());
            Files.writeString(options.outDir().resolve("index.html"), b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BylineException(options.outDir(), "cannot write index.html: " + e.getMessage());
        }
    }
}
