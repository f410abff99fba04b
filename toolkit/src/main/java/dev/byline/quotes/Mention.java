package dev.byline.quotes;

/**
 * A stretch of tokens naming or pointing to a speaker, before resolution.
 *
 * @param first first token index
 * @param end   one past the last token index
 * @param type  what kind of mention it is
 */
record Mention(int first, int end, Type type) {
    enum Type { NAME, PRONOUN, DESCRIPTION }

    int start(TextView v) {
        return v.start(first);
    }

    int stop(TextView v) {
        return v.end(end - 1);
    }

    String text(TextView v) {
        return v.raw.substring(start(v), stop(v));
    }
}
