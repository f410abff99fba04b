package dev.byline.bench.polnear;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word a speaker is known by, for comparing an annotated source with Byline's speaker: the head word of
 * the phrase's first noun phrase, parenthesis and possessive dropped ("presidential candidate Sen. Lindsey
 * Graham (R-SC)" → graham, "a senior official, who …" → official). The same key is taken of both sides, the
 * annotated source and Byline's speaker label, so the two agree when they name the same thing.
 *
 * <p>The head is the last word before the phrase's first post-modifier: a preposition ("a Quinnipiac poll
 * conducted in February" → poll, not february; "Aides to Mr. Sanders" → aides), a relative pronoun, a
 * participle that opens a phrase ("The audience gathered in …" → audience), a verb the annotators' span ran
 * into ("Obama told the lawmakers …" → obama), or "of" after a name ("Marco Rubio of Florida" → rubio, never
 * florida). A word in a post-modifier is never a key: a place, an organisation or a date that is only mentioned
 * there is not the source.
 */
final class SpeakerKey {
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you", "him", "her", "them",
            "us", "me", "his", "their", "our", "my", "its");

    /**
     * Sources the annotators marked on the cue word itself ("“…,” said Jillian Soto" with "said" as the source):
     * they name no one, so no speaker can match them.
     */
    private static final Set<String> CUE_WORDS = Set.of("said", "says", "told", "tells", "added", "wrote",
            "according to");

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "from", "with", "for", "by", "to",
            "during", "after", "before", "about", "since", "than", "under", "over", "near", "between", "across",
            "against", "via", "into", "per", "like", "without", "within", "among", "amid", "toward", "towards",
            "through");
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "whom", "whose", "which", "that", "where", "when");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "some",
            "many", "most", "several", "his", "her", "their", "our", "its", "my", "your", "other", "another", "any",
            "each", "every", "no", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final Set<String> ADVERBS = Set.of("just", "recently", "also", "now", "then", "newly", "first",
            "widely", "later", "once", "still", "long", "online");
    /** Verbs a sloppy source span runs into ("Bundy says to Santilli", "Gingrich said."). */
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "been", "be",
            "will", "would", "can", "could", "said", "says", "told", "tells");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "himself", "herself",
            "themselves", "it", "us", "me", "his", "their", "its");
    /** Adjectives that follow their noun ("a source familiar with …", "people close to …"). */
    private static final Set<String> POSTPOSED = Set.of("familiar", "close");
    /** Common words that end like participles but are none. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("king", "thing", "spring", "wing", "ring", "sing",
            "bring", "red", "bed", "need", "seed", "feed", "speed", "creed", "shed", "during");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("taken", "written", "given", "shown", "seen",
            "held", "made", "led", "paid", "sent", "done", "known", "drawn", "built", "run");
    private static final Pattern PARTICIPLE = Pattern.compile("[a-z]+(ed|ing)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private SpeakerKey() {
    }

    /**
     * Every word the source may be known by: the head of each comma-separated segment that is a noun phrase (the
     * name and the role of "the F.B.I. director, James B. Comey,"); segments that open a relative clause ("who
     * …", and everything after it), a prepositional or participle phrase ("wearing a cowboy hat") give none; a
     * name closing a segment after a lower-case title ("former secretary of state Hillary Rodham Clinton"), each
     * of two names joined by "and", and both readings of a capitalised word before "of" ("Secretary of State John
     * Kerry", "Heiserman of the CORE Teachers") count.
     */
    static Set<String> all(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(of(phrase));
        for (String segment : clean(phrase).split(",| — | -- |;|:")) {
            List<String> ws = new ArrayList<>(Arrays.asList(segment.trim().split("\\s+")));
            ws.removeIf(String::isEmpty);
            while (ws.size() > 1 && Set.of("and", "or", "said", "says").contains(ws.get(0))) {
                ws.remove(0);
            }
            if (ws.isEmpty()) {
                continue;
            }
            String first = ws.get(0);
            String fl = first.toLowerCase(Locale.ROOT);
            if (Character.isLowerCase(first.charAt(0))) {
                if (CLAUSE_WORDS.contains(fl)) {
                    break;
                }
                String next = ws.size() > 1 ? ws.get(1).toLowerCase(Locale.ROOT) : "";
                if (PREPOSITIONS.contains(fl) || fl.equals("of") || VERBS.contains(fl)
                        || Set.of("but", "then", "now", "also").contains(fl)
                        || PARTICIPLE.matcher(fl).matches() && (PREPOSITIONS.contains(next)
                        || DETERMINERS.contains(next) || OBJECT_PRONOUNS.contains(next))) {
                    continue;
                }
            }
            if (ws.size() == 1 && NUMBER.matcher(first).matches()) {
                continue;
            }
            List<String> extra = new ArrayList<>();
            List<String> head = headWords(ws, extra);
            addKey(out, head);
            for (String e : extra) {
                addKey(out, Arrays.asList(e.split(" ")));
            }
            String closing = closingName(ws);
            if (closing != null) {
                out.add(closing);
            }
            int and = head.indexOf("and");
            if (and > 0 && and < head.size() - 1 && startsUpper(head.get(0)) && startsUpper(head.get(and + 1))) {
                addKey(out, head.subList(0, and));
            }
        }
        out.remove("");
        return out;
    }

    /** The key of a phrase: the head of its first noun phrase, before any apposition or post-modifier. */
    static String of(String phrase) {
        String p = clean(phrase);
        for (String cut : new String[] {",", " — ", " -- ", ";", ":"}) {
            int k = p.indexOf(cut);
            if (k > 0) {
                p = p.substring(0, k);
            }
        }
        List<String> ws = new ArrayList<>(Arrays.asList(p.trim().split("\\s+")));
        ws.removeIf(String::isEmpty);
        return lastKey(headWords(ws, new ArrayList<>()));
    }

    private static String clean(String phrase) {
        return phrase.replaceAll("\\([^)]*\\)", " ").replace('’', '\'');
    }

    private static void addKey(Set<String> out, List<String> words) {
        String k = lastKey(words);
        if (!k.isEmpty()) {
            out.add(k);
        }
    }

    /**
     * The words of a noun phrase up to its head: cut before a preposition, relative, verb or post-posed adjective,
     * before a participle that opens a phrase (followed by a preposition, determiner, pronoun, adverb, a capitalised
     * word or nothing, and not after a determiner: "the retired neurosurgeon" keeps it), and before "of" after a
     * name of two words. One capitalised word before "of" keeps both readings ({@code extra} gets the word).
     */
    private static List<String> headWords(List<String> ws, List<String> extra) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("^[\"“”‘']+|[\"“”‘'.,]+$", "");
            boolean lower = Character.isLowerCase(w.charAt(0));
            String next = i + 1 < ws.size() ? ws.get(i + 1) : "";
            if (i > 0 && lower && (CLAUSE_WORDS.contains(lw) || VERBS.contains(lw) || POSTPOSED.contains(lw))) {
                break;
            }
            if (i > 0 && lower && lw.equals("of")) {
                if (!out.isEmpty() && startsUpper(out.get(out.size() - 1))
                        && (out.size() == 1 || out.size() == 2 && isDeterminer(out.get(0)))) {
                    extra.add(String.join(" ", out));
                    out.add(w);
                    continue;
                }
                break;
            }
            if (i > 0 && lower && PREPOSITIONS.contains(lw)) {
                if (lw.equals("for") && !out.isEmpty() && startsUpper(out.get(out.size() - 1)) && startsUpper(next)) {
                    out.add(w);   // inside a name: "Club for Growth"
                    continue;
                }
                break;
            }
            if (i > 0 && lower && (PARTICIPLE.matcher(lw).matches() && !NOT_PARTICIPLES.contains(lw)
                    || IRREGULAR_PARTICIPLES.contains(lw)) && !out.isEmpty()) {
                String nl = next.toLowerCase(Locale.ROOT);
                boolean opensPhrase = next.isEmpty() || PREPOSITIONS.contains(nl) || DETERMINERS.contains(nl)
                        || OBJECT_PRONOUNS.contains(nl) || startsUpper(next) || ADVERBS.contains(nl) || nl.equals("of");
                String prev = out.get(out.size() - 1);
                String pl = prev.toLowerCase(Locale.ROOT);
                if (opensPhrase) {
                    if (ADVERBS.contains(pl) || pl.endsWith("ly")) {
                        if (out.size() >= 2 && !isDeterminer(out.get(out.size() - 2))) {
                            out.remove(out.size() - 1);
                            break;
                        }
                    } else if (!isDeterminer(prev)) {
                        break;
                    }
                }
            }
            out.add(w);
        }
        return out;
    }

    /** The last word of a name of two or more capitalised words closing the words after a lower-case title word, or null. */
    private static String closingName(List<String> ws) {
        int j = ws.size();
        while (j > 0 && startsUpper(ws.get(j - 1))) {
            j--;
        }
        if (ws.size() - j < 2 || j == 0) {
            return null;
        }
        String pw = ws.get(j - 1);
        String pl = pw.toLowerCase(Locale.ROOT);
        if (Character.isLowerCase(pw.charAt(0)) && !PREPOSITIONS.contains(pl) && !DETERMINERS.contains(pl)
                && !Set.of("and", "or", "of").contains(pl) && !pw.endsWith("'s")) {
            String k = lastKey(ws.subList(j, ws.size()));
            return k.isEmpty() ? null : k;
        }
        return null;
    }

    private static boolean startsUpper(String w) {
        String s = w.replaceAll("^[\"“”‘']+", "");
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    private static boolean isDeterminer(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(l) || Character.isDigit(l.charAt(0)) || l.endsWith("'s") || l.endsWith("s'");
    }

    /** The last word that has a letter or digit, lower-cased, its punctuation and possessive dropped. */
    private static String lastKey(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i).toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty()) {
                continue;
            }
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            return w;
        }
        return "";
    }

    /**
     * The annotated source text, except that a relative pronoun is replaced by its antecedent
     * ({@link RelativeAntecedent}): the annotators marked "who" as the source; the person it stands for is the
     * one a reader (and Byline) names as speaker.
     */
    static String antecedentOfRelative(String text, int start, int end) {
        return RelativeAntecedent.of(text, start, end);
    }

    /** True if the annotated source is a cue word and names no one ({@link #CUE_WORDS}). */
    static boolean isCueWord(String phrase) {
        return CUE_WORDS.contains(phrase.trim().toLowerCase(Locale.ROOT));
    }

    static boolean isPronoun(String phrase) {
        return PRONOUNS.contains(phrase.trim().toLowerCase(Locale.ROOT));
    }
}
