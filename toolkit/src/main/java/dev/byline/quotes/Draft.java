package dev.byline.quotes;

/**
 * A quotation found but not yet resolved to a speaker.
 *
 * @param start       first character of the quoted text or reported clause
 * @param end         one past its last character
 * @param kind        full, partial, term or indirect
 * @param attribution the cue and speaker mention, or null
 * @param marks       the marks as written (empty for indirect speech)
 * @param paragraph   paragraph where it starts
 */
record Draft(int start, int end, QuoteKind kind, Attribution attribution, String marks, int paragraph) {
}
