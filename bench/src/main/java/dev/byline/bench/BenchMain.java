package dev.byline.bench;

import dev.byline.BylineException;
import dev.byline.bench.accuracy.AccuracyCommand;
import dev.byline.bench.polnear.PolnearCommand;
import dev.byline.bench.extraction.ExtractionCommand;
import dev.byline.bench.extraction.WarcCommand;
import dev.byline.bench.generate.GenerateCommand;
import dev.byline.bench.spin.SpinBenchCommand;
import dev.byline.bench.harness.RunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code byline-bench}: generates synthetic corpora with known provenance, runs Byline against peers,
 * scores accuracy against the planted truth, and runs the JMH inner-loop benchmarks.
 */
@Command(name = "byline-bench", mixinStandardHelpOptions = true, version = "byline-bench: the benchmarks of Byline "
        + "(./byline --version tells the version)",
        description = "Benchmarks for Byline: synthetic corpora, whole-process runs against peers, accuracy, JMH.",
        subcommands = {GenerateCommand.class, SpinBenchCommand.class, RunCommand.class, AccuracyCommand.class, PolnearCommand.class, dev.byline.bench.polnear.PolnearRankerCommand.class, ExtractionCommand.class, WarcCommand.class, JmhCommand.class, CommandLine.HelpCommand.class})
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 bad input, 2 bad usage). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new BenchMain());
        // everything after "jmh" belongs to JMH, in order, options included
        cli.getSubcommands().get("jmh").setUnmatchedOptionsArePositionalParams(true).setStopAtPositional(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof BylineException b) {
                cmd.getErr().println("byline-bench: " + b.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: generate, run, accuracy or jmh");
    }
}
