package dev.byline.bench.polnear;

import java.util.Locale;
import java.util.Set;

/**
 * The word a speaker is known by, for comparing an annotated source with Byline's speaker: the last
 * word of the phrase before any apposition or relative clause, parenthesis and possessive dropped
 * ("presidential candidate Sen. Lindsey Graham (R-SC)" → graham, "the head of the FBI" → fbi,
 * "a senior official, who …" → official).
 */
final class SpeakerKey {
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you", "him", "her", "them",
            "us", "me", "his", "their", "our", "my", "its");

    private SpeakerKey() {
    }

    /**
     * Every word the source may be known by: the key of each comma-separated segment (the name and
     * the role of "the F.B.I. director, James B. Comey,"), each cut before a relative clause or
     * an infinitive, and the name before "of" in "Meenakshi Ganguly of Human Rights Watch".
     */
    static Set<String> all(String phrase) {
        Set<String> out = new java.util.LinkedHashSet<>();
        out.add(of(phrase));
        for (String segment : phrase.replaceAll("\\([^)]*\\)", " ").split(",")) {
            String seg = segment.trim();
            for (String cut : new String[] {" who ", " which ", " that ", " to ", " in ", " at ", " from ", " with "}) {
                int k = seg.indexOf(cut);
                if (k > 0) {
                    seg = seg.substring(0, k);
                }
            }
            int of = seg.indexOf(" of ");
            if (of > 0 && Character.isUpperCase(seg.charAt(seg.lastIndexOf(' ', of - 1) + 1))) {
                seg = seg.substring(0, of);
            }
            if (!seg.isBlank()) {
                out.add(of(seg));
            }
        }
        return out;
    }

    static String of(String phrase) {
        String p = phrase.replaceAll("\\([^)]*\\)", " ").replace('’', '\'');
        for (String cut : new String[] {",", " who ", " which ", " that ", " — ", " -- ", ";", ":"}) {
            int k = p.indexOf(cut);
            if (k > 0) {
                p = p.substring(0, k);
            }
        }
        String[] words = p.trim().split("\\s+");
        String w = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    /** Relative pronouns annotated as a source ("Obama, who called him “unfit”"): they stand for the phrase before them. */
    static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");

    /**
     * The annotated source text, except that a relative pronoun is replaced by its antecedent: the
     * words before it in the same sentence, back to the clause's comma ("U.S. President Barack Obama,
     * who called …" → "U.S. President Barack Obama"). The annotators marked "who" as the source; the
     * person it stands for is the one a reader (and Byline) names as speaker.
     */
    static String antecedentOfRelative(String text, int start, int end) {
        String source = text.substring(start, end);
        if (!RELATIVES.contains(source.trim().toLowerCase(Locale.ROOT))) {
            return source;
        }
        int e = start;
        while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        int b = e;
        while (b > 0 && b > e - 80 && ",.;:!?\n\u201C\u201D\"(".indexOf(text.charAt(b - 1)) < 0) {
            b--;
        }
        String antecedent = text.substring(b, e).trim();
        return antecedent.isEmpty() ? source : antecedent;
    }

    static boolean isPronoun(String phrase) {
        return PRONOUNS.contains(phrase.trim().toLowerCase(Locale.ROOT));
    }
}
