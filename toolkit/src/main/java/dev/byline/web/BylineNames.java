package dev.byline.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names in a visible byline, without what templates set in the same element: a label before them ("Posted by",
 * "Veröffentlicht von", "Author", "View all posts by"), and the date, time or age of the post after them
 * ("Jane Doe - Apr 16, 2026 8:02 pm UTC", "Jane Doe am 21. April 2026", "Jane Doe • 8h", "Jane Doe hace 13 horas",
 * "Jane Doe Updated: March 3, 2026"), with a handle ("@janedoe"). A byline that is only a label or a date gives no names.
 *
 * <pre>{@code
 * BylineNames.of("Posted by Jane Doe March 2, 2026 11:00 PM @janedoe");   // "Jane Doe"
 * }</pre>
 */
final class BylineNames {
    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:(?:(?:written|posted|published|veröffentlicht|geschrieben"
            + "|erstellt|publié|écrit|publicado|escrito|pubblicato|scritto)\\s*(?:by|von|par|por|da)"
            + "|(?:view |see )?all (?:posts|articles|stories) by|(?:zeige )?alle (?:beiträge|artikel) von"
            + "|author|autor(?:in)?|auteur|autore)(?:\\s*:\\s*|\\s+|$|(?=(?-i:\\p{Lu}))))");
    /** A month name as a date writes it, in full or cut short ("Apr.", "août", "Dez"). */
    private static final String MONTH = WrittenDates.monthNames() + "\\p{L}*\\.?";
    /** Where the post's date, time or age begins: the names end before it. */
    private static final Pattern WHEN = Pattern.compile("(?iu)\\s*(?:[-–—|•·,]\\s*)?(?:\\b(?:updated|published|created"
            + "|posted|aktualisiert|veröffentlicht|erstellt|publié|mis à jour|actualizado|publicado)\\s*:?\\s*)?(?:\\b(?:am|on|le|el|il|at|um|den)\\s+)?"
            + "(?:\\b\\d{1,4}[./-]\\d{1,2}(?:[./-]\\d{2,4})?\\b|\\b\\d{1,2}\\.?\\s+" + MONTH + "|\\b" + MONTH + "\\s+\\d{1,2}\\b"
            + "|\\b\\d{1,2}:\\d{2}\\b|\\b\\d+\\s?(?:h|min|d)\\b|\\b(?:vor|před|hace|il y a|há)\\s+\\d+"
            + "|\\b\\d+\\s+(?:hours?|minutes?|days?|stunden|minuten|tagen?)\\s+ago\\b).*$");
    private static final Pattern HANDLE = Pattern.compile("\\s+@[\\w.]+\\s*$");

    private BylineNames() {
    }

    /** The names in {@code byline}, or "" when it holds none. */
    static String of(String byline) {
        String s = byline.strip();
        Matcher label = LABEL.matcher(s);
        if (label.lookingAt()) {
            s = s.substring(label.end());
        }
        s = WHEN.matcher(s).replaceFirst("");
        s = HANDLE.matcher(s).replaceFirst("");
        s = s.replaceAll("[\\s,;:|•·–—-]+$", "").strip();
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "" : s;
    }
}
