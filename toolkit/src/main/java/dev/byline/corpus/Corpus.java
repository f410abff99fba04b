package dev.byline.corpus;

import dev.byline.BylineException;
import dev.byline.text.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/**
 * A set of documents, ordered by id, and the problems met while loading them.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.load(Path.of("corpus"));
 * Table docs = corpus.documents();            // one row per document
 * docs.sortDescendingOn("words").first(3);
 * corpus.problems();                          // files that could not be read, and why
 * // too large to hold? the same table from DocumentStream.of(options, paths).documents()
 * }</pre>
 */
public final class Corpus implements Iterable<Document> {
    private final List<Document> documents;
    private final Map<String, Document> byId;
    private final List<LoadProblem> problems;

    Corpus(List<Document> documents, List<LoadProblem> problems) {
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Document::id));
        this.documents = List.copyOf(sorted);
        Map<String, Document> index = new LinkedHashMap<>();
        for (Document d : this.documents) {
            if (index.put(d.id(), d) != null) {
                throw new BylineException("duplicate document id '" + d.id() + "'");
            }
        }
        this.byId = index;
        this.problems = List.copyOf(problems);
    }

    /**
     * Loads directories (recursively, following symbolic links) and files: {@code .txt}, {@code .md},
     * {@code .jsonl}, {@code .json}, {@code .csv}. A {@code corpus.csv} beside the texts supplies metadata, joined on
     * id. A document's id is its path under the directory named, links included, without the extension.
     *
     * @throws BylineException if a path does not exist, if nothing could be loaded, or (in strict
     *                         mode) on the first problem
     */
    public static Corpus load(Path... paths) {
        return load(LoadOptions.defaults(), paths);
    }

    /** Loads with explicit options (text field, id field, strictness). */
    public static Corpus load(LoadOptions options, Path... paths) {
        return new CorpusLoader(options).load(paths);
    }

    /** Loads with explicit options, telling {@code progress} after each file is read. */
    public static Corpus load(LoadOptions options, LoadProgress progress, Path... paths) {
        return new CorpusLoader(options, progress).load(paths);
    }

    /** Loads from path strings, for notebooks: {@code Corpus.load("corpus")}. */
    public static Corpus load(String... paths) {
        return load(Arrays.stream(paths).map(Path::of).toArray(Path[]::new));
    }

    /** A corpus of documents made in memory. */
    public static Corpus of(Document... documents) {
        return new Corpus(List.of(documents), List.of());
    }

    /** A corpus of documents made in memory. */
    public static Corpus of(List<Document> documents) {
        return new Corpus(documents, List.of());
    }

    /** The documents, ordered by id. */
    public List<Document> list() {
        return documents;
    }

    /** The documents as a stream, ordered by id. */
    public Stream<Document> stream() {
        return documents.stream();
    }

    @Override
    public Iterator<Document> iterator() {
        return documents.iterator();
    }

    /** Number of documents. */
    public int size() {
        return documents.size();
    }

    /** The document with this id. */
    public Optional<Document> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The document with this id.
     *
     * @throws BylineException naming the ids there are, if there is none
     */
    public Document get(String id) {
        Document d = byId.get(id);
        if (d == null) {
            throw new BylineException("no document '" + id + "' in this corpus (ids: "
                    + String.join(", ", byId.keySet().stream().limit(10).toList())
                    + (byId.size() > 10 ? ", …" : "") + ")");
        }
        return d;
    }

    /** A corpus of the documents whose ids are given, in id order. */
    public Corpus select(String... ids) {
        return new Corpus(Arrays.stream(ids).map(this::get).toList(), List.of());
    }

    /** Files and records that could not be loaded, and why. */
    public List<LoadProblem> problems() {
        return problems;
    }

    /**
     * One row per document: id, outlet, date, dateline, title, paragraphs, sentences, words, chars,
     * boilerplate_lines, path, then url, language, notes (always) and any other metadata fields, alphabetically.
     * Counts are of body text (no title, dateline or boilerplate); chars is the raw text length.
     */
    public Table documents() {
        return DocumentRows.documents(documents.stream().map(DocumentRows.Row::of).toList());
    }

    /** One row per boilerplate line: doc, line, start, end, reason, text. */
    public Table boilerplate() {
        return DocumentRows.boilerplate(documents.stream().flatMap(d -> DocumentRows.Line.of(d).stream()).toList());
    }

    @Override
    public String toString() {
        return "Corpus[" + documents.size() + " documents]";
    }
}
