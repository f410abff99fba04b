package dev.byline.cli;

import dev.byline.corpus.Corpus;
import dev.byline.corpus.Document;
import dev.byline.text.Span;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@code byline extract PATHS}: what Byline read from each article, one row each. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Show what was read from web pages, feeds and web archives: one row per article.",
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
        Corpus corpus = loading.load(spec.commandLine().getErr());
        Table table = Table.create("extract", StringColumn.create("id"), StringColumn.create("url"),
                StringColumn.create("title"), StringColumn.create("authors"), StringColumn.create("published"),
                StringColumn.create("outlet"), StringColumn.create("language"), IntColumn.create("words"),
                StringColumn.create("text"));
        for (Document d : corpus) {
            table.stringColumn("id").append(d.id());
            table.stringColumn("url").append(d.meta("url").orElse(""));
            table.stringColumn("title").append(d.title().orElse(""));
            table.stringColumn("authors").append(d.meta("authors").orElse(""));
            table.stringColumn("published").append(d.meta("published").or(() -> d.meta("date")).orElse(""));
            table.stringColumn("outlet").append(d.outlet().orElse(""));
            table.stringColumn("language").append(d.meta("language").orElse(""));
            table.intColumn("words").append(d.wordCount());
            table.stringColumn("text").append(body(d));
        }
        TableWriter.write(table, output, spec.commandLine().getOut());
        return 0;
    }

    /** The text after the title line, if the document has one. */
    private static String body(Document d) {
        Optional<Span> title = d.layout().title();
        return title.map(t -> d.raw().substring(t.end()).strip()).orElse(d.raw().strip());
    }
}
