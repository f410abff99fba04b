package dev.byline.quotes;

import dev.byline.text.TokenKind;
import java.util.Map;
import java.util.Set;

/**
 * An adjective after its noun with the complement it takes ("people familiar with the talks", "a source close to the
 * campaign", "officials involved in the review"): the whole is one description. Read forward, the description does
 * not stop at the adjective ("several veteran pilots familiar"); read back from a verb, it is not the complement's noun
 * phrase alone ("the talks said" for "people familiar with the talks said").
 */
final class PostposedPhrases {
    /** Adjectives that follow their noun, with the prepositions their complement opens with. */
    private static final Map<String, Set<String>> ADJECTIVES = Map.ofEntries(
            Map.entry("familiar", Set.of("with")), Map.entry("close", Set.of("to")),
            Map.entry("involved", Set.of("in", "with")), Map.entry("knowledgeable", Set.of("about", "of")),
            Map.entry("briefed", Set.of("on", "about")), Map.entry("loyal", Set.of("to")),
            Map.entry("opposed", Set.of("to")), Map.entry("sympathetic", Set.of("to")),
            Map.entry("aligned", Set.of("with")), Map.entry("allied", Set.of("with")));
    /** Words in a complement at most. */
    private static final int MAX_COMPLEMENT = 7;
    /** Words that end a complement: clause words, conjunctions, adverbs before a verb. */
    private static final Set<String> STOPS = Set.of("who", "whom", "which", "that", "and", "but", "or", "said", "says");

    private PostposedPhrases() {
    }

    /** True if token {@code k} is a postposed adjective and token {@code k + 1} a preposition it takes. */
    private static boolean opens(TextView v, int k) {
        Set<String> preps = v.isLowerWord(k) ? ADJECTIVES.get(v.norm(k)) : null;
        return preps != null && k + 1 < v.size() && v.isLowerWord(k + 1) && preps.contains(v.norm(k + 1));
    }

    /**
     * The end (exclusive) of a description whose last word so far is {@code last}, when that word is a postposed
     * adjective and its complement follows ("familiar" + "with the harbour"); -1 otherwise. The complement runs to
     * punctuation, a clause word, a cue or a verb, seven words at most.
     */
    static int end(TextView v, int last, int ceiling) {
        if (!opens(v, last)) {
            return -1;
        }
        int from = last + 2;
        int j = from;
        while (j < ceiling && j < from + MAX_COMPLEMENT) {
            String n = v.norm(j);
            boolean word = v.kind(j) == TokenKind.WORD || v.kind(j) == TokenKind.CLITIC || v.kind(j) == TokenKind.NUMBER
                    || NounPhrases.pluralPossessive(v, j);
            // "his afternoon remarks.": a cue's -s form before punctuation is a plural noun
            boolean noun = n.endsWith("s") && j + 1 < ceiling && v.kind(j + 1) == TokenKind.PUNCT;
            if (!word || STOPS.contains(n) || CueVerbs.cue(n) != null && !CueAsNoun.at(v, j) && !noun
                    || j > from && (NounPhrases.looksLikeVerb(v, j) || v.isLowerWord(j)
                    && CueVerbs.BETWEEN_SUBJECT_AND_VERB.contains(n))) {
                break;
            }
            j++;
        }
        while (j > from && (NounPhrases.INNER_PREPOSITIONS.contains(v.norm(j - 1))
                || NounPhrases.DETERMINERS.contains(v.norm(j - 1)))) {
            j--;
        }
        return j > from ? j : -1;
    }

    /**
     * The first token of the whole description when the noun phrase starting at {@code first} is the complement of a
     * postposed adjective ("a source familiar with" before "the investigation"); -1 otherwise. The noun before the
     * adjective is read back as {@link NounPhrases#descriptionBackward} reads a head, or is one capitalised word
     * ("Source familiar with …" opening a sentence, "one Democrat familiar with …").
     */
    static int start(TextView v, int first, int floor) {
        int adjective = first - 2;
        int h = first - 3;
        if (h < floor || !opens(v, adjective)) {
            return -1;
        }
        if (v.isLowerWord(h)) {
            Mention d = NounPhrases.descriptionBackward(v, h, floor);
            return d == null || d.first() > h ? -1 : d.first();
        }
        if (!v.isCapitalised(h) || !NounPhrases.isNameWord(v, h) && h != v.sentenceStart(h)) {
            return -1;
        }
        return h - 1 >= floor && NounPhrases.DETERMINERS.contains(v.norm(h - 1)) ? h - 1 : h;
    }
}
