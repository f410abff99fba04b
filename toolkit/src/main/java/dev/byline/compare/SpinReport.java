package dev.byline.compare;

import dev.byline.text.Document;
import java.util.List;

/**
 * The spin verdict for one document.
 *
 * @param document         the document
 * @param score            0 (reads like ordinary news) to 1 (spun), see {@link SpinDetector}
 * @param flagged          score at or above {@link SpinDetector#FLAG_SCORE}
 * @param phrases          the flagged phrases, in text order
 * @param words            body words
 * @param substitutions    lexicon and pattern hits
 * @param attributions     speech verbs in attribution position
 * @param oddAttributions  of those, verbs spinners put for "said"/"told"
 */
public record SpinReport(Document document, double score, boolean flagged, List<SpinPhrase> phrases, int words,
        int substitutions, int attributions, int oddAttributions) {
}
