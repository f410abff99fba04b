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

    static boolean isPronoun(String phrase) {
        return PRONOUNS.contains(phrase.trim().toLowerCase(Locale.ROOT));
    }
}
