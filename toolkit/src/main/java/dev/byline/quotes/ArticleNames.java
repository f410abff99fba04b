package dev.byline.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names an article writes out, read once when {@link SpeakerResolver} is made: the full names (title-free runs of
 * two or more capitalised words) by last word, where each is written, and the shorter names that are only a modified
 * form of another ("Republican Ivo Lind"). Answers which fullest name a short one stands for ("Rosin" → "Kaupo Rosin")
 * and which words of a run are the name after its titles. Holds no speakers: what was said so far is the resolver's.
 */
final class ArticleNames {
    private final TextView v;
    /** full names (title-free runs of two or more capitalised words) by last word, in order of first appearance */
    private final Map<String, List<String>> fullNames = new HashMap<>();
    /** {@link #fullest} by name: the full names are fixed once the constructor has read the article */
    private final Map<String, String> fullestCache = new HashMap<>();
    /** by full name: the tokens where the article writes it out, in reading order */
    private final Map<String, SharedSurnames.Positions> fullAt = new HashMap<>();
    /** by written-out name with a modifier or headline words before another written-out name: that name */
    private final Map<String, String> modified;
    /** by name written out for two people or more (filled by {@link #findFullest}): those people's full names */
    private final Map<String, List<List<String>>> shared = new HashMap<>();

    /** Reads the article's names; each person written out (or a surname after a title) is added to {@code written}. */
    ArticleNames(TextView v, WrittenPeople written) {
        this.v = v;
        Set<String> seen = new HashSet<>();
        int i = 0;
        while (i < v.size()) {
            if (NounPhrases.isNameWord(v, i)) {
                Mention m = NounPhrases.nameForward(v, i, v.size());
                // "On Tuesday Dolby said", "Announced Hausdorff …": a weekday or month, or a sentence's first
                // word that the article also writes in lower case, is not part of the name after it
                int first = m.first();
                while (first + 1 < m.end() && (v.has(first, WordClasses.CALENDAR)
                        || (first == v.sentenceStart(first) && v.seenInLowerCaseAt(first)))) {
                    first++;
                }
                int from = nameStart(first, m.end());
                // a name of one token has no space (tokens end at white space): no string is made for it
                String name = from < 0 || from == m.end() - 1 && !hasSpace(from) ? null
                        : v.raw.substring(v.start(from), v.end(m.end() - 1));
                if (name != null && name.indexOf(' ') > 0) {
                    if (seen.add(name)) {
                        fullNames.computeIfAbsent(lastWord(name), k -> new ArrayList<>()).add(name);
                    }
                    fullAt.computeIfAbsent(name, k -> new SharedSurnames.Positions()).add(from);
                    written.add(first, from, m.end(), name);
                } else if (from > first && from == m.end() - 1 && v.has(from - 1, WordClasses.TITLE)) {
                    // "Mrs. Vos drew cheers", "President Lind flew": a surname after a title is a person written out
                    // too (after a title other than Mr., Mrs., Ms., Miss only if the article writes a fuller name)
                    written.add(first, from, m.end(), v.raw.substring(v.start(from), v.end(from)));
                }
                i = m.end();
            } else {
                i++;
            }
        }
        // "Republican Ivo Lind", "Calls Out Ivo Lind" beside "Ivo Lind": that shorter name, never a person of their own
        this.modified = ModifiedNames.of(v, fullNames, fullAt);
        for (String p : modified.keySet()) {
            fullNames.get(lastWord(p)).remove(p);
        }
    }

    /** by full name: the tokens where the article writes it out */
    Map<String, SharedSurnames.Positions> fullAt() {
        return fullAt;
    }

    /** True if the article writes out two full names or more with the last word of {@code full}. */
    boolean surnameShared(String full) {
        List<String> sameSurname = fullNames.get(lastWord(full));
        return sameSurname != null && sameSurname.size() > 1;
    }

    /**
     * The people of {@code name} when the article writes it out for two or more (call {@link #fullest} first: it
     * fills this), else null.
     */
    List<List<String>> sharedBy(String name) {
        return shared.get(name);
    }

    /** The name in a run of capitalised words, after its last title word; null if nothing is left. */
    String stripTitles(Mention m) {
        int from = nameStart(m.first(), m.end());
        return from < 0 ? null : v.raw.substring(v.start(from), v.end(m.end() - 1));
    }

    /** The first token of {@link #stripTitles}' name in the run of tokens {@code first} to {@code end}, or -1. */
    int nameStart(int first, int end) {
        int from = first;
        while (from + 1 < end && v.has(from, WordClasses.CALENDAR)) {
            from++;
        }
        for (int k = first; k < end; k++) {
            if (v.has(k, WordClasses.TITLE) && k + 1 < end) {
                from = k + 1;
            }
        }
        while (from < end && !NounPhrases.isNameWord(v, from)) {
            from++;
        }
        if (from >= 2 && end - from >= 3 && v.isLowerWord(from - 1) && v.norm(from - 1).equals("of")
                && v.isCapitalised(from - 2)) {
            // "Secretary of State Ada Vos", "Chief of Staff Ivo Lind": the department is no part of the name (a
            // run of name words after it only: "University of California at Berkeley" is left whole)
            int k = from + 1;
            while (end - k > 2 && v.seenInLowerCaseAt(k)) {
                k++;
            }
            boolean names = true;
            for (int j = k; j < end && names; j++) {
                names = NounPhrases.isNameWord(v, j);
            }
            from = names ? k : from;
        }
        return from < end ? from : -1;
    }

    /** True if token {@code k}'s text holds a space after its first character. */
    private boolean hasSpace(int k) {
        for (int i = v.start(k) + 1; i < v.end(k); i++) {
            if (v.raw.charAt(i) == ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * The fullest name in the article ending with {@code name}: "Rosin" → "Kaupo Rosin" (longest, then first seen).
     * When the article writes out two people of that name ("Barack Obama", "Michelle Obama"), {@code name} as
     * written: which one a mention means is decided where it stands ({@link SpeakerResolver}'s fullestAt).
     */
    String fullest(String name) {
        String shorter = modified.get(name);   // "Republican Ivo Lind" is "Ivo Lind"
        return fullestCache.computeIfAbsent(shorter != null ? shorter : name, this::findFullest);
    }

    /** True if {@code name} has a space or the article writes out a fuller name ending with it. */
    boolean hasFullForm(String name) {
        return fullest(name).indexOf(' ') > 0 || shared.containsKey(name);
    }

    private String findFullest(String name) {
        List<List<String>> people = SharedSurnames.people(
                SharedSurnames.fuller(name, fullNames.getOrDefault(lastWord(name), List.of())));
        if (people.size() > 1) {
            shared.put(name, people);
        }
        return people.isEmpty() ? name : people.size() == 1 ? SharedSurnames.fullest(people.get(0)) : name;
    }

    static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
