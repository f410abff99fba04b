package dev.byline.text;

/**
 * How {@link dev.byline.text.Document#tokensIn(int, int, Alignment)} maps character offsets to tokens
 * when the offsets fall inside a token.
 */
public enum Alignment {
    /** Only tokens wholly inside the range; a range that cuts a token yields an empty list. */
    STRICT,
    /** Only tokens wholly inside the range; tokens cut by the range are left out. */
    CONTRACT,
    /** Every token that overlaps the range, even partly. */
    EXPAND
}
