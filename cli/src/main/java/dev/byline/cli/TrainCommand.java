package dev.byline.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code byline train DIR} (hidden): runs the everyday commands once over a small corpus, output
 * discarded, so that the launcher can record which classes a run needs into a start-up cache (JDK 25's
 * AOT cache, {@code -XX:AOTCacheOutput}). Every later {@code byline} run then starts with those classes
 * already parsed and linked.
 */
@Command(name = "train", hidden = true,
        description = "Run the common commands once on DIR with output discarded (the launcher's start-up cache).")
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A small corpus, e.g. Byline's own corpus/.")
    Path dir;

    @Option(names = "--terms", description = "Only the frequency table of `byline terms`, which builds no Tablesaw table.")
    boolean termsOnly;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new dev.byline.BylineException(dir, "not a directory");
        }
        String d = dir.toString();
        // A cache's classes are all loaded when the JVM starts, so the launcher keeps a second, smaller cache for the
        // frequency table, trained without the Tablesaw tables (and their class-path scan) of the other commands.
        List<List<String>> runs = termsOnly ? List.of(
                List.of("terms", d),
                List.of("terms", d, "--top", "20", "--ngram", "2"),
                List.of("terms", d, "--top", "20", "--proper-nouns", "--stem")) : List.of(
                List.of("corpus", d),
                List.of("terms", d, "--top", "20"),
                List.of("terms", d, "--by-doc", "--top", "5"),
                List.of("kwic", "peace", d),
                List.of("quotes", d),
                List.of("speakers", d),
                List.of("compare", d),
                List.of("spin", d));
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        int worst = 0;
        for (List<String> run : runs) {
            for (String format : termsOnly ? List.of("csv", "table", "json") : List.of("csv", "table")) {
                String[] args = java.util.stream.Stream.concat(run.stream(), java.util.stream.Stream.of("--format", format))
                        .toArray(String[]::new);
                worst = Math.max(worst, Main.run(args, nowhere, nowhere));
            }
        }
        if (!termsOnly) {
            // The runs that reach the root command: alone (--version) and with every subcommand registered (--help,
            // which also loads the commands not trained above).
            Main.run(new String[] {"--version"}, nowhere, nowhere);
            Main.run(new String[] {"--help"}, nowhere, nowhere);
        }
        // A usage error, whose exit code is not the training's: it links picocli's exception classes while recording,
        // so a mistyped command starts from the cache too. (picocli's classes are Java 5 class files, which JDK 25's
        // cache leaves out; they get in only from the launcher's run copy, rewritten by scripts/OldClassFiles.java.)
        Main.run(new String[] {"terms", "--no-such-option"}, nowhere, nowhere);
        return worst;
    }
}
