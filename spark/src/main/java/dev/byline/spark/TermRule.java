package dev.byline.spark;

import dev.byline.text.Document;
import java.io.Serializable;
import java.util.Map;

/**
 * How one document becomes term counts. Jobs call it inside Spark tasks, so it must be
 * serializable and must give the same counts as the single-machine toolkit for the same document.
 */
public interface TermRule extends Serializable {
    /** The document's terms and how often each occurs in it. */
    Map<String, Long> count(Document document);
}
