package dev.byline.compare;

import dev.byline.text.Token;

/**
 * One body word of a document as the comparisons see it.
 *
 * @param token    the token it comes from (offsets into the raw text)
 * @param index    position among the document's words (not its tokens)
 * @param fold     the comparison form: lower case, dots dropped ({@code U.S.} and {@code US} both
 *                 become {@code us}), so that house style does not hide a copy
 * @param stem     the Porter stem of {@code fold}, for content overlap that survives rewording
 * @param content  false for stop words (Smile's English list), which carry no topic
 * @param sentence  index of the document sentence holding the word
 * @param paragraph index of the document paragraph holding the word
 */
record Word(Token token, int index, String fold, String stem, boolean content, int sentence, int paragraph) {
    int start() {
        return token.start();
    }

    int end() {
        return token.end();
    }
}
