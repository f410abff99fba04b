package dev.byline.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The readers of every format Byline loads, by file extension: the one place that says which files are
 * documents and how each is read.
 *
 * <pre>{@code
 * DocumentReaders.supports("notes.md");                       // true
 * FileReading read = DocumentReaders.read(SourceFile.local(path, "notes"), LoadOptions.defaults());
 * }</pre>
 */
public final class DocumentReaders {
    /** In the order the formats are named to users. */
    private static final List<DocumentReader> READERS = List.of(new PlainTextReader(), new JsonLinesReader(),
            new JsonReader(), new CsvReader(), new WebFormats());
    /** The extensions named to users when a file is not one of them. */
    private static final List<String> NAMED = List.of("txt", "md", "jsonl", "json", "csv", "html", "htm", "html.gz",
            "rss", "atom", "xml", "warc", "warc.gz");
    private static final Map<String, DocumentReader> BY_EXTENSION = new HashMap<>();

    static {
        for (DocumentReader reader : READERS) {
            reader.extensions().forEach(ext -> BY_EXTENSION.put(ext, reader));
        }
    }

    private DocumentReaders() {
    }

    /** The reader of a file named {@code fileName}, by its extension (any case). */
    public static Optional<DocumentReader> forFile(String fileName) {
        return Optional.ofNullable(BY_EXTENSION.get(extension(fileName)));
    }

    /** True if some reader reads files named like {@code fileName}. */
    public static boolean supports(String fileName) {
        return BY_EXTENSION.containsKey(extension(fileName));
    }

    /**
     * True if a file of this name holds exactly one document, whose id is the file's: its documents' ids are
     * known without reading it.
     */
    public static boolean oneDocumentPerFile(String fileName) {
        return forFile(fileName).map(DocumentReader::oneDocumentPerFile).orElse(false);
    }

    /** The extensions named to users ({@code txt, md, jsonl, json, csv, html, …}); each reader may read a few more. */
    public static List<String> extensions() {
        return new ArrayList<>(NAMED);
    }

    /**
     * The documents and problems of {@code file}, read by the reader of its extension.
     *
     * @throws IllegalArgumentException if no reader reads such files (ask {@link #supports} first)
     */
    public static FileReading read(SourceFile file, LoadOptions options) {
        return forFile(file.name())
                .orElseThrow(() -> new IllegalArgumentException("no reader for " + file.path()))
                .read(file, options);
    }

    /**
     * The documents and problems of {@code file} as {@link #read} finds them, each handed to {@code out} as soon as
     * it is read: a web archive streams record by record; other formats are read whole first.
     */
    public static void stream(SourceFile file, LoadOptions options, java.util.function.Consumer<FileReading.Entry> out) {
        DocumentReader reader = forFile(file.name())
                .orElseThrow(() -> new IllegalArgumentException("no reader for " + file.path()));
        if (reader instanceof WebFormats) {
            WebFormats.stream(file, out);
        } else {
            reader.read(file, options).entries().forEach(out);
        }
    }

    /** True if {@code fileName} is a feed (RSS or Atom), whose items are joined to pages read from other files. */
    public static boolean isFeed(String fileName) {
        return WebFormats.kindOf(java.nio.file.Path.of(fileName)).orElse(null) == WebFormats.Kind.FEED;
    }

    /**
     * The document id of a file from its path below the folder given ({@code /}-separated): the path without its
     * extension, and a gzipped web file's without both ({@code 2026/story.html.gz}: {@code 2026/story};
     * {@code crawl.warc.gz}: {@code crawl}). A name that is all extension ({@code .profile}) stays whole.
     */
    public static String idOf(String relativePath) {
        String rel = relativePath;
        String lower = rel.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz") && lower.lastIndexOf('.', lower.length() - 4) > lower.lastIndexOf('/') + 1) {
            rel = rel.substring(0, rel.length() - 3);
        }
        int dot = rel.lastIndexOf('.');
        return dot > rel.lastIndexOf('/') + 1 ? rel.substring(0, dot) : rel;
    }

    /**
     * The extension of a file name, lower case, without the dot ("" if none); a gzipped file's is two parts
     * ({@code story.html.gz}: {@code html.gz}), so that the reader of the inner format reads it.
     */
    static String extension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        if (name.endsWith(".gz")) {
            int inner = name.lastIndexOf('.', dot - 1);
            int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
            if (inner > slash + 1) {
                return name.substring(inner + 1);
            }
        }
        return name.substring(dot + 1);
    }
}
