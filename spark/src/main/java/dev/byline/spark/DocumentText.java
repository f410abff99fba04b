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
 */
public record DocumentText(String id, String file, String text, Map<String, String> metadata, TextFormat format)
        implements Serializable {
    public DocumentText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        metadata = new LinkedHashMap<>(metadata);   // serializable, whatever map was given
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
        return new DocumentText(document.id(), file, document.raw(), document.metadata(), document.format());
    }

    /** This text with {@code extra} metadata laid over its own (blank values ignored, as the toolkit's sidecar join). */
    public DocumentText withMetadata(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(metadata);
        extra.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                merged.put(k, v);
            }
        });
        return new DocumentText(id, file, text, merged, format);
    }

    /** The toolkit's document for this text. */
    public Document toDocument() {
        return Document.of(id, text, metadata, format);
    }
}
