package dev.byline.terms;

import dev.byline.text.Parts;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import smile.nlp.dictionary.EnglishStopWords;

/**
 * How text becomes terms. Immutable; the {@code with…} methods return changed copies.
 *
 * <pre>{@code
 * TermOptions o = TermOptions.defaults()
 *         .withNgrams(1, 2)                       // words and word pairs
 *         .withStemming(Stemming.PORTER)
 *         .withExtraStopWords(Set.of("said"))
 *         .withParts(Parts.BODY);                 // leave the headline out (--no-title)
 * }</pre>
 *
 * <p>Only word tokens become terms by default: punctuation, quotation marks, dashes, symbols, links
 * and numbers are dropped, and a possessive {@code ’s} (the text model splits {@code Estonia’s}
 * into {@code Estonia} + {@code ’s}) is never a term, so "Estonia’s" counts toward "estonia".
 * Curly apostrophes are made straight ({@code they’ll} → {@code they'll}).
 * N-grams are built from the terms kept in one sentence, in order (as scikit-learn builds them after
 * removing stop words), and never cross a sentence boundary.
 *
 * @param caseMode      lower-casing; {@link CaseMode#FOLD} by default
 * @param stopWords     Smile's English stop-word list to drop, or null to keep stop words; {@code DEFAULT} by default
 * @param extraStopWords more words to drop (compared lower-cased), whatever {@code stopWords} is
 * @param stemming      stemmer; {@link Stemming#NONE} by default
 * @param minLength     shortest word kept, in characters (before stemming); 1 by default
 * @param keepNumbers   count number tokens (300, 2.8) as terms; false by default
 * @param keepPunctuation count punctuation, quotation marks, dashes, symbols and links as terms; false by default
 * @param minN          smallest n-gram size; 1 by default
 * @param maxN          largest n-gram size; 1 by default
 * @param parts         the headline and the body ({@link Parts#TITLE_AND_BODY}, the default), or the body alone;
 *                      the headline is read as text of its own, so no n-gram spans it and the body
 */
public record TermOptions(CaseMode caseMode, EnglishStopWords stopWords, Set<String> extraStopWords, Stemming stemming,
                          int minLength, boolean keepNumbers, boolean keepPunctuation, int minN, int maxN, Parts parts) {
    public TermOptions {
        Objects.requireNonNull(caseMode, "caseMode");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(stemming, "stemming");
        TreeSet<String> lower = new TreeSet<>();
        for (String w : Objects.requireNonNull(extraStopWords, "extraStopWords")) {
            lower.add(w.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
        }
        extraStopWords = Set.copyOf(lower);
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength must be at least 1, not " + minLength);
        }
        if (minN < 1 || maxN < minN) {
            throw new IllegalArgumentException("n-gram sizes must satisfy 1 <= minN <= maxN, not " + minN + ".." + maxN);
        }
    }

    /** Lower-cased words only, Smile's default English stop words dropped, no stemming, single words. */
    public static TermOptions defaults() {
        return new TermOptions(CaseMode.FOLD, EnglishStopWords.DEFAULT, Set.of(), Stemming.NONE, 1, false, false, 1, 1,
                Parts.TITLE_AND_BODY);
    }

    /** These options with another case mode. */
    public TermOptions withCase(CaseMode mode) {
        return new TermOptions(mode, stopWords, extraStopWords, stemming, minLength, keepNumbers, keepPunctuation, minN, maxN, parts);
    }

    /** These options with a Smile stop-word list ({@code DEFAULT}, {@code COMPREHENSIVE}, {@code GOOGLE}, {@code MYSQL}). */
    public TermOptions withStopWords(EnglishStopWords list) {
        return new TermOptions(caseMode, list, extraStopWords, stemming, minLength, keepNumbers, keepPunctuation, minN, maxN, parts);
    }

    /** These options keeping every stop word of Smile's lists (the extra list still applies). */
    public TermOptions keepingStopWords() {
        return withStopWords(null);
    }

    /** These options with extra stop words of the user's. */
    public TermOptions withExtraStopWords(Set<String> words) {
        return new TermOptions(caseMode, stopWords, words, stemming, minLength, keepNumbers, keepPunctuation, minN, maxN, parts);
    }

    /** These options with a stemmer. */
    public TermOptions withStemming(Stemming s) {
        return new TermOptions(caseMode, stopWords, extraStopWords, s, minLength, keepNumbers, keepPunctuation, minN, maxN, parts);
    }

    /** These options with a minimum word length. */
    public TermOptions withMinLength(int n) {
        return new TermOptions(caseMode, stopWords, extraStopWords, stemming, n, keepNumbers, keepPunctuation, minN, maxN, parts);
    }

    /** These options counting numbers as terms, or not. */
    public TermOptions withNumbers(boolean keep) {
        return new TermOptions(caseMode, stopWords, extraStopWords, stemming, minLength, keep, keepPunctuation, minN, maxN, parts);
    }

    /** These options counting punctuation and symbols as terms, or not. */
    public TermOptions withPunctuation(boolean keep) {
        return new TermOptions(caseMode, stopWords, extraStopWords, stemming, minLength, keepNumbers, keep, minN, maxN, parts);
    }

    /** These options counting n-grams of {@code min..max} terms. */
    public TermOptions withNgrams(int min, int max) {
        return new TermOptions(caseMode, stopWords, extraStopWords, stemming, minLength, keepNumbers, keepPunctuation, min, max, parts);
    }

    /** These options reading the headline and the body ({@link Parts#TITLE_AND_BODY}) or the body alone ({@link Parts#BODY}). */
    public TermOptions withParts(Parts p) {
        return new TermOptions(caseMode, stopWords, extraStopWords, stemming, minLength, keepNumbers, keepPunctuation, minN, maxN, p);
    }

    /** True if {@code lower} (lower-cased, straight apostrophes) is dropped as a stop word. */
    boolean isStopWord(String lower) {
        return (stopWords != null && stopWords.contains(lower)) || extraStopWords.contains(lower);
    }
}
