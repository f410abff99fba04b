package dev.byline.terms;

import smile.nlp.stemmer.LancasterStemmer;
import smile.nlp.stemmer.PorterStemmer;
import smile.nlp.stemmer.Stemmer;

/**
 * Which stemmer, if any, reduces words to a common stem (Smile's implementations).
 *
 * <pre>{@code
 * TermOptions.defaults().withStemming(Stemming.PORTER);   // "talks", "talked" -> "talk"
 * }</pre>
 */
public enum Stemming {
    /** Words counted as written (after case folding). The default. */
    NONE,
    /** Porter (1980): conservative suffix stripping. */
    PORTER,
    /** Lancaster (Paice/Husk): more aggressive. */
    LANCASTER;

    /** A new stemmer (Smile's stemmers keep state, so each thread needs its own); null for {@link #NONE}. */
    Stemmer newStemmer() {
        return switch (this) {
            case NONE -> null;
            case PORTER -> new PorterStemmer();
            case LANCASTER -> new LancasterStemmer();
        };
    }
}
