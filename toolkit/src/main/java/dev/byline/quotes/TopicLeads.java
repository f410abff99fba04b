package dev.byline.quotes;

/**
 * "As for Lind, he said he is not worried": a pronoun subject right after a name set up as the topic ("As for NAME,")
 * stands for that name, whoever spoke last before it.
 */
final class TopicLeads {
    private TopicLeads() {
    }

    /** The name run of "As for NAME," right before the pronoun {@code p}, or null. */
    static Mention topic(TextView v, Mention p) {
        int comma = p.first() - 1;
        if (comma < 3 || !v.isPunct(comma, ",") || !NounPhrases.isNameWord(v, comma - 1)) {
            return null;
        }
        int first = NounPhrases.nameRunStart(v, comma - 1, v.sentenceStart(comma));
        if (first < 2 || !v.norm(first - 1).equals("for") || !v.norm(first - 2).equals("as")
                || first - 2 != v.sentenceStart(first)) {
            return null;
        }
        return new Mention(first, comma, Mention.Type.NAME);
    }
}
