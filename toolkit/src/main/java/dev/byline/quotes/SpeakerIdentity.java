package dev.byline.quotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who is who across documents: a speaker named in one article by a short form ("Bakker", "De
 * Vries") is the person a fuller name in another article ends with ("Joost Bakker", "Marieke de
 * Vries") when the corpus gives exactly one such fuller name; with two or more ("Joost Bakker",
 * "Anna Bakker") the short form stays apart and the decision is reported as undecided.
 * Descriptions ("a White House official") are never joined to names.
 *
 * <pre>{@code
 * SpeakerIdentity ids = SpeakerIdentity.of(List.of("Joost Bakker", "Bakker", "Trump"));
 * ids.canonical("Bakker");   // "Joost Bakker"
 * }</pre>
 */
final class SpeakerIdentity {
    private final Map<String, String> canonical = new TreeMap<>();
    private final Map<String, String> notes = new TreeMap<>();

    private SpeakerIdentity() {
    }

    /** The identities of a set of speaker labels (fullest names per document, or descriptions). */
    static SpeakerIdentity of(Collection<String> speakers) {
        SpeakerIdentity out = new SpeakerIdentity();
        TreeSet<String> names = new TreeSet<>();
        for (String s : speakers) {
            if (isName(s)) {
                names.add(s);
            }
        }
        for (String s : names) {
            List<String> fuller = new ArrayList<>();
            String tail = " " + s.toLowerCase(Locale.ROOT);
            for (String f : names) {
                if (f.length() > s.length() && f.toLowerCase(Locale.ROOT).endsWith(tail) && !f.contains(" and ")) {
                    fuller.add(f);
                }
            }
            // the longest names only: "Marieke de Vries" and "de Vries" both end with "Vries"
            fuller.removeIf(f -> fuller.stream().anyMatch(g -> g.length() > f.length()
                    && g.toLowerCase(Locale.ROOT).endsWith(" " + f.toLowerCase(Locale.ROOT))));
            if (fuller.size() == 1) {
                out.canonical.put(s, fuller.get(0));
            } else if (fuller.size() > 1) {
                out.notes.put(s, "undecided: " + s + " may be " + String.join(" or ", fuller));
            }
        }
        // a chain ("Vries" → "de Vries" → "Marieke de Vries") ends at the fullest name
        for (Map.Entry<String, String> e : out.canonical.entrySet()) {
            String c = e.getValue();
            for (int guard = 0; guard < 8 && out.canonical.containsKey(c); guard++) {
                c = out.canonical.get(c);
            }
            e.setValue(c);
        }
        return out;
    }

    /** The label a speaker is counted under across the corpus: the one fuller name, or itself. */
    String canonical(String speaker) {
        return canonical.getOrDefault(speaker, speaker);
    }

    /** Why a short name was left apart ("undecided: Bakker may be Anna Bakker or Joost Bakker"), or "". */
    String note(String speaker) {
        return notes.getOrDefault(speaker, "");
    }

    /** A name, not a description or an unresolved pronoun: starts with a capital letter. */
    static boolean isName(String speaker) {
        return speaker != null && !speaker.isEmpty() && Character.isUpperCase(speaker.codePointAt(0))
                && !speaker.equals("I");
    }
}
