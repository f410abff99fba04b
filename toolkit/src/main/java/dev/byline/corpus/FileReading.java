package dev.byline.corpus;

import dev.byline.text.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link DocumentReader} found in one file: its documents and its problems, in the order met (a
 * record-per-line file may hold good and bad records in any order, and loading reports them in that order).
 *
 * <pre>{@code
 * for (FileReading.Entry entry : DocumentReaders.read(file, options).entries()) {
 *     switch (entry) {
 *         case FileReading.Read read -> use(read.document());
 *         case FileReading.Failed failed -> report(failed.problem());
 *     }
 * }
 * }</pre>
 *
 * @param entries the documents and problems, in file order
 */
public record FileReading(List<Entry> entries) {
    /** One thing found in a file: a document, or a problem. */
    public sealed interface Entry permits Read, Failed {
    }

    /**
     * A document read (without sidecar metadata), and where in its file it was ({@code "line 3"} for a record of
     * a JSON Lines or CSV file; empty for a file of one document), so a problem with it can be placed.
     */
    public record Read(Document document, String where) implements Entry {
        public Read {
            where = where == null ? "" : where;
        }

        /** A document that is its whole file. */
        public Read(Document document) {
            this(document, "");
        }
    }

    /** A problem: the file, or one of its records, could not be read. */
    public record Failed(LoadProblem problem) implements Entry {
    }

    public FileReading {
        entries = List.copyOf(entries);
    }

    /** A file that could not be read at all. */
    public static FileReading failed(Path file, String message) {
        return new FileReading(List.of(new Failed(new LoadProblem(file, message))));
    }

    /** A file holding one document. */
    public static FileReading of(Document document) {
        return new FileReading(List.of(new Read(document)));
    }

    /** The documents, in file order. */
    public List<Document> documents() {
        List<Document> out = new ArrayList<>();
        for (Entry e : entries) {
            switch (e) {
                case Read read -> out.add(read.document());
                case Failed failed -> { }
            }
        }
        return out;
    }

    /** The problems, in file order. */
    public List<LoadProblem> problems() {
        List<LoadProblem> out = new ArrayList<>();
        for (Entry e : entries) {
            switch (e) {
                case Read read -> { }
                case Failed failed -> out.add(failed.problem());
            }
        }
        return out;
    }

    /** Gathers a file's entries as a reader meets them. */
    static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        void document(Document document) {
            entries.add(new Read(document));
        }

        void document(Document document, String where) {
            entries.add(new Read(document, where));
        }

        void problem(Path file, String message) {
            entries.add(new Failed(new LoadProblem(file, message)));
        }

        FileReading build() {
            return new FileReading(entries);
        }
    }
}
