package dev.byline.terms;

import dev.byline.BylineException;
import dev.byline.text.Document;
import dev.byline.text.Parts;
import dev.byline.text.Token;
import dev.byline.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import smile.nlp.stemmer.Stemmer;

/**
 * A word or phrase the user asked for, made into terms the way {@link TermExtractor} makes the text into terms:
 * split by the tokenizer, a possessive {@code ’s} and punctuation dropped (unless punctuation is kept), case
 * folded, stemmed as the options stem. A word the options drop (a stop word, a word shorter than the minimum
 * length, a number when numbers are not counted) is refused with a message saying how to count it, as no text
 * could ever match it.
 *
 * <p>A term of the text matches word {@code k} when, lower-cased, it is the word's normal form or its stem: the
 * text's term is the stem for a common word, and the unstemmed form for a proper noun kept by
 * {@link CaseMode#KEEP_PROPER_NOUNS}.
 *
 * @param query the query as given
 * @param lower each word's normal form (lower-cased, apostrophes straight)
 * @param stem  each word's stem ({@code lower} when there is no stemming, or for numbers and punctuation)
 */
record QueryTerms(String query, List<String> lower, List<String> stem) {
    /** @throws BylineException if the query has no term, or a word of it is dropped by {@code options} */
    static QueryTerms of(String query, TermOptions options) {
        List<Token> tokens = Tokenizer.tokenize(Document.of("query", query), 0, query.length());
        Stemmer stemmer = options.stemming().newStemmer();
        List<String> lower = new ArrayList<>();
        List<String> stem = new ArrayList<>();
        for (Token t : tokens) {
            String norm = t.norm();
            switch (t.kind()) {
                case WORD -> {
                    refuseDropped(query, norm, options);
                    lower.add(norm);
                    stem.add(stemmer == null ? norm : stemmer.stem(norm));
                }
                case NUMBER -> {
                    if (!options.keepNumbers()) {
                        throw new BylineException(quoted(norm) + " is a number, and numbers are not counted: add --numbers"
                                + " (TermOptions.withNumbers(true)) to count them");
                    }
                    lower.add(norm);
                    stem.add(norm);
                }
                case CLITIC -> {
                    // the ’s of Putin’s: never a term of the text either
                }
                default -> {
                    if (options.keepPunctuation()) {
                        lower.add(norm);
                        stem.add(norm);
                    }
                }
            }
        }
        if (lower.isEmpty()) {
            throw new BylineException("'" + query.strip() + "' has no word to look for");
        }
        return new QueryTerms(query, List.copyOf(lower), List.copyOf(stem));
    }

    private static void refuseDropped(String query, String norm, TermOptions options) {
        if (norm.codePointCount(0, norm.length()) < options.minLength()) {
            throw new BylineException(quoted(norm) + inPhrase(query, norm) + " is shorter than the minimum word length of "
                    + options.minLength() + ", so it is never counted: lower --min-length to count it");
        }
        if (options.stopWords() != null && options.stopWords().contains(norm)) {
            throw new BylineException(quoted(norm) + inPhrase(query, norm) + " is a stop word, so it is never counted: add"
                    + " --keep-stopwords (TermOptions.keepingStopWords()) to count it");
        }
        if (options.isStopWord(norm)) {
            throw new BylineException(quoted(norm) + inPhrase(query, norm)
                    + " is on the extra stop-word list, so it is never counted: take it off the list to count it");
        }
    }

    private static String quoted(String word) {
        return "\"" + word + "\"";
    }

    private static String inPhrase(String query, String word) {
        String q = query.strip();
        return q.toLowerCase(Locale.ROOT).equals(word) ? "" : " (in \"" + q + "\")";
    }

    /** Number of terms: 1 for a word, more for a phrase. */
    int size() {
        return lower.size();
    }

    /** True if the text's term {@code term} (any case) matches word {@code k} of the query. */
    boolean matches(int k, String term) {
        return matchesLowered(k, term.toLowerCase(Locale.ROOT));
    }

    /** {@link #matches} of a term already lower-cased. */
    boolean matchesLowered(int k, String lowered) {
        return lowered.equals(stem.get(k)) || lowered.equals(lower.get(k));
    }

    /** True if the {@link #size()} terms from {@code terms[i]} match the query's words in order. */
    boolean matchesAt(String[] terms, int i) {
        for (int k = 0; k < lower.size(); k++) {
            if (!matches(k, terms[i + k])) {
                return false;
            }
        }
        return true;
    }

    /** The query as a term, as a table shows it: its words' stems, space-joined (an n-gram of the terms table). */
    String term() {
        return String.join(" ", stem);
    }

    /**
     * False only if {@code d} cannot hold the query, when the text's terms are the tokens' normal forms (case folded,
     * no stemming), in the parts read: a quick test that spares tokenizing it.
     */
    boolean mayOccurIn(Document d, Parts parts) {
        for (String w : lower) {
            if (!parts.mayContainNormal(d, w)) {
                return false;
            }
        }
        return true;
    }
}
