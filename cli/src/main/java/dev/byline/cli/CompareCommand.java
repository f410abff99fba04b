package dev.byline.cli;

import dev.byline.BylineException;
import dev.byline.compare.MinHashLsh;
import dev.byline.compare.Similarity;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/** {@code byline compare PATHS}: one row per document pair, with a relation label and, for derived pairs, the source. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Compare every pair of documents: copies, rewrites, their source.",
        description = {
            "Compare every pair of documents: doc_a, doc_b, cosine (TF-IDF), containment_a_in_b, containment_b_in_a",
            "(share of 5-word shingles found in the other), shared_passages, relation (copy, spun-copy, rewrite,",
            "sibling, same-story, related, unrelated), and for derived pairs the likely source (never a later-dated",
            "document; empty when the evidence is symmetric), whether it is credited (yes, no, unknown), and why.",
            "Above " + Similarity.ALL_PAIRS_LIMIT + " documents only MinHash-LSH candidate pairs are scored. An article",
            "over " + ArticleLength.MAX_CHARS + " characters is left out with a warning (--candidates takes any length)."
        })
final class CompareCommand implements Callable<Integer> {
    @Mixin
    LoadingOptions loading;

    @Mixin
    OutputOptions output;

    @Option(names = "--candidates", description = "Only list the MinHash-LSH candidate pairs (doc_a, doc_b, estimated_jaccard).")
    boolean candidates;

    @Option(names = "--lsh", description = "Score only MinHash-LSH candidate pairs even for a small corpus.")
    boolean lsh;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (candidates) {
            return candidates();
        }
        DocumentStream documents = loading.stream();
        if (documents.hasFeeds()) {
            // feed items are joined to the pages they link to only by a whole load
            return loaded();
        }
        PrintWriter err = spec.commandLine().getErr();
        ArticleLength.LeftOut tooLong = new ArticleLength.LeftOut("compare");
        Table table = lsh ? Similarity.candidateTable(documents, MinHashLsh.defaults(), tooLong)
                : Similarity.table(documents, tooLong);
        LoadingOptions.warn(err, documents.problems());
        // a table with rows had two documents; otherwise count them (one more pass, holding nothing)
        int kept = table.rowCount() > 0 ? 2 : documents.documents().rowCount() - tooLong.size();
        tooLong.report(err, kept == 0);
        if (kept < 2) {
            throw needsTwo(kept);
        }
        TableWriter.write(table, output, spec.commandLine().getOut());
        return 0;
    }

    /** The whole corpus loaded at once: for feeds, whose items a stream does not join to their pages. */
    private Integer loaded() {
        Corpus corpus = ArticleLength.withinLimit("compare", loading.load(spec.commandLine().getErr()),
                spec.commandLine().getErr());
        if (corpus.size() < 2) {
            // A lone document (or the same file twice, loaded once) has no pairs: say so instead of an empty table.
            throw needsTwo(corpus.size());
        }
        var table = lsh ? Similarity.candidateTable(corpus, MinHashLsh.defaults()) : Similarity.table(corpus);
        TableWriter.write(table, output, spec.commandLine().getOut());
        return 0;
    }

    /** Streamed: each document is read, reduced to its MinHash signature and dropped, so memory follows the corpus's size in ids. */
    private Integer candidates() {
        DocumentStream documents = loading.stream();
        Optional<SortedSet<String>> ids = documents.idsBeforeReading();
        if (ids.isPresent() && ids.get().size() < 2) {
            throw needsTwo(ids.get().size());
        }
        Table table = MinHashLsh.defaults().candidates(documents);
        LoadingOptions.warn(spec.commandLine().getErr(), documents.problems());
        if (table.rowCount() == 0 && ids.isEmpty()) {
            // records files (JSON Lines, CSV) hold an unknown number of documents: count them only when there is no pair
            int read = documents.documents().rowCount();
            if (read < 2) {
                throw needsTwo(read);
            }
        }
        TableWriter.write(table, output, spec.commandLine().getOut());
        return 0;
    }

    private static BylineException needsTwo(int found) {
        return new BylineException("compare needs at least two documents (found " + found + ")");
    }
}
