package dev.byline.kernel.magics;

import dev.byline.display.Html;
import dev.byline.display.Markdown;
import dev.byline.kernel.eval.CellFailure;
import dev.byline.kernel.eval.JavaEvaluator;
import dev.byline.kernel.eval.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * IJava's magics: {@code %lsmagic}, {@code %classpath}, {@code %jars}, {@code %load},
 * {@code %time}/{@code %%time}, {@code %%html}, {@code %%markdown}, and {@code %maven}.
 */
public final class BuiltinMagics {
    private BuiltinMagics() {
    }

    /** Registers every built-in magic; {@code out} receives their progress lines. */
    public static void registerAll(Magics magics, JavaEvaluator java, CellRunnerRef runner, PrintStream out) {
        magics.registerLine("lsmagic", (args, body) -> magics.describe());
        magics.registerCell("html", (args, body) -> new Html(body));
        magics.registerCell("markdown", (args, body) -> new Markdown(body));
        magics.registerLine("classpath", (args, body) -> {
            List<Path> added = new ArrayList<>();
            for (String p : words(args)) {
                Path path = Path.of(p).toAbsolutePath().normalize();
                if (!Files.exists(path)) {
                    throw new MagicException("%classpath: no such file or directory: " + path);
                }
                java.addToClasspath(path);
                added.add(path);
            }
            if (added.isEmpty()) {
                return String.join("\n", java.classpath().stream().map(Path::toString).toList());
            }
            added.forEach(p -> out.println("Added to the class path: " + p));
            return new Silent(added.stream().map(Path::toString).toList());
        });
        magics.registerLine("jars", (args, body) -> {
            if (args.isBlank()) {
                throw new MagicException("%jars needs a jar, a folder of jars or a glob: %jars lib/*.jar");
            }
            List<Path> jars = new ArrayList<>();
            for (String pattern : words(args)) {
                jars.addAll(glob(pattern));
            }
            if (jars.isEmpty()) {
                throw new MagicException("%jars: no .jar file matches " + args.strip());
            }
            for (Path jar : jars) {
                java.addToClasspath(jar);
                out.println("Added to the class path: " + jar);
            }
            return new Silent(jars.stream().map(Path::toString).toList());
        });
        magics.registerLine("load", (args, body) -> {
            if (args.isBlank()) {
                throw new MagicException("%load needs a file of Java code: %load snippets/Helpers.java");
            }
            Path file = Path.of(args.strip()).toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                throw new MagicException("%load: no such file: " + file);
            }
            if (file.getFileName().toString().endsWith(".ipynb")) {
                return loadNotebook(file, runner.get());
            }
            return runner.get().run(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        });
        Magic time = (args, body) -> {
            String code = body == null ? args : body;
            if (code.isBlank()) {
                throw new MagicException("%time needs code to time: %time expression, or %%time as the first line of a cell");
            }
            long t0 = System.nanoTime();
            boolean ran = true;
            try {
                return runner.get().runPart(code);
            } catch (CellFailure f) {
                ran = f.kind() != CellFailure.Kind.COMPILE;   // code that does not compile never ran: no time to tell
                throw f;
            } finally {
                if (ran) {
                    double ms = (System.nanoTime() - t0) / 1e6;
                    out.println(String.format(Locale.ROOT, "Wall time: %.1f ms", ms));
                }
            }
        };
        magics.registerLine("time", time);
        magics.registerCell("time", time);
        MavenMagic maven = new MavenMagic(java, out);
        for (String name : List.of("maven", "addMavenDependency", "addMavenDependencies")) {
            magics.registerLine(name, maven::maven);
        }
        magics.registerLine("mavenRepo", maven::addRepository);
        magics.registerLine("addMavenRepo", maven::addRepository);
        magics.registerLine("loadFromPOM", maven::loadFromPom);
        magics.registerCell("loadFromPOM", maven::loadFromPom);
    }

    /** {@code %load notebook.ipynb}: runs its code cells in order, each named after the notebook and its number. */
    private static Object loadNotebook(Path file, CellRunner runner) throws dev.byline.kernel.eval.CellFailure {
        dev.byline.kernel.runner.Notebook notebook;
        try {
            notebook = dev.byline.kernel.runner.Notebook.read(file);
        } catch (RuntimeException e) {
            throw new MagicException("%load: " + file + " is not a notebook: " + e.getMessage());
        }
        Outcome last = Outcome.none();
        int n = 0;
        for (var cell : notebook.cells()) {
            if ("code".equals(dev.byline.kernel.runner.Notebook.type(cell))) {
                n++;
                last = runner.run(dev.byline.kernel.runner.Notebook.source(cell), file.getFileName() + " [" + n + "]");
            }
        }
        return last;
    }

    private static List<String> words(String args) {
        return args.isBlank() ? List.of() : List.of(args.strip().split("\\s+"));
    }

    private static List<Path> glob(String pattern) throws IOException {
        Path literal = Path.of(pattern);
        if (Files.isRegularFile(literal)) {
            return List.of(literal.toAbsolutePath());
        }
        if (Files.isDirectory(literal)) {
            pattern = pattern + "/*.jar";
        }
        int star = pattern.indexOf('*');
        String fixed = star < 0 ? pattern : pattern.substring(0, star);
        Path base = Path.of(fixed.contains("/") ? fixed.substring(0, fixed.lastIndexOf('/') + 1) : ".").toAbsolutePath().normalize();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + base.resolve(pattern.substring(
                fixed.contains("/") ? fixed.lastIndexOf('/') + 1 : 0)));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(p -> matcher.matches(p) && p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** A late reference to the runner, which needs the magics that need it. */
    @FunctionalInterface
    public interface CellRunnerRef {
        CellRunner get();
    }
}
