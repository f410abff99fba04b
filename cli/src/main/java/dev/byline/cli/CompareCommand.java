package dev.byline.cli;

import dev.byline.BylineException;
import dev.byline.compare.MinHashLsh;
import dev.byline.compare.Similarity;
import dev.byline.corpus.Corpus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byline compare PATHS}: one row per document pair, with a relation label and, for derived pairs, the source. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Compare every pair of documents: copies, rewrites, their source.",
        description = {
            "Compare every pair of documents: doc_a, doc_b, cosine (TF-IDF), containment_a_in_b, containment_b_in_a",
            "(share of 5-word shingles found in the other), shared_passages, relation (copy, rewrite, same-story,",
            "related, unrelated), and for copies and rewrites the likely source, whether it is credited, and why.",
            "Above " + Similarity.ALL_PAIRS_LIMIT + " documents only MinHash-LSH candidate pairs are scored."
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
        Corpus corpus = loading.load(spec.commandLine().getErr());
        if (corpus.size() < 2) {
            // A lone document (or the same file twice, loaded once) has no pairs: say so instead of an empty table.
            throw new BylineException("compare needs at least two documents (found " + corpus.size() + ")");
        }
        var table = candidates ? MinHashLsh.defaults().candidates(corpus)
                : lsh ? Similarity.candidateTable(corpus, MinHashLsh.defaults()) : Similarity.table(corpus);
        TableWriter.write(table, output, spec.commandLine().getOut());
        return 0;
    }
}
