package dev.byline.cli;

import dev.byline.BylineException;
import com.google.gson.JsonObject;
import dev.byline.kernel.runner.Notebook;
import dev.byline.kernel.runner.NotebookRunner;
import dev.byline.kernel.runner.NotebookParameters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code byline notebooks [FILES]}: executes notebooks headlessly and writes executed copies and HTML pages. */
@Command(name = "notebooks", mixinStandardHelpOptions = true,
        header = "Run notebooks headlessly; write executed copies and HTML pages.",
        description = {
            "Execute notebooks with the Byline kernel's evaluator, no Jupyter or Python needed, and write",
            "the executed .ipynb, a standalone HTML page for each and an index.html. With no FILES, runs",
            "every notebook in notebooks/."
        })
final class NotebooksCommand implements Callable<Integer>, Usage.Checked {
    @Parameters(paramLabel = "FILES", arity = "0..*", description = "Notebooks (.ipynb) or directories of them.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/notebooks",
            description = "Where executed notebooks and pages go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--check", description = "Compare fresh outputs with the stored ones and report what changed.")
    boolean check;

    @Option(names = "--in-place", description = "Write the executed notebooks over the source notebooks.")
    boolean inPlace;

    @Option(names = "--continue-on-error", description = "Run on after a failing cell and report every failure.")
    boolean continueOnError;

    @Option(names = "-p", paramLabel = "NAME=VALUE", description = "Override a variable of the 'parameters' cell.")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Stop a cell that runs longer than this (default: ${DEFAULT-VALUE}; 0 = no limit).")
    long timeout;

    @Option(names = "--precision", paramLabel = "DIGITS", defaultValue = "6",
            description = "Significant digits doubles are shown with (default: ${DEFAULT-VALUE}, as pandas; values are kept whole).")
    int precision;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Option(names = "--overwrite", description = "Replace files in --out that an earlier run of this command did not "
            + "write (an earlier run's pages are replaced without it, and named).")
    boolean overwrite;

    @Spec
    CommandSpec spec;

    @Override
    public void checkUsage(CommandSpec command) {
        Usage.atLeast(command, "--timeout", timeout, 0);
        Usage.atLeast(command, "--precision", precision, 1);
        if (precision > 17) {
            throw Usage.error(command, "--precision must be 17 or less (a double has no more digits), not " + precision);
        }
        try {
            NotebookParameters.parse(parameters);
        } catch (BylineException e) {
            throw Usage.error(command, "-p: " + e.getMessage());
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> notebooks = notebooks();
        if (notebooks.isEmpty()) {
            throw new BylineException("no notebooks found" + (files.isEmpty() ? " in " + defaultDir() : ""));
        }
        if (!inPlace) {
            NotebookRunner.overwrittenSource(notebooks, out).ifPresent(nb -> {
                throw Usage.error(spec, nb + ": --out " + out + " is the notebook's own folder, so the run would "
                        + "overwrite it; give --in-place to refresh its stored outputs, or another --out");
            });
        }
        checkOutFolder(notebooks, err);
        NotebookParameters given = NotebookParameters.parse(parameters);
        for (Path notebook : notebooks) {
            checkParameters(notebook, given, err);
        }
        NotebookRunner.Options options = new NotebookRunner.Options(notebooks, out, inPlace, check, continueOnError,
                given, timeout, !quiet, precision);
        List<NotebookRunner.Report> reports = new NotebookRunner(options, err).runAll();
        long failed = reports.stream().filter(r -> !r.ok()).count();
        PrintWriter o = spec.commandLine().getOut();
        o.println(reports.size() + " notebook" + (reports.size() == 1 ? "" : "s") + " run, " + failed + " with problems; pages in "
                + out.resolve("index.html"));
        o.flush();
        return failed == 0 && reports.size() == notebooks.size() ? 0 : Main.BAD_INPUT;
    }

    /**
     * {@code --out} must be a folder; a run replaces an earlier run's pages there and says which, but refuses to
     * replace files it did not write unless {@code --overwrite} is given.
     */
    private void checkOutFolder(List<Path> notebooks, PrintWriter err) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw Usage.error(spec, "--out " + out + " is a file; give a folder (it is created if missing)");
        }
        NotebookRunner.Replaced replaced = NotebookRunner.replacedFiles(notebooks, out, inPlace);
        if (replaced.files().isEmpty()) {
            return;
        }
        if (!replaced.earlierRun() && !overwrite) {
            throw Usage.error(spec, "--out " + out + " already holds " + replaced.files().get(0).getFileName()
                    + ", which this command did not write; give --overwrite to replace it, or another --out");
        }
        if (!quiet) {
            List<String> names = replaced.files().stream().map(f -> f.getFileName().toString()).toList();
            err.println("byline: replacing " + (replaced.earlierRun() ? "an earlier run's " : "") + names.size()
                    + " file" + (names.size() == 1 ? "" : "s") + " in " + out + ": "
                    + String.join(", ", names.subList(0, Math.min(6, names.size())))
                    + (names.size() > 6 ? " and " + (names.size() - 6) + " more" : ""));
            err.flush();
        }
    }

    /**
     * Checks the {@code -p} names against the variables {@code notebook}'s {@code parameters} cell declares. A name
     * it does not declare is injected all the same (papermill's rule) but likely a typo: warned about, with the
     * names declared. With no parameters cell at all, the injected cell would go first and the notebook's own
     * assignments would override it, so the value would be silently lost: a usage error, before anything runs;
     * so is a value that cannot be a literal of the variable's declared type ({@code -p top=abc} for an int).
     * A notebook that cannot be read is left to the runner, which reports it.
     */
    private void checkParameters(Path notebook, NotebookParameters given, PrintWriter err) {
        if (given.isEmpty()) {
            return;
        }
        Notebook nb;
        try {
            nb = Notebook.read(notebook);
        } catch (BylineException e) {
            return;
        }
        String parametersCell = null;
        for (JsonObject cell : nb.cells()) {
            if (Notebook.tags(cell).contains("parameters")) {
                parametersCell = Notebook.source(cell);
                break;   // the runner injects after the first parameters cell
            }
        }
        if (parametersCell == null) {
            throw Usage.error(spec, notebook + ": -p " + String.join(", -p ", given.values().keySet())
                    + " given, but the notebook has no cell tagged 'parameters' for it to override");
        }
        try {
            given.check(parametersCell);
        } catch (BylineException e) {
            throw Usage.error(spec, notebook + ": " + e.getMessage());
        }
        Set<String> declared = NotebookParameters.declarations(parametersCell).keySet();
        for (String name : given.values().keySet()) {
            if (!declared.contains(name)) {
                err.println("byline: warning: " + notebook + ": no parameter '" + name + "' (declared: "
                        + (declared.isEmpty() ? "none" : String.join(", ", declared)) + ")");
            }
        }
        err.flush();
    }

    private Path defaultDir() {
        String home = System.getenv("BYLINE_HOME");
        Path local = Path.of("notebooks");
        if (Files.isDirectory(local) || home == null) {
            return local;
        }
        return Path.of(home, "notebooks");
    }

    private List<Path> notebooks() {
        List<Path> roots = files.isEmpty() ? List.of(defaultDir()) : files;
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.list(root)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new BylineException(root, "cannot read directory: " + e.getMessage());
                }
            } else if (Files.isRegularFile(root)) {
                out.add(root);
            } else {
                throw new BylineException(root, "no such notebook or directory");
            }
        }
        return out;
    }
}
