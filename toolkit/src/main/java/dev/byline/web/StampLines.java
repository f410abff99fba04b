package dev.byline.web;

import java.util.regex.Pattern;

/**
 * Lines a page template stamps beside a story: its date ("Updated 3:45 PM, March 3, 2026", "Erstellt am Dienstag
 * 6. Mai 2014", "23.10.2018"). They are the page's metadata (read by {@link PageMetadata}), not the story's words,
 * so a block that is nothing but such a stamp is left out of the body.
 *
 * <pre>{@code
 * StampLines.isStamp("Published: 12.03.2026, 14:05");   // true
 * StampLines.isStamp("The vote was on 12 March 2026.");  // false: a sentence of the story
 * }</pre>
 */
final class StampLines {
    /** A stamp is a short line; a longer block is a paragraph that mentions a date. */
    static final int MAX_CHARS = 90;

    private static final String MONTH = "(?:jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar|rero)?|févr(?:ier)?|mar(?:ch|s|zo|ço)?|märz|apr(?:il|il|ile)?|avr(?:il)?"
            + "|ma[iy]|mai|mayo|maggio|jun(?:e|i|io)?|juin|jul(?:y|i|io)?|juil(?:let)?|aug(?:ust)?|août|agosto|sep(?:t(?:ember)?)?"
            + "|sept(?:embre)?|septiembre|settembre|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|nov(?:ember|embre)?"
            + "|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|dic(?:iembre|embre)?)\\.?";
    private static final String DATE = "(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}\\.? " + MONTH + ",? \\d{4}|"
            + MONTH + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2}(?:t[\\d:]+z?)?)";
    private static final String LABEL = "(?:published|updated|last (?:modified|updated)|posted|modified|created|date"
            + "|erstellt|aktualisiert|veröffentlicht|geändert|zuletzt aktualisiert|stand|datum|publié|mis à jour|publicado"
            + "|actualizado|pubblicato|aggiornato)(?: am| on| le| el| il| at| in)?";
    /** An optional label, an optional weekday, a date, an optional time and zone, and nothing else. */
    private static final Pattern STAMP = Pattern.compile("(?iu)^(?:" + LABEL + "\\s*:?\\s*)?(?:[\\p{L}]+,?\\s+)?" + DATE
            + "(?:,?\\s*(?:at|um|à|a las|alle|-|–|\\|)?\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*(?:am|pm|uhr|h))?(?:\\s*[a-z]{2,5})?)?\\s*[|·]?$");
    /** A label and a time or date given another way ("Updated 3:45 PM EST, Tue March 3, 2026"). */
    private static final Pattern LABELLED = Pattern.compile("(?iu)^" + LABEL + "\\s*:?\\s+.*(?:" + DATE
            + "|\\b\\d{1,2}:\\d{2}\\b).*$");

    private StampLines() {
    }

    /** True if {@code text} (a block's whole text) is a date stamp and nothing more. */
    static boolean isStamp(String text) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        return STAMP.matcher(text).matches() || LABELLED.matcher(text).matches() && !text.endsWith(".");
    }
}
