package dev.byline.compare;

import java.util.HashMap;
import java.util.Map;
import smile.nlp.stemmer.PorterStemmer;

/**
 * A token's normal form to its content stem ({@link Words#contentStem}), remembered: a news archive repeats a
 * few hundred thousand word forms, so folding, the stop-word look-up and Porter's stemmer run once per form
 * instead of once per token. One per thread (the stemmer has state); it starts afresh past
 * {@value #LIMIT} forms, so memory stays flat however many names and numbers a corpus has.
 */
final class StemCache {
    static final int LIMIT = 200_000;
    /** The value of a form that is no content word (a stop word, a single letter, nothing left after folding). */
    private static final String NONE = "";

    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, String> stems = new HashMap<>();

    /** The content stem of a token whose normal form is {@code norm}, or null if it is no content word. */
    String of(String norm) {
        String stem = stems.get(norm);
        if (stem == null) {
            if (stems.size() >= LIMIT) {
                stems.clear();
            }
            String fold = Words.fold(norm);
            String found = fold.isEmpty() ? null : Words.contentStem(fold, stemmer);
            stem = found == null ? NONE : found;
            stems.put(norm, stem);
        }
        return stem.isEmpty() ? null : stem;
    }
}
