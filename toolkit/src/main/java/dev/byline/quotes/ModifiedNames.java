package dev.byline.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Written-out names that are another written-out name of the article with words before it that are no given name:
 * a modifier ("Republican Ivo Lind" beside "Ivo Lind") or a headline's other words run into it ("Calls Out Ivo Lind",
 * "After Thanking Ivo Lind"). Such a run is that shorter name. The first word before it is a given name, and the run
 * kept, when the article writes it only in that run ("Debbie" of "Debbie Wasserman Schultz" beside "Wasserman
 * Schultz") or also opens another name of the same surname ("Hillary" of "Hillary Rodham Clinton" beside "Hillary
 * Clinton"); it is a modifier when the article writes it in lower case or elsewhere outside the run. A shorter name
 * whose last word the article writes in lower case names a thing ("Iowa Democratic Party", "Democratic Party"): left
 * whole, as is one ending in an institution's head word ("Post", "News", "Committee").
 */
final class ModifiedNames {
    private ModifiedNames() {
    }

    /**
     * By modified name, the written-out name it stands for, read from {@code fullNames} (by last word, in order of first
     * appearance) and {@code fullAt} (where each is written out, as first tokens). Empty for most articles: only names of
     * three words or more ending with another written-out name are looked at.
     */
    static Map<String, String> of(TextView v, Map<String, List<String>> fullNames,
            Map<String, SharedSurnames.Positions> fullAt) {
        Map<String, String> out = new HashMap<>(0);
        int[] counts = null;
        for (List<String> names : fullNames.values()) {
            if (names.size() < 2) {
                continue;
            }
            for (String p : names) {
                String shorter = longestWrittenSuffix(p, names);
                if (shorter == null || v.seenInLowerCase(lastWord(shorter))
                        || SpeakerCandidates.BODY_WORDS.contains(lastWord(shorter))) {
                    continue;   // "Iowa Democratic Party" beside "Democratic Party", "Ohio Evening Post" beside
                                // "Evening Post": a name of a thing, left whole
                }
                SharedSurnames.Positions at = fullAt.get(p);
                int first = at == null ? -1 : at.first();
                if (first < 0) {
                    continue;
                }
                String w = firstWord(p);
                if (opensAnother(w, p, names)) {
                    continue;   // "Hillary Rodham Clinton" beside "Hillary Clinton"
                }
                if (counts == null) {
                    counts = wordCounts(v);
                }
                if (v.seenInLowerCaseAt(first) || counts[v.wordId(first)] > at.size()) {
                    out.put(p, shorter);
                }
            }
        }
        return out;
    }

    /** The longest other name of {@code names} that {@code p} ends with after a space, of two words or more; or null. */
    private static String longestWrittenSuffix(String p, List<String> names) {
        String best = null;
        for (String n : names) {
            if (n.length() < p.length() && n.indexOf(' ') > 0 && p.endsWith(n) && p.charAt(p.length() - n.length() - 1) == ' '
                    && (best == null || n.length() > best.length())) {
                best = n;
            }
        }
        return best;
    }

    private static boolean opensAnother(String w, String p, List<String> names) {
        for (String n : names) {
            if (!n.equals(p) && !p.endsWith(" " + n) && firstWord(n).equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String n) {
        return n.substring(n.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String firstWord(String n) {
        int sp = n.indexOf(' ');
        return sp < 0 ? n : n.substring(0, sp);
    }

    /** By word id: how many tokens of the article are that word. */
    private static int[] wordCounts(TextView v) {
        int[] c = new int[v.wordCount()];
        for (int k = 0; k < v.size(); k++) {
            c[v.wordId(k)]++;
        }
        return c;
    }
}
