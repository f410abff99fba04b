package dev.byline.quotes;

/**
 * A cue verb and the mention of its speaker, found for one quotation.
 *
 * @param mention the speaker's mention (name, pronoun or description)
 * @param cue     token index of the cue verb
 * @param verb    the cue as written ("said", "according to")
 */
record Attribution(Mention mention, int cue, String verb) {
}
