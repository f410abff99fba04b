package dev.byline.classroom;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a question asks the tools, independent of any corpus: each finding is computed by
 * {@link Findings} from the toolkit calls it names in {@link #tools()}, on whatever corpus is loaded.
 *
 * <pre>{@code
 * Finding.byLabel("most-quoted").orElseThrow().tools();   // "Quotes.speakersAcross(corpus)"
 * }</pre>
 */
public enum Finding {
    /** Two documents that {@code compare} relates more closely than "related": their ids, as a pair. */
    RELATED_PAIR("related-pair", "Similarity.table(corpus)",
            "two ids of a pair whose relation is neither related nor unrelated"),
    /** The document {@code compare} names as the source of such a pair. */
    PAIR_SOURCE("pair-source", "Similarity.table(corpus)", "the source column of such a pair"),
    /** The speaker with the most quotations over the corpus (a name's surname also counts). */
    MOST_QUOTED("most-quoted", "Quotes.speakersAcross(corpus)", "the speaker with the most quotes"),
    /** A speaker quoted in a pair's source and not at all in the other document. */
    DROPPED_VOICE("dropped-voice", "Similarity.table(corpus), Quotes.speakers(corpus)",
            "a speaker of the source that the other document of the pair never quotes"),
    /** A word a quotation of the derived document adds to the source's narrative sentence it was made from. */
    MADE_A_QUOTE("made-a-quote", "QuoteDrift.table(source, other)",
            "a word of a made-a-quote row's quotation that its source sentence does not have"),
    /** A document the spin detector flags. */
    SPUN_ARTICLE("spun-article", "SpinDetector.defaults().table(corpus)", "a document with doc_flagged true"),
    /** Flagged phrases of a flagged document, each with its likely original. */
    SPUN_PHRASES("spun-phrases", "SpinDetector.defaults().table(corpus)",
            "phrase = likely_original for phrases of a flagged document");

    private final String label;
    private final String tools;
    private final String rule;

    Finding(String label, String tools, String rule) {
        this.label = label;
        this.tools = tools;
        this.rule = rule;
    }

    /** The name a questions file uses. */
    public String label() {
        return label;
    }

    /** The toolkit calls that compute it, as a student would type them. */
    public String tools() {
        return tools;
    }

    /** What of the tools' output counts as the answer, in a few words (for the teacher's guide). */
    public String rule() {
        return rule;
    }

    /** The finding a questions file names. */
    public static Optional<Finding> byLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
    }

    /** Every label, comma-separated. */
    public static String labels() {
        return Arrays.stream(values()).map(Finding::label).collect(Collectors.joining(", "));
    }
}
