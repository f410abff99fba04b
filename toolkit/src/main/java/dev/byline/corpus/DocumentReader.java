package dev.byline.corpus;

import java.util.Set;

/**
 * Reads one file format into documents. Every loader (Corpus.load, DocumentStream, the Spark jobs) finds the
 * reader of a file through {@link DocumentReaders}, so a folder reads the same everywhere: the same
 * documents, ids and problems.
 *
 * <pre>{@code
 * DocumentReader csv = DocumentReaders.forFile("feed.csv").orElseThrow();
 * FileReading read = csv.read(SourceFile.local(Path.of("feed.csv"), "feed"), LoadOptions.defaults());
 * }</pre>
 *
 * <p>A reader never throws for bad input: what it cannot read is a problem in its {@link FileReading}, named
 * with the file (and the line or record). It may be called from any thread.
 */
public interface DocumentReader {
    /** The file extensions it reads, lower case, without the dot. */
    Set<String> extensions();

    /** True if each file holds exactly one document, with the file's id (so ids are known before reading). */
    default boolean oneDocumentPerFile() {
        return false;
    }

    /** The documents and problems of {@code file}; the documents carry the file's own metadata, not the sidecar's. */
    FileReading read(SourceFile file, LoadOptions options);
}
