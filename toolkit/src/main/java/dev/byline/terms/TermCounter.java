package dev.byline.terms;

import dev.byline.text.Document;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts one document's terms (n-grams included) at a time. Not thread-safe: one per thread.
 * Keeps nothing of a document once its counts are returned, so a corpus can be streamed through.
 */
final class TermCounter {
    /** A mutable count, to spare a boxed Integer per increment. */
    static final class Count {
        int value;
    }

    private final TermOptions options;
    private final TermExtractor extractor;
    /** For single words without proper-noun detection: the same counts, a few times faster. */
    private final UnigramScanner scanner;

    TermCounter(TermOptions options, CaseProfile profile) {
        this.options = options;
        this.extractor = new TermExtractor(options, profile);
        this.scanner = UnigramScanner.handles(options) ? new UnigramScanner(options) : null;
    }

    /** The document's term counts (its headline's too when the options read it), in no particular order. */
    Map<String, Count> count(Document document) {
        return scanner != null ? scanner.countsOf(document) : countByTokens(document);
    }

    /** True if {@link #count(byte[], int[], int)} can be used: single words without proper-noun detection. */
    boolean countsBodies() {
        return scanner != null;
    }

    /** The term counts of a plain-text body given as UTF-8 bytes and paragraph ranges; needs {@link #countsBodies()}. */
    Map<String, Count> count(byte[] utf8, int[] paragraphs, int count) {
        return scanner.countsOf(utf8, paragraphs, count);
    }

    /** The counts from the document's sentences and tokens: the definition the scanner must agree with. */
    Map<String, Count> countByTokens(Document document) {
        Map<String, Count> counts = new HashMap<>();
        extractor.sentences(document, (sentence, terms, tokenIndex, n) ->
                TermExtractor.ngrams(terms, n, options.minN(), options.maxN(),
                        term -> counts.computeIfAbsent(term, k -> new Count()).value++));
        return counts;
    }

    /** Number of words in an n-gram (terms never contain spaces, so spaces separate its words). */
    static int sizeOf(String term) {
        int n = 1;
        for (int k = 0; k < term.length(); k++) {
            if (term.charAt(k) == ' ') {
                n++;
            }
        }
        return n;
    }
}
