package dev.byline.text;

/** What a token is. A closed set: analyses switch on it. */
public enum TokenKind {
    /** A word, including hyphenated compounds (U.S.-brokered, 4-year-old), abbreviations (Dr., U.S.) and contractions (they’ll). */
    WORD,
    /** A number: 300, 2.8, 1,000, 22-23. */
    NUMBER,
    /** A possessive or clitic split from its word: the ’s of Estonia’s. */
    CLITIC,
    /** A quotation mark: “ ” " « » ‘ ’ ' ‹ › „. */
    QUOTE,
    /** An em or en dash, or a free-standing hyphen used as one. */
    DASH,
    /** Other punctuation: . , ; : ! ? … ( ) [ ] and the like. */
    PUNCT,
    /** Currency, percent and other symbols. */
    SYMBOL,
    /** A web address, an @handle or a #hashtag. */
    LINK;

    /** True for the kinds that count as words in word counts and term statistics. */
    public boolean isWordLike() {
        return this == WORD || this == NUMBER;
    }
}
