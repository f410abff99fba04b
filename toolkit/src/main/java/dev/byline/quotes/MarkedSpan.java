package dev.byline.quotes;

/**
 * A stretch of text between quotation marks, before any judgement about kind or speaker.
 *
 * @param open      token index of the opening mark
 * @param close     token index of the closing mark, or -1 if it was never closed
 * @param start     first character inside the marks
 * @param end       one past the last character inside the marks
 * @param marks     the opening and closing marks as written
 * @param paragraph paragraph of the opening mark
 */
record MarkedSpan(int open, int close, int start, int end, String marks, int paragraph) {
    /** Token index after which the writer's text resumes. */
    int last() {
        return close >= 0 ? close : open;
    }
}
