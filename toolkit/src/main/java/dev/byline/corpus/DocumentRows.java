package dev.byline.corpus;

import dev.byline.text.BoilerplateLine;
import dev.byline.text.Dateline;
import dev.byline.text.Document;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The rows of {@link Corpus#documents()} and {@link Corpus#boilerplate()}, made one document at a time and
 * holding no text but what the tables show, so that {@link DocumentStream} builds the same tables as a
 * loaded corpus without keeping the documents.
 */
final class DocumentRows {
    private static final List<String> ALWAYS = List.of("url", "language", "notes");
    private static final List<String> FIXED = List.of("id", "outlet", "date", "title", "dateline", "paragraphs",
            "sentences", "words", "chars", "boilerplate_lines", "path");

    private DocumentRows() {
    }

    /** One document's row of {@link Corpus#documents()}; {@code metadata} holds the fields shown as extra columns. */
    record Row(String id, String outlet, LocalDate date, String dateline, String title, int paragraphs,
               int sentences, int words, int chars, int boilerplateLines, String path, Map<String, String> metadata) {
        static Row of(Document d) {
            return new Row(d.id(), d.outlet().orElse(""), d.date().orElse(null),
                    d.layout().dateline().map(Dateline::place).orElse(""), d.title().orElse(""),
                    d.paragraphs().size(), d.sentences().size(), d.wordCount(), d.raw().length(),
                    d.layout().boilerplate().size(), d.path().map(Path::toString).orElse(""), extra(d.metadata()));
        }

        /** The fields beyond the fixed columns, compactly: a missing value is shown as "" anyway (Document.meta). */
        private static Map<String, String> extra(Map<String, String> metadata) {
            Map<String, String> kept = new HashMap<>();
            metadata.forEach((k, v) -> {
                if (!FIXED.contains(k)) {
                    kept.put(k, v == null || v.isBlank() ? "" : v);
                }
            });
            return Map.copyOf(kept);
        }
    }

    /** One row of {@link Corpus#boilerplate()}, its text copied out of the document. */
    record Line(String doc, int line, int start, int end, String reason, String text) {
        static List<Line> of(Document d) {
            List<Line> out = new ArrayList<>();
            for (BoilerplateLine b : d.layout().boilerplate()) {
                out.add(new Line(d.id(), b.line(), b.span().start(), b.span().end(), b.reason().label(), b.span().text()));
            }
            return out;
        }
    }

    /** The documents table of these rows, ordered by id (the order of a {@link Corpus}). */
    static Table documents(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::id));
        StringColumn id = StringColumn.create("id");
        StringColumn outlet = StringColumn.create("outlet");
        DateColumn date = DateColumn.create("date");
        StringColumn dateline = StringColumn.create("dateline");
        StringColumn title = StringColumn.create("title");
        IntColumn paragraphs = IntColumn.create("paragraphs");
        IntColumn sentences = IntColumn.create("sentences");
        IntColumn words = IntColumn.create("words");
        IntColumn chars = IntColumn.create("chars");
        IntColumn boilerplate = IntColumn.create("boilerplate_lines");
        StringColumn path = StringColumn.create("path");
        List<String> extra = metadataFields(sorted);
        List<StringColumn> extraColumns = extra.stream().map(StringColumn::create).toList();
        for (Row r : sorted) {
            id.append(r.id());
            outlet.append(r.outlet());
            if (r.date() == null) {
                date.appendMissing();
            } else {
                date.append(r.date());
            }
            dateline.append(r.dateline());
            title.append(r.title());
            paragraphs.append(r.paragraphs());
            sentences.append(r.sentences());
            words.append(r.words());
            chars.append(r.chars());
            boilerplate.append(r.boilerplateLines());
            path.append(r.path());
            for (int k = 0; k < extra.size(); k++) {
                extraColumns.get(k).append(r.metadata().getOrDefault(extra.get(k), ""));
            }
        }
        Table t = Table.create("documents", id, outlet, date, dateline, title, paragraphs, sentences, words, chars,
                boilerplate, path);
        extraColumns.forEach(t::addColumns);
        return t;
    }

    /** The boilerplate table of these lines, ordered by document id, then as found. */
    static Table boilerplate(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(Line::doc));   // stable: a document's lines keep their order
        StringColumn doc = StringColumn.create("doc");
        IntColumn line = IntColumn.create("line");
        IntColumn start = IntColumn.create("start");
        IntColumn end = IntColumn.create("end");
        StringColumn reason = StringColumn.create("reason");
        StringColumn text = StringColumn.create("text");
        for (Line b : sorted) {
            doc.append(b.doc());
            line.append(b.line());
            start.append(b.start());
            end.append(b.end());
            reason.append(b.reason());
            text.append(b.text());
        }
        return Table.create("boilerplate", doc, line, start, end, reason, text);
    }

    /** Metadata fields beyond outlet, date and title: url, language, notes, then the rest alphabetically. */
    private static List<String> metadataFields(List<Row> rows) {
        TreeSet<String> others = new TreeSet<>();
        for (Row r : rows) {
            others.addAll(r.metadata().keySet());
        }
        List<String> ordered = new ArrayList<>();
        for (String known : ALWAYS) {
            others.remove(known);
            ordered.add(known);   // always present, so the table's shape does not depend on the data
        }
        others.removeAll(FIXED);
        ordered.addAll(others);
        return ordered;
    }
}
