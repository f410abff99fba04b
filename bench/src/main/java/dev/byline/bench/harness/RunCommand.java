package dev.byline.bench.harness;

import dev.byline.BylineException;
import dev.byline.bench.generate.CorpusGenerator;
import dev.byline.bench.generate.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byline-bench run --sizes 1000,10000}: whole-process runs of Byline and its peers. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Whole-process runs of each task by Byline and by its peers (python3-sklearn, wc -w) on "
                + "generated corpora: median of several runs with the spread, peak memory, ratio. Tasks whose "
                + "byline command does not exist yet are skipped with a note.")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", description = "corpus sizes to generate and run (e.g. 1000,10000)")
    List<Integer> sizes = new ArrayList<>();

    @Option(names = "--corpus", description = "an existing generated corpus (DIR or DIR/articles); repeatable")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "seed for generated corpora (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--data", description = "where generated corpora are kept and reused "
            + "(default: ${sys:java.io.tmpdir}/byline-bench-data)")
    Path data = Path.of(System.getProperty("java.io.tmpdir"), "byline-bench-data");

    @Option(names = "--tasks", split = ",", description = "tasks to run (default all): load, terms, tfidf, quotes, "
            + "near-dup, compare")
    Set<String> only = Set.of();

    @Option(names = "--runs", defaultValue = "3", description = "measured runs per command (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmups", defaultValue = "1", description = "unmeasured runs first (default ${DEFAULT-VALUE})")
    int warmups;

    @Option(names = "--subset", defaultValue = "300", description = "articles for the all-pairs task (default ${DEFAULT-VALUE})")
    int subset;

    @Option(names = "--timeout", defaultValue = "1200", description = "seconds before a run is killed (default ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--byline", description = "the byline launcher (default: $BYLINE_HOME/byline)")
    Path byline;

    @Option(names = "--python", description = "Python with scikit-learn (default ${DEFAULT-VALUE})")
    Path python = Path.of("/usr/bin/python3");

    @Option(names = "--markdown", description = "also append the results, with the machine and command, to this file")
    Path markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (sizes.isEmpty() && corpora.isEmpty()) {
            throw new BylineException("say what to run on: --sizes 1000,10000 or --corpus DIR");
        }
        Path launcher = byline != null ? byline : Path.of(System.getenv().getOrDefault("BYLINE_HOME", "."), "byline");
        if (!Files.isExecutable(launcher)) {
            throw new BylineException(launcher + ": no byline launcher there (use --byline PATH)");
        }
        Path scratch = Files.createTempDirectory("byline-bench");
        Path script = peerScript(scratch);
        List<Task> tasks = Tasks.standard(python, script).stream()
                .filter(t -> only.isEmpty() || only.contains(t.name())).toList();
        Machine machine = Machine.describe(python);
        Harness harness = new Harness(List.of(launcher.toAbsolutePath().toString()),
                new ProcessMeter(scratch, timeout), runs, warmups, subset, System.err);
        List<ResultRow> rows = new ArrayList<>();
        for (Path dir : targets()) {
            rows.addAll(harness.run(tasks, dir, scratch.resolve(dir.getParent().getFileName().toString())));
        }
        deleteTree(scratch);
        String table = ResultTable.markdown(rows);
        System.out.print(table);
        if (markdown != null) {
            String section = "\n### " + machine.date() + "\n\n" + machine.markdown() + "- Command: `./byline-bench "
                    + String.join(" ", spec.commandLine().getParseResult().originalArgs()) + "`\n- "
                    + runs + " measured runs after " + warmups + " warm-up; times are wall-clock seconds, median "
                    + "(fastest–slowest); ratio = Byline median / peer median (below 1: Byline faster)\n\n" + table;
            Files.writeString(markdown, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        return 0;
    }

    /** The articles directories to run on, generating the corpora that are not there yet. */
    private List<Path> targets() {
        List<Path> out = new ArrayList<>();
        for (int size : sizes) {
            Path dir = data.resolve("n" + size + "-s" + seed);
            if (!Files.exists(dir.resolve(CorpusGenerator.TRUTH))) {
                System.err.printf("byline-bench: generating %,d articles into %s%n", size, dir);
                System.err.println("byline-bench: " + new CorpusGenerator(Vocabulary.load(Vocabulary.DEBIAN_WORDS, seed),
                        seed, size).generate(dir, Runtime.getRuntime().availableProcessors()).summary());
            }
            out.add(dir.resolve(CorpusGenerator.ARTICLES));
        }
        for (Path c : corpora) {
            Path articles = Files.isDirectory(c.resolve(CorpusGenerator.ARTICLES)) ? c.resolve(CorpusGenerator.ARTICLES) : c;
            if (!Files.isDirectory(articles)) {
                throw new BylineException(c + ": not a directory");
            }
            out.add(articles.toAbsolutePath());
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Writes the bundled Python peer script into {@code dir}. */
    static Path peerScript(Path dir) throws IOException {
        Path script = dir.resolve("peers.py");
        try (InputStream in = RunCommand.class.getResourceAsStream("peers.py")) {
            if (in == null) {
                throw new IOException("peers.py missing from the bench jar");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }
}
