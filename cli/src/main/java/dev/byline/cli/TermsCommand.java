package dev.byline.cli;

import dev.byline.corpus.DocumentStream;
import dev.byline.terms.TermFrequency;
import dev.byline.terms.TermWeight;
import dev.byline.terms.Terms;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byline terms PATHS}: the frequency table, or counts per document. */
@Command(name = "terms", mixinStandardHelpOptions = true,
        header = "Count terms: the frequency table, counts per document, or TF-IDF.",
        description = {
            "Count terms: one row per term (term, count, docs, per_10k, rank), most frequent first,",
            "or with --by-doc one row per document and term (doc, term, count), or with --tfidf",
            "the TF-IDF of each document and term.",
            "Words are lower-cased; stop words, punctuation and numbers are dropped; Estonia’s counts as estonia."
        })
final class TermsCommand implements Callable<Integer>, Usage.Checked {
    /** The longest n-grams --ngram counts: longer ones are nearly all seen once (whole clauses), and their count grows with N. */
    static final int MAX_NGRAM = 10;

    /** Terms in a chart when --top does not say. */
    static final int CHART_TERMS = 20;

    @Mixin
    LoadingOptions loading;

    @Mixin
    TermSelection selection;

    @Mixin
    OutputOptions output;

    @Mixin
    ChartOption chart;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0",
            description = "Show only the N most frequent terms (with --by-doc: per document). 0 = all (default).")
    int top;

    @Option(names = "--ngram", paramLabel = "N", defaultValue = "1",
            description = "Count n-grams of 1 to N words (within sentences), N up to 10. Default: ${DEFAULT-VALUE}.")
    int ngram;

    @Option(names = "--by-doc", description = "One row per document and term instead of one per term.")
    boolean byDoc;

    @Option(names = "--tfidf", description = {
        "TF-IDF per document and term (doc, term, count, tf_idf), scikit-learn's default formula:",
        "idf = ln((1 + n) / (1 + df)) + 1, rows L2-normalised. With --top N: each document's N most",
        "distinctive terms (doc, rank, term, count, tf_idf)."})
    boolean tfidf;

    @Spec
    CommandSpec spec;

    @Override
    public void checkUsage(CommandSpec command) {
        Usage.atLeast(command, "--top", top, 0);
        Usage.atLeast(command, "--ngram", ngram, 1);
        if (ngram > MAX_NGRAM) {
            throw Usage.error(command, "--ngram must be at most " + MAX_NGRAM + ", not " + ngram
                    + " (longer n-grams are nearly all seen once)");
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (tfidf && chart.chart != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--chart draws term counts (a bar chart, or with --by-doc a heatmap), not --tfidf weights");
        }
        if (tfidf) {
            // Streamed: each document's counts are kept (the weights need them all), never its text; no metadata.
            // Printed from rows: a million of them need not be put into Tablesaw columns first.
            DocumentStream documents = loading.stream().withoutMetadata();
            List<TermWeight> rows = Terms.tfidfRows(documents, selection.options(ngram), Math.max(0, top));
            LoadingOptions.warn(err, documents.problems());
            TableWriter.write(new TermWeightRows(rows, top > 0), output, spec.commandLine().getOut());
            return 0;
        }
        if (byDoc || chart.chart != null) {
            TableWriter.write(TermTables.of(this, err), output, spec.commandLine().getOut());
            return 0;
        }
        // Streamed: the files are read and counted in parallel, and only the vocabulary is kept. Term counts need
        // no metadata; a large corpus.csv is not worth holding. The rows are printed as they are: the first Tablesaw
        // table of a run costs Tablesaw's class-path scan (0.1 s), and this class names no Tablesaw type, so that
        // not even its class is loaded (picocli reads this class's methods, which would load the types they name).
        DocumentStream documents = loading.stream().withoutMetadata();
        List<TermFrequency> rows = Terms.frequencyRows(documents, selection.options(ngram), top > 0 ? top : Integer.MAX_VALUE);
        LoadingOptions.warn(err, documents.problems());
        if (rows.isEmpty()) {
            requireADocument(documents);
        }
        TableWriter.write(TermFrequencyRows.of(rows), output, spec.commandLine().getOut());
        return 0;
    }

    /**
     * Fails as every other command does (exit 1, {@code FILE: PROBLEM; no document could be loaded}, or {@code no
     * documents found}) when not one document of {@code documents} could be loaded. The counting passes of the
     * frequency table skip what they cannot read without saying whether anything was left, so an empty table is
     * checked by one more pass, which admits documents as loading does (bodies handed over undecoded, nothing kept).
     * Only an empty table pays for it: any term counted means a document was read.
     */
    static void requireADocument(DocumentStream documents) {
        documents.forEachOrderedBody((id, utf8, paragraphs, count) -> Boolean.TRUE, d -> Boolean.TRUE, read -> { });
    }
}
