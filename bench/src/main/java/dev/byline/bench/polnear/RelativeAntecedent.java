package dev.byline.bench.polnear;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrase a relative pronoun stands for, when the annotators marked "who" (or "which", "that", "whom") as a
 * quotation's source: the noun phrase before it in the same sentence. The person it stands for is the one a reader
 * (and Byline) names as speaker, so the bench keys the antecedent, not the pronoun.
 *
 * <p>The walk goes back from the pronoun to the clause's comma (or a sentence's end, a colon, a quotation mark);
 * a full stop that ends an abbreviation inside a name ("Donald Trump Jr., who") is no sentence end. When the
 * phrase found is a description and a name stands before it across one comma ("said Lionel Sosa, a Texas media
 * consultant and …, who"), the apposition is kept whole, so either half keys it. The phrase is then cut after the
 * last verb or preposition that opens the noun phrase ("a reply from Governor Ruth Amari, who", "a lecture from
 * the Mexican president, who").
 */
final class RelativeAntecedent {
    static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");

    private static final String STOPS = ",.;:!?\n\u201C\u201D\"(";
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "from", "with", "for", "by", "to",
            "during", "after", "before", "about", "since", "than", "under", "over", "near", "between", "across",
            "against", "via", "into", "per", "like", "without", "within", "among", "amid", "toward", "towards",
            "through");
    /** Prepositions that introduce the one a message comes from, cut before even when no name follows. */
    private static final Set<String> FROM = Set.of("from", "by");
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "been", "be",
            "will", "would", "can", "could", "said", "says", "told", "tells");
    private static final Set<String> DESCRIPTION_OPENERS = Set.of("a", "an", "the");
    /** A name's abbreviation before a full stop: an initial, Jr., Sr., St. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}|Jr|Sr|St)$");

    private RelativeAntecedent() {
    }

    /** The antecedent of the relative pronoun at [start, end), or the annotated text itself when it is no relative. */
    static String of(String text, int start, int end) {
        String source = text.substring(start, end);
        if (!RELATIVES.contains(source.trim().toLowerCase(Locale.ROOT))) {
            return source;
        }
        int e = start;
        while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        int b = segmentStart(text, e);
        String antecedent = cut(text.substring(b, e).trim());
        String[] ws = antecedent.split("\\s+");
        if (ws.length > 1 && DESCRIPTION_OPENERS.contains(ws[0]) && b > 0 && text.charAt(b - 1) == ',') {
            int pe = b - 1;
            String name = cut(text.substring(segmentStart(text, pe), pe).trim());
            if (isName(name)) {
                antecedent = name + ", " + antecedent;
            }
        }
        return antecedent.isEmpty() ? source : antecedent;
    }

    /** Where the clause segment ending at {@code e} starts: after the nearest stop, at most 80 characters back. */
    private static int segmentStart(String text, int e) {
        int b = e;
        while (b > 0 && b > e - 80) {
            char c = text.charAt(b - 1);
            if (STOPS.indexOf(c) >= 0 && !(c == '.' && ABBREVIATION.matcher(text.substring(Math.max(0, b - 4), b - 1)).find())) {
                break;
            }
            b--;
        }
        return b;
    }

    /** The phrase after its last opening verb or preposition (not one inside a name: "the Partnership for Conservative Principles"). */
    private static String cut(String phrase) {
        String[] ws = phrase.split("\\s+");
        for (int i = ws.length - 2; i >= 0; i--) {
            boolean inName = ws[i].equals("for") && i > 0 && startsUpper(ws[i - 1]);
            boolean opens = PREPOSITIONS.contains(ws[i]) && !inName && startsUpper(ws[i + 1])
                    || FROM.contains(ws[i]) && DESCRIPTION_OPENERS.contains(ws[i + 1])
                    || VERBS.contains(ws[i]) && startsUpper(ws[i + 1]);
            if (opens) {
                return String.join(" ", Arrays.copyOfRange(ws, i + 1, ws.length));
            }
        }
        return phrase;
    }

    /** A name of one to five words, each capitalised (or a particle: "de", "van", "al"). */
    private static boolean isName(String phrase) {
        String[] ws = phrase.split("\\s+");
        if (ws.length > 5 || phrase.isEmpty()) {
            return false;
        }
        for (String w : ws) {
            if (!startsUpper(w) && !Set.of("de", "van", "von", "al", "bin", "la", "del").contains(w)) {
                return false;
            }
        }
        return startsUpper(ws[0]) && startsUpper(ws[ws.length - 1]);
    }

    private static boolean startsUpper(String w) {
        String s = w.replaceAll("^[\"“”‘']+", "");
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }
}
