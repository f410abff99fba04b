package dev.byline.quotes;

import java.util.Set;

/**
 * A time phrase a description was read from the start of: "… and long before White House officials started to …", "a
 * few months before its senior vice president boasted …". The subject is what follows "before" or "after"; the time
 * phrase (a time word or an amount of time, then the preposition) is no part of the speaker's label.
 */
final class TimeLeads {
    private TimeLeads() {
    }

    private static final Set<String> TIME_WORDS = Set.of("long", "shortly", "soon", "just", "right", "moments",
            "minutes", "hours", "days", "weeks", "months", "years", "decades");
    private static final Set<String> PREPOSITIONS = WordSet.of("before", "after");

    /** The first token of description {@code m} after a leading time phrase, or {@code m.first()} if it has none. */
    static int start(TextView v, Mention m) {
        for (int k = m.first() + 1; k < m.end() - 1 && k <= m.first() + 3; k++) {
            if (v.isLowerWord(k) && PREPOSITIONS.contains(v.norm(k))) {
                return TIME_WORDS.contains(v.norm(k - 1)) && v.isWord(k - 1) ? k + 1 : m.first();
            }
        }
        return m.first();
    }
}
