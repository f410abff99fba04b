package dev.byline.bench.polnear;

/**
 * One annotated attribution of a PolNeAR article, offsets already converted to Java string indices.
 * A discontinuous span is kept as its outer bounds; -1 bounds mean the part was not annotated.
 *
 * @param sourceStart first character of the source ("Graham", "a senior official"), or -1
 * @param sourceEnd   one past the source's last character, or -1
 * @param cue         the cue as written ("said", "according to", "said in a statement"), or ""
 * @param contentStart first character of the content
 * @param contentEnd  one past the content's last character
 */
record GoldAttribution(int sourceStart, int sourceEnd, String cue, int contentStart, int contentEnd) {
    boolean hasSource() {
        return sourceStart >= 0;
    }
}
