package dev.byline.bench.spin;

import net.sf.extjwnl.JWNLException;

/** A bench spinner: a text with some words swapped for thesaurus words, and where each swap went. */
interface Spinner {
    /** The spun text and its swaps; the same text and seed give the same result. */
    ThesaurusSpinner.Spun spin(String text, long seed) throws JWNLException;
}
