package dev.byline.spark;

import dev.byline.corpus.Document;
import java.io.Serializable;
import java.util.Objects;

/**
 * One input document as it travels between Spark tasks: its id, the file it came from and its text.
 * The toolkit's {@link Document} (with its views) is rebuilt from this where the work is done, so
 * only plain strings cross the network.
 *
 * <pre>{@code
 * DocumentText t = new DocumentText("000_ap", "corpus/000_ap.txt", raw);
 * Document d = t.toDocument();     // tokens, sentences and paragraphs, exactly as the toolkit sees them
 * }</pre>
 *
 * @param id   the document id (path relative to the root given, without extension; or the id field)
 * @param file the file it was read from, for messages
 * @param text the raw text
 */
public record DocumentText(String id, String file, String text) implements Serializable {
    public DocumentText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }

    /** The toolkit's document for this text. */
    public Document toDocument() {
        return Document.of(id, text);
    }
}
