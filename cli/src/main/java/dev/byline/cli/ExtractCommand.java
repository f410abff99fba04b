package dev.byline.cli;

import dev.byline.corpus.Articles;
import dev.byline.corpus.Corpus;
import dev.byline.corpus.DocumentStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code byline extract PATHS}: what Byline read from each article, one row each ({@link Articles#table}). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Show what was read from each article (web pages, feeds, archives).",
        description = {
            "Read articles and show what Byline took from each: id, url, title, authors, published, outlet,",
            "language, words, text (the body, paragraphs separated by a blank line). Web pages (.html, .htm,",
            ".html.gz) give their article without navigation, share bars, comments or captions; feeds (.rss,",
            ".atom, .xml) an article per item; web archives (.warc, .warc.gz) one per HTML record that holds an",
            "article (the others are skipped and counted). Plain text, Markdown, JSON Lines and CSV work too."
        })
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    LoadingOptions loading;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputFormat format = output.resolved();
        DocumentStream documents = loading.stream();
        if (format == OutputFormat.table || documents.hasFeeds()) {
            // a table is laid out from all its rows; feed items fold into pages from other files only in a whole load
            return whole();
        }
        // CSV and JSON rows go out as each article is read, so a large web archive passes in the memory of one record
        PrintWriter out = spec.commandLine().getOut();
        int[] rows = {0};
        documents.forEach(d -> TableWriter.rows(Tabular.of(Articles.table(List.of(d))), format, out, rows[0]++ == 0));
        out.flush();
        if (rows[0] == 0) {
            return whole();   // nothing written yet: the load says why nothing was read, as every command does
        }
        LoadingOptions.warn(spec.commandLine().getErr(), documents.problems());
        return 0;
    }

    private int whole() {
        Corpus corpus = loading.load(spec.commandLine().getErr());
        TableWriter.write(Articles.table(corpus), output, spec.commandLine().getOut());
        return 0;
    }
}
