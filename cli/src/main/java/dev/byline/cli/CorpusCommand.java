package dev.byline.cli;

import dev.byline.corpus.DocumentStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tech.tablesaw.api.Table;

/** {@code byline corpus PATHS}: one row per document, or the boilerplate lines found. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        header = "Load articles: one row per document, or the boilerplate found.",
        description = {
            "Load articles and show one row per document: id, outlet, date, dateline, title, authors, agency, paragraphs,",
            "sentences, words, chars, boilerplate_lines, path and any metadata (from corpus.csv)."
        })
final class CorpusCommand implements Callable<Integer> {
    @Mixin
    LoadingOptions loading;

    @Mixin
    OutputOptions output;

    @Option(names = "--boilerplate", description = "List the boilerplate lines found (doc, line, start, end, reason, text) instead.")
    boolean boilerplate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Streamed: each file is read, its rows made and its text dropped, so memory does not grow with the texts.
        DocumentStream documents = loading.stream();
        Table table = boilerplate ? documents.boilerplate() : documents.documents();
        LoadingOptions.warn(spec.commandLine().getErr(), documents.problems());
        TableWriter.write(table, output, spec.commandLine().getOut());
        return 0;
    }
}
