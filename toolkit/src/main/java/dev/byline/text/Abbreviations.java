package dev.byline.text;

import java.util.Set;

/**
 * The abbreviations that keep their period in news text, and the words that start sentences. Both
 * decide whether a period ends a sentence; they are lists rather than a model so a reader can check
 * them.
 */
final class Abbreviations {
    private Abbreviations() {
    }

    /** Abbreviations that take a period and are followed by a name or number, never ending a sentence. */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
            "cmdr", "adm", "maj", "brig", "cpl", "pvt", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt",
            "ft", "no", "nos", "vol", "pp", "fig", "art", "sec", "ch", "vs", "v", "approx", "dept", "est",
            "messrs", "mme", "mlle", "sr", "jr");

    /** Abbreviations that take a period and may end a sentence. */
    static final Set<String> OTHERS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "corp", "ltd", "co", "plc", "llc", "bros", "etc", "al", "ave", "blvd", "rd",
            "univ", "assn", "govt", "intl", "natl", "cf", "ibid", "min", "max", "km", "kg");

    /**
     * Capitalised words that very often start a sentence; after an ambiguous abbreviation
     * ({@code U.S.}, {@code Inc.}) one of these means the period also ended the sentence.
     */
    static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
            "our", "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on",
            "at", "for", "as", "if", "when", "while", "after", "before", "since", "because", "although",
            "however", "meanwhile", "still", "now", "then", "also", "yes", "no", "not", "some", "many",
            "most", "all", "both", "one", "two", "what", "who", "why", "how", "where", "officials", "asked");

    /** Length of the longest abbreviation listed: no longer word needs looking up. */
    static final int LONGEST = longest();

    private static int longest() {
        int n = 0;
        for (String a : TITLES) {
            n = Math.max(n, a.length());
        }
        for (String a : OTHERS) {
            n = Math.max(n, a.length());
        }
        return n;
    }

    /**
     * One bit per value of a hash's low ten bits (mixed), set for the {@code hashCode()} of each listed abbreviation
     * (and for "no" and "v", which the tokenizer asks about by name): a word whose bit is clear is none of them.
     */
    private static final long[] HASH_BITS = new long[16];

    static {
        for (Set<String> list : java.util.List.of(TITLES, OTHERS, Set.of("no", "v"))) {
            for (String a : list) {
                int b = bit(a.hashCode());
                HASH_BITS[b >>> 6] |= 1L << b;
            }
        }
    }

    private static int bit(int h) {
        return (h ^ (h >>> 10) ^ (h >>> 20)) & 1023;
    }

    /**
     * False only if no listed abbreviation, nor "no" or "v", has the {@code hashCode()} {@code lowerHash}: the word
     * whose lower-cased form has that hash keeps no period. One bit test, for the tokenizer's plain words.
     */
    static boolean mayBeAbbreviation(int lowerHash) {
        int b = bit(lowerHash);
        return (HASH_BITS[b >>> 6] & (1L << b)) != 0;
    }

    static boolean isAbbreviation(String lower) {
        return TITLES.contains(lower) || OTHERS.contains(lower);
    }
}
