package dev.byline.terms;

/**
 * How a term's letter case is treated.
 *
 * <pre>{@code
 * TermOptions.defaults().withCase(CaseMode.KEEP_PROPER_NOUNS);   // "Putin" and "Trump" stay capitalised
 * }</pre>
 */
public enum CaseMode {
    /** Everything lower-cased: "Trump" and "trump" are one term. The default. */
    FOLD,
    /**
     * Lower-case common words, keep proper nouns as written. A capitalised word in the middle of a
     * sentence is taken as a proper noun; a capitalised word that opens a sentence keeps its
     * capital only if, in the corpus counted, that capitalised form occurs mid-sentence at least as
     * often as the lower-case form does. So "Putin" stays "Putin" everywhere, while "The" at the start
     * of a sentence becomes "the". Proper nouns are not stemmed.
     */
    KEEP_PROPER_NOUNS,
    /** Case kept exactly as written. */
    KEEP
}
