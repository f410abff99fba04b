package dev.byline.spark;

import dev.byline.BylineException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The Spark jobs' entry point, for {@code ./byline-spark JOB ...} and {@code spark-submit}:
 *
 * <pre>
 * byline-spark terms corpus/ --out out/            # out/terms.parquet/, out/terms.csv/
 * byline-spark tfidf feed.jsonl --out out/ --text-column body
 * </pre>
 *
 * <p>Exit codes as the {@code byline} command line: 0 done, 1 bad input (one line naming the file,
 * never a stack trace), 2 bad usage (as {@code byline} words it: {@code byline-spark: PROBLEM} and a
 * {@code Try 'byline-spark JOB --help'} line, found before Spark starts).
 */
@Command(name = "byline-spark", mixinStandardHelpOptions = true, version = "byline-spark 0.1",
        description = "Byline's corpus-scale analyses as Apache Spark jobs; each writes Parquet and CSV.",
        subcommandsRepeatable = false)
public final class SparkMain implements Runnable {
    /** Exit code for bad input: a missing, unreadable or malformed file. */
    static final int BAD_INPUT = 1;
    /** Exit code for bad usage: an unknown job or option, a missing or wrong option value. */
    static final int BAD_USAGE = 2;

    private final PrintStream err;
    /** the command line this instance runs in: usage errors name the job they belong to */
    private CommandLine root;

    SparkMain(PrintStream err) {
        this.err = err;
    }

    /** Runs a job and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs a job; returns its exit code. */
    static int run(String[] args, PrintStream err) {
        SparkMain main = new SparkMain(err);
        CommandLine cli = new CommandLine(main);
        main.root = cli;
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            err.println("byline-spark: " + Inputs.oneLine(e.getMessage()));
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BAD_USAGE;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("byline-spark: " + userMessage(e));
            if (System.getenv("BYLINE_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return BAD_INPUT;
        });
        if (args.length > 0 && !args[0].startsWith("-") && !cli.getSubcommands().containsKey(args[0])) {
            // picocli would say "Unmatched arguments from index 0" and print the whole usage
            err.println("byline-spark: unknown job '" + args[0] + "' (jobs: "
                    + String.join(", ", cli.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList())
                    + ")");
            err.println("Try 'byline-spark --help' for more information.");
            return BAD_USAGE;
        }
        return cli.execute(args);
    }

    /** No job named: a usage error, as {@code byline} with no command. */
    @Override
    public void run() {
        throw new ParameterException(root, "name a job (try: byline-spark terms corpus/ --out out/)");
    }

    /** Throws the usage error of job {@code name} if its term options are wrong, before Spark starts. */
    private void checkTerms(String name, TermChoice choice, int ngram) {
        String problem = choice.problem(ngram);
        if (problem != null) {
            throw new ParameterException(root.getSubcommands().get(name), problem);
        }
    }

    @Command(name = "terms", mixinStandardHelpOptions = true,
            description = "Term counts with the toolkit's rules: term, count, docs (or doc, term, count with --by-doc).")
    int terms(@Mixin JobOptions o, @Mixin TermChoice choice,
              @Option(names = "--by-doc", description = "One row per document and term.") boolean byDoc,
              @Option(names = "--ngram", paramLabel = "N", defaultValue = "1",
                      description = "Count n-grams of 1 to N words (within sentences). Default: ${DEFAULT-VALUE}.") int ngram) {
        checkTerms("terms", choice, ngram);
        TermRule rule = choice.rule(ngram);
        return runJob("terms", o, (spark, docs) -> byDoc ? TermsJob.byDocument(spark, docs, rule) : TermsJob.totals(spark, docs, rule));
    }

    @Command(name = "tfidf", mixinStandardHelpOptions = true,
            description = "TF-IDF weights with the toolkit's rules and formula: doc, term, count, tf_idf.")
    int tfidf(@Mixin JobOptions o, @Mixin TermChoice choice,
              @Option(names = "--ngram", paramLabel = "N", defaultValue = "1",
                      description = "Weigh n-grams of 1 to N words (within sentences). Default: ${DEFAULT-VALUE}.") int ngram) {
        checkTerms("tfidf", choice, ngram);
        TermRule rule = choice.rule(ngram);
        return runJob("tfidf", o, (spark, docs) -> TfIdfJob.weights(spark, docs, rule));
    }

    @Command(name = "near-duplicates", mixinStandardHelpOptions = true,
            description = {"Near-duplicate candidates (MinHash-LSH, the toolkit's bands), each judged as `byline compare` judges it:",
                    "doc_a, doc_b, estimated_jaccard, cosine, containment_a_in_b, containment_b_in_a, shared_passages,",
                    "relation, source, credited, evidence."})
    int nearDuplicates(@Mixin JobOptions o) {
        return runJob("near-duplicates", o, NearDuplicatesJob::pairs);
    }

    /** The work of one job: documents in, a sorted table out. */
    interface Job {
        Dataset<Row> apply(SparkSession spark, JavaRDD<DocumentText> docs);
    }

    private int runJob(String name, JobOptions o, Job job) {
        // a session already running in this JVM (a notebook, a test) is used and left running
        boolean ours = SparkSession.getDefaultSession().isEmpty();
        // read before the session exists: spark-submit's --conf values are in the system properties
        boolean partitionsChosen = new org.apache.spark.SparkConf().contains(ShufflePartitions.KEY);
        SparkSession spark = LocalSpark.session(name, o.master);
        try {
            BadInput bad = o.skipBad ? BadInput.skipping(spark.sparkContext()) : BadInput.failing(spark.sparkContext());
            if (!partitionsChosen) {
                ShufflePartitions.apply(spark, o.paths);
            }
            JavaRDD<DocumentText> docs = Inputs.read(spark, o.paths, o.columns(), bad);
            Outputs.write(job.apply(spark, docs), o.out, name, o.overwrite);
            List<String> problems = bad.problems();
            problems.forEach(p -> err.println("byline-spark: skipped " + p));
            err.println("byline-spark: wrote " + o.out + "/" + name + ".parquet and " + o.out + "/" + name + ".csv"
                    + (problems.isEmpty() ? "" : " (" + problems.size() + " bad inputs skipped)"));
            return 0;
        } finally {
            if (ours) {
                spark.stop();
            }
        }
    }

    /**
     * The one line a user sees for a failure: the toolkit's message if a {@link BylineException} is
     * anywhere in the cause chain (Spark wraps what a task threw), else the innermost message.
     */
    static String userMessage(Throwable e) {
        Function<Throwable, String> line = t -> Inputs.oneLine(t.getMessage());
        Throwable innermost = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BylineException) {
                return line.apply(t);
            }
            innermost = t;
        }
        String m = line.apply(innermost);
        return innermost.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
    }
}
