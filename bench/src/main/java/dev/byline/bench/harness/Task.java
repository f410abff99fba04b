package dev.byline.bench.harness;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A benchmark task: the Byline command line for it (one or more alternatives, the first whose
 * command and option exist is used), and the peers measured beside it. {@code subset} tasks run on
 * a slice of the corpus (all-pairs work).
 */
public record Task(String name, String description, List<Variant> variants, List<Peer> peers, boolean subset) {
    /**
     * One way to ask Byline: the subcommand, an option that must appear in its help (or null), and the
     * arguments given a corpus directory.
     */
    public record Variant(String command, String option, Function<Path, List<String>> args) {
    }

    /** A peer: a name for the table and its command line given a corpus directory. */
    public record Peer(String name, Function<Path, List<String>> argv) {
    }
}
