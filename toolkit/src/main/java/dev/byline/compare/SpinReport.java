package dev.byline.compare;

import dev.byline.text.Document;
import java.util.List;

/**
 * The spin verdict for one document.
 *
 * @param document  the document
 * @param score     0 (reads like ordinary news) to 1 (spun), see {@link SpinDetector}
 * @param flagged   whether the document reads as spun
 * @param phrases   the flagged phrases, in text order (empty unless the document is flagged)
 * @param words     words read
 * @param oddWords  words at least five times as likely put there by a spinner as by a writer ({@link SpinEvidence}), flagged document or not
 */
public record SpinReport(Document document, double score, boolean flagged, List<SpinPhrase> phrases, int words, int oddWords) {
}
