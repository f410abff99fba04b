package dev.byline.bench.accuracy;

import dev.byline.BylineException;
import dev.byline.bench.generate.CorpusGenerator;
import dev.byline.bench.harness.BylineCli;
import dev.byline.corpus.Corpus;
import dev.byline.quotes.Quote;
import dev.byline.quotes.Quotes;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code byline-bench accuracy DIR}: scores what Byline can do today against a generated corpus's
 * truth.jsonl, and says plainly what it could not score yet.
 */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = "Score Byline against a generated corpus's truth.jsonl: quotation spans, speakers and kinds; "
                + "document-pair labels for planted copies, rewrites, quote edits, spun copies and same-topic pairs.")
public final class AccuracyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a corpus made by byline-bench generate (holding articles/ and truth.jsonl)")
    Path dir;

    @Option(names = "--byline", description = "the byline launcher (default: $BYLINE_HOME/byline)")
    Path byline;

    @Option(names = "--markdown", description = "also append the report to this file")
    Path markdown;

    @Option(names = "--drift-pairs", defaultValue = "30", description = "planted quote edits (and as many exact "
            + "copies, as controls) to run `byline drift` on, one process each (default ${DEFAULT-VALUE})")
    int driftPairs;

    /** The command prefix for byline; tests replace it with a java command line. */
    List<String> bylinePrefix() {
        Path launcher = byline != null ? byline : Path.of(System.getenv().getOrDefault("BYLINE_HOME", "."), "byline");
        if (!Files.isExecutable(launcher)) {
            throw new BylineException(launcher + ": no byline launcher there (use --byline PATH)");
        }
        return List.of(launcher.toAbsolutePath().toString());
    }

    @Override
    public Integer call() throws IOException {
        requireCorpus(dir);
        String report = report(dir, new BylineCli(bylinePrefix()), driftPairs);
        System.out.print(report);
        if (markdown != null) {
            Files.writeString(markdown, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return 0;
    }

    /** The whole report for the corpus in {@code dir}. */
    public static String report(Path dir, BylineCli cli, int driftPairs) throws IOException {
        requireCorpus(dir);
        Path truthFile = dir.resolve(CorpusGenerator.TRUTH);
        Path articles = dir.resolve(CorpusGenerator.ARTICLES);
        Truth truth = Truth.read(truthFile);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("### Accuracy on %s (%,d articles, seed %s), %s%n%n", dir, truth.docs().size(),
                truth.corpus().get("seed"), ZonedDateTime.now(ZoneOffset.UTC).format(
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))));
        Path scratch = Files.createTempDirectory("byline-accuracy");
        try {
            List<PredictedQuote> quotes;
            if (cli.has("quotes", null)) {
                sb.append("Quotations from `byline quotes ").append(articles).append(" --format csv`.\n\n");
                quotes = quotesFromCsv(cli.runToFile(List.of("quotes", articles.toString(), "--format", "csv"),
                        scratch.resolve("quotes.csv")));
            } else {
                sb.append("Quotations from the toolkit API (`Quotes.find(corpus)`; there is no `byline quotes` "
                        + "command yet).\n\n");
                quotes = quotesFromApi(Corpus.load(articles));
            }
            sb.append(AccuracyReport.quotes(QuoteScorer.score(truth, quotes))).append('\n');
            if (cli.has("compare", null)) {
                sb.append("Document pairs from `byline compare ").append(articles).append(" --format csv`")
                        .append(truth.docs().size() > 300 ? " (above 300 articles Byline scores only MinHash-LSH "
                                + "candidate pairs; a planted pair it never scored is 'absent').\n\n" : ".\n\n");
                List<PredictedPair> pairs = pairsFromCsv(cli.runToFile(List.of("compare", articles.toString(),
                        "--format", "csv"), scratch.resolve("compare.csv")));
                sb.append(AccuracyReport.relations(RelationScorer.score(truth, pairs))).append('\n');
            } else {
                sb.append("Not scored: document relations (no `byline compare` command yet).\n\n");
            }
            List<String> missing = new ArrayList<>();
            if (cli.has("drift", null)) {
                sb.append(AccuracyReport.drift(drift(truth, articles, cli, scratch, driftPairs), driftPairs)).append('\n');
            } else {
                missing.add("quote edits word by word (no `byline drift` yet; the planted edits are in truth.jsonl "
                        + "as relation changes)");
            }
            if (cli.has("spin", null)) {
                sb.append("Spin flags from `byline spin ").append(articles).append(" --format csv`.\n\n");
                Set<String> flagged = new TreeSet<>();
                for (CSVRecord r : records(cli.runToFile(List.of("spin", articles.toString(), "--format", "csv"),
                        scratch.resolve("spin.csv")))) {
                    if (Boolean.parseBoolean(r.get("doc_flagged"))) {
                        flagged.add(r.get("doc"));
                    }
                }
                sb.append(AccuracyReport.spin(SpinScorer.score(truth, flagged))).append('\n');
            } else {
                missing.add("spin flags per document (no `byline spin` yet)");
            }
            sb.append("Not scored yet: ").append(missing.isEmpty() ? "nothing." : String.join("; ", missing) + ".")
                    .append('\n');
        } finally {
            try (var s = Files.walk(scratch)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return sb.toString();
    }

    private static void requireCorpus(Path dir) {
        if (!Files.exists(dir.resolve(CorpusGenerator.TRUTH)) || !Files.isDirectory(dir.resolve(CorpusGenerator.ARTICLES))) {
            throw new BylineException(dir + ": not a byline-bench corpus (no truth.jsonl and articles/)");
        }
    }

    /** Runs {@code byline drift} on up to {@code limit} planted quote edits and as many exact copies. */
    static DriftScore drift(Truth truth, Path articles, BylineCli cli, Path scratch, int limit) throws IOException {
        int pairs = 0;
        int detected = 0;
        int controls = 0;
        int falseEdits = 0;
        for (TruthRelation r : truth.relations()) {
            boolean edit = r.relation().equals("quote-edit");
            boolean copy = r.relation().equals("copy");
            if (!(edit && pairs < limit) && !(copy && controls < limit)) {
                continue;
            }
            Path out = scratch.resolve("drift.csv");
            List<DriftRow> rows = new ArrayList<>();
            for (CSVRecord rec : records(cli.runToFile(List.of("drift", articles.resolve(r.a() + ".txt").toString(),
                    articles.resolve(r.b() + ".txt").toString(), "--format", "csv"), out))) {
                rows.add(new DriftRow(rec.get("change"), rec.get("a_text"), rec.get("b_text")));
            }
            if (edit) {
                pairs++;
                detected += DriftScorer.detects(r.changes().get("original").getAsString(), rows) ? 1 : 0;
            } else {
                controls++;
                falseEdits += DriftScorer.reportsAnEdit(rows) ? 1 : 0;
            }
        }
        return new DriftScore(pairs, detected, controls, falseEdits);
    }

    static List<PredictedQuote> quotesFromApi(Corpus corpus) {
        List<PredictedQuote> out = new ArrayList<>();
        for (Quote q : Quotes.find(corpus)) {
            out.add(new PredictedQuote(q.document().id(), q.start(), q.end(), q.kind().label(),
                    q.speaker() == null ? "" : q.speaker()));
        }
        return out;
    }

    static List<PredictedQuote> quotesFromCsv(Path csv) throws IOException {
        List<PredictedQuote> out = new ArrayList<>();
        for (CSVRecord r : records(csv)) {
            out.add(new PredictedQuote(r.get("doc"), Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")),
                    r.get("kind"), r.get("speaker")));
        }
        return out;
    }

    static List<PredictedPair> pairsFromCsv(Path csv) throws IOException {
        List<PredictedPair> out = new ArrayList<>();
        for (CSVRecord r : records(csv)) {
            out.add(new PredictedPair(r.get("doc_a"), r.get("doc_b"), r.get("relation")));
        }
        return out;
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            return p.getRecords();
        }
    }
}
