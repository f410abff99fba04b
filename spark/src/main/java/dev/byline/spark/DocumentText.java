package dev.byline.spark;

import dev.byline.text.Document;
import dev.byline.text.TextFormat;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One input document as it travels between Spark tasks: its id, the file it came from and its text.
 * The toolkit's {@link Document} (with its views) is rebuilt from this where the work is done, so
 * only plain strings cross the network.
 *
 * <pre>{@code
 * DocumentText t = new DocumentText("000_ap", "corpus/000_ap.txt", raw, Map.of("outlet", "AP"));
 * Document d = t.toDocument();     // tokens, sentences and paragraphs, exactly as the toolkit sees them
 * }</pre>
 *
 * @param id       the document id (path relative to the root given, without extension; or the id field)
 * @param file     the file it was read from, for messages
 * @param text     the raw text
 * @param metadata fields from the {@code corpus.csv} sidecar or the record (outlet, date, ...)
 * @param format   how the text is written (a Markdown file's first {@code # heading} is its title)
 * @param recordTitle the title field of the record the text was read from, before any sidecar, or ""
 *                 ({@link Document#recordTitle()}: the headline the analyses read when the text has no title line)
 */
public record DocumentText(String id, String file, String text, Map<String, String> metadata, TextFormat format,
                           String recordTitle) implements Serializable {
    public DocumentText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(recordTitle, "recordTitle");
        metadata = new LinkedHashMap<>(metadata);   // serializable, whatever map was given
    }

    /** A text with metadata, in a format, whose record's title is its metadata's. */
    public DocumentText(String id, String file, String text, Map<String, String> metadata, TextFormat format) {
        this(id, file, text, metadata, format, metadata.getOrDefault("title", ""));
    }

    /** A plain text with metadata. */
    public DocumentText(String id, String file, String text, Map<String, String> metadata) {
        this(id, file, text, metadata, TextFormat.PLAIN);
    }

    /** A plain text with no metadata. */
    public DocumentText(String id, String file, String text) {
        this(id, file, text, Map.of());
    }

    /** What travels of a document the toolkit read from {@code file}. */
    public static DocumentText of(Document document, String file) {
        return new DocumentText(document.id(), file, document.raw(), document.metadata(), document.format(),
                document.recordTitle().orElse(""));
    }

    /** This text with {@code extra} metadata laid over its own (blank values ignored, as the toolkit's sidecar join). */
    public DocumentText withMetadata(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(metadata);
        extra.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                merged.put(k, v);
            }
        });
        return new DocumentText(id, file, text, merged, format, recordTitle);
    }

    /** The toolkit's document for this text. */
    public Document toDocument() {
        // the record's own title first, then the sidecar's laid over it, as the toolkit joins them: a title given
        // only beside the text labels the document but is not read as its headline
        Map<String, String> own = new LinkedHashMap<>(metadata);
        if (recordTitle.isBlank()) {
            own.remove("title");
        } else {
            own.put("title", recordTitle);
        }
        Document d = Document.of(id, text, own, format);
        String shown = metadata.get("title");
        return shown == null || shown.equals(own.get("title")) ? d : d.withMetadata(Map.of("title", shown));
    }
}
