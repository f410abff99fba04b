package dev.byline.bench.harness;

import dev.byline.bench.harness.Task.Peer;
import dev.byline.bench.harness.Task.Variant;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Whole-process benchmark runs: for each task, Byline's command and each peer's, each run
 * {@code warmups} times unmeasured and then {@code runs} times measured, in the same invocation.
 * A task whose Byline command does not exist yet is skipped with a note, not failed.
 *
 * <pre>{@code
 * Harness h = new Harness(List.of("./byline"), new ProcessMeter(tmp, 600), 3, 1, 300, System.err);
 * List<ResultRow> rows = h.run(Tasks.standard(python, script), Path.of("corpus/articles"), tmp);
 * }</pre>
 */
public final class Harness {
    private final List<String> byline;
    private final ProcessMeter meter;
    private final int runs;
    private final int warmups;
    private final int subsetSize;
    private final PrintStream log;
    private final BylineCli cli;

    /** A harness running {@code byline} (the command prefix, e.g. {@code ./byline}). */
    public Harness(List<String> byline, ProcessMeter meter, int runs, int warmups, int subsetSize, PrintStream log) {
        this.byline = List.copyOf(byline);
        this.cli = new BylineCli(byline);
        this.meter = meter;
        this.runs = Math.max(1, runs);
        this.warmups = Math.max(0, warmups);
        this.subsetSize = subsetSize;
        this.log = log;
    }

    /** Runs {@code tasks} on the corpus in {@code articles}; scratch files go to {@code scratch}. */
    public List<ResultRow> run(List<Task> tasks, Path articles, Path scratch) throws IOException {
        int docs = countArticles(articles);
        double mb = megabytes(articles);
        Path subset = null;
        List<ResultRow> rows = new ArrayList<>();
        for (Task task : tasks) {
            Optional<Variant> variant = available(task);
            if (variant.isEmpty()) {
                String note = "skipped: `byline " + task.variants().getFirst().command()
                        + (task.variants().getFirst().option() == null ? "" : " " + task.variants().getFirst().option())
                        + "` does not exist yet";
                log.println("byline-bench: " + task.name() + " " + note);
                rows.add(new ResultRow(task.name(), docs, mb, null, "-", null, note));
                continue;
            }
            Path dir = articles;
            int taskDocs = docs;
            double taskMb = mb;
            if (task.subset() && docs > subsetSize) {
                if (subset == null) {
                    subset = subset(articles, subsetSize, scratch.resolve("subset-" + subsetSize));
                }
                dir = subset;
                taskDocs = countArticles(subset);
                taskMb = megabytes(subset);
            }
            List<String> argv = new ArrayList<>(byline);
            argv.addAll(variant.get().args().apply(dir));
            log.printf("byline-bench: %s on %,d articles: %s%n", task.name(), taskDocs, String.join(" ", argv));
            Measurement b = measure(argv, dir);
            String check = check(task, b, taskDocs);
            for (Peer peer : task.peers()) {
                List<String> peerArgv = peer.argv().apply(dir);
                log.printf("byline-bench: %s peer %s: %s%n", task.name(), peer.name(), String.join(" ", peerArgv));
                rows.add(new ResultRow(task.name(), taskDocs, taskMb, b, peer.name(), measure(peerArgv, dir), check));
            }
        }
        return rows;
    }

    private static String check(Task task, Measurement m, int docs) {
        if (!m.ok()) {
            return "byline failed: " + m.failure();
        }
        if (task.name().equals("load") && m.outputLines() != docs + 1) {
            return "byline listed " + (m.outputLines() - 1) + " documents, expected " + docs;
        }
        return m.outputLines() <= 1 ? "byline wrote no rows" : "";
    }

    private Measurement measure(List<String> argv, Path workdir) throws IOException {
        for (int k = 0; k < warmups; k++) {
            meter.run(argv, workdir);
        }
        List<ProcessRun> measured = new ArrayList<>();
        for (int k = 0; k < runs; k++) {
            ProcessRun r = meter.run(argv, workdir);
            measured.add(r);
            if (!r.ok()) {
                break;
            }
        }
        return Measurement.of(measured);
    }

    /** The first variant whose command exists and whose help mentions its option. */
    Optional<Variant> available(Task task) {
        return task.variants().stream().filter(v -> cli.has(v.command(), v.option())).findFirst();
    }

    /** Copies the first {@code k} articles (by id) and their corpus.csv rows into {@code target}. */
    static Path subset(Path articles, int k, Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> files;
        try (Stream<Path> s = Files.list(articles)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().limit(k).toList();
        }
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            Files.copy(f, target.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String name = f.getFileName().toString();
            ids.add(name.substring(0, name.length() - 4));
        }
        Path sidecar = articles.resolve("corpus.csv");
        if (Files.exists(sidecar)) {
            CSVFormat in = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (Reader r = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.parse(r, in);
                 Writer w = Files.newBufferedWriter(target.resolve("corpus.csv"), StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                printer.printRecord(parser.getHeaderNames());
                for (CSVRecord rec : parser) {
                    if (ids.contains(rec.get("id"))) {
                        printer.printRecord((Object[]) rec.values());
                    }
                }
            }
        }
        return target;
    }

    static int countArticles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".txt")).count();
        }
    }

    static double megabytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum() / 1e6;
        }
    }
}
