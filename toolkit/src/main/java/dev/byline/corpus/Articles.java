package dev.byline.corpus;

import dev.byline.text.Document;
import dev.byline.text.Span;
import java.util.Optional;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What was read from each article, as {@code byline extract} shows it: one row per document with {@code id, url,
 * title, authors, published, outlet, language, words, text}, where {@code text} is the body (the raw text after
 * the title line) and {@code published} the page's publication time, or the date when only a date is known.
 *
 * <pre>{@code
 * Articles.table(Corpus.load("saved-pages")).selectColumns("id", "title", "authors", "published");
 * }</pre>
 */
public final class Articles {
    private Articles() {
    }

    /** A new table, one row per document in iteration order. */
    public static Table table(Iterable<Document> documents) {
        Table table = Table.create("articles", StringColumn.create("id"), StringColumn.create("url"),
                StringColumn.create("title"), StringColumn.create("authors"), StringColumn.create("published"),
                StringColumn.create("outlet"), StringColumn.create("language"), IntColumn.create("words"),
                StringColumn.create("text"));
        for (Document d : documents) {
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
        return table;
    }

    /** The text after the title line, if the document has one. */
    static String body(Document d) {
        Optional<Span> title = d.layout().title();
        return title.map(t -> d.raw().substring(t.end()).strip()).orElse(d.raw().strip());
    }
}
