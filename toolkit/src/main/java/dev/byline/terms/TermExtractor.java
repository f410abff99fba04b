package dev.byline.terms;

import dev.byline.text.Document;
import dev.byline.text.Sentence;
import dev.byline.text.Token;
import dev.byline.text.TokenKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import smile.nlp.stemmer.Stemmer;

/**
 * Turns a document's sentences into the terms {@link TermOptions} keeps, one sentence at a time,
 * with the index of the token each term came from. Not thread-safe (stemmers keep state): use one per thread.
 */
final class TermExtractor {
    /** Receives each sentence's kept terms; the arrays are reused, so copy what you keep. */
    interface SentenceSink {
        void accept(Sentence sentence, String[] terms, int[] tokenIndex, int count);
    }

    private final TermOptions options;
    private final CaseProfile profile;
    private final Stemmer stemmer;
    private final Map<String, String> stems = new HashMap<>();
    private String[] terms = new String[64];
    private int[] tokenIndex = new int[64];

    TermExtractor(TermOptions options, CaseProfile profile) {
        if (options.caseMode() == CaseMode.KEEP_PROPER_NOUNS && profile == null) {
            throw new IllegalArgumentException("KEEP_PROPER_NOUNS needs a case profile of the corpus");
        }
        this.options = options;
        this.profile = profile;
        this.stemmer = options.stemming().newStemmer();
    }

    /**
     * Calls {@code sink} once per sentence of {@code document}'s headline (when the options read it) and body, in
     * order (also for sentences with no terms). A headline's sentences come from {@link Document#headline()}: the
     * sentence and token indexes are that document's.
     */
    void sentences(Document document, SentenceSink sink) {
        for (Document part : options.parts().of(document)) {
            sentencesOf(part, sink);
        }
    }

    private void sentencesOf(Document document, SentenceSink sink) {
        List<Token> tokens = document.tokens();
        // a headline's capitals say nothing of a word (Title Case): each word is decided as a sentence's first is
        boolean headline = document.isHeadline();
        for (Sentence s : document.sentences()) {
            int n = 0;
            boolean first = true;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                boolean wordLike = t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER;
                String term = term(t, wordLike && (first || headline));
                if (wordLike) {
                    first = false;
                }
                if (term != null) {
                    if (n == terms.length) {
                        terms = java.util.Arrays.copyOf(terms, n * 2);
                        tokenIndex = java.util.Arrays.copyOf(tokenIndex, n * 2);
                    }
                    terms[n] = term;
                    tokenIndex[n] = i;
                    n++;
                }
            }
            sink.accept(s, terms, tokenIndex, n);
        }
    }

    /** The term a token counts as, or null if it is dropped. */
    String term(Token t, boolean sentenceInitial) {
        switch (t.kind()) {
            case WORD -> {
                return word(t, sentenceInitial);
            }
            case NUMBER -> {
                return number(t.norm());
            }
            case CLITIC -> {
                return null;   // the ’s of Estonia’s: its word is counted already
            }
            default -> {
                return options.keepPunctuation() ? t.norm() : null;
            }
        }
    }

    private String word(Token t, boolean sentenceInitial) {
        return word(t.norm(), options.caseMode() == CaseMode.FOLD ? null : CaseProfile.straight(t.text()), sentenceInitial);
    }

    /**
     * The term for a word token, or null if it is dropped.
     *
     * @param lower   its normal form (lower-cased, apostrophes straight)
     * @param surface the word as written with apostrophes straight; only read when the case mode is not FOLD
     */
    String word(String lower, String surface, boolean sentenceInitial) {
        if (lower.length() < options.minLength() && lower.codePointCount(0, lower.length()) < options.minLength()) {
            // length() >= codePointCount(), so the cheap test settles most words
            return null;
        }
        if (options.isStopWord(lower)) {
            return null;
        }
        String cased = switch (options.caseMode()) {
            case FOLD -> lower;
            case KEEP -> surface;
            case KEEP_PROPER_NOUNS -> profile.decide(surface, lower, sentenceInitial);
        };
        if (stemmer == null || (options.caseMode() != CaseMode.FOLD && !cased.equals(lower))) {
            return cased;   // proper nouns (and words whose case is kept) are not stemmed
        }
        return stems.computeIfAbsent(lower, stemmer::stem);
    }

    /** The term for a number token's normal form, or null if numbers are dropped. */
    String number(String norm) {
        return options.keepNumbers() ? norm : null;
    }

    /**
     * Calls {@code out} with every n-gram ({@code minN..maxN} terms, space-joined) of one sentence's terms.
     */
    static void ngrams(String[] terms, int count, int minN, int maxN, java.util.function.Consumer<String> out) {
        for (int n = minN; n <= maxN; n++) {
            for (int i = 0; i + n <= count; i++) {
                if (n == 1) {
                    out.accept(terms[i]);
                } else {
                    StringBuilder b = new StringBuilder(terms[i]);
                    for (int k = 1; k < n; k++) {
                        b.append(' ').append(terms[i + k]);
                    }
                    out.accept(b.toString());
                }
            }
        }
    }
}
