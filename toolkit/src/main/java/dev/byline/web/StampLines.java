package dev.byline.web;

import java.util.regex.Pattern;

/**
 * Lines a page template stamps beside a story: its date ("Updated 3:45 PM, March 3, 2026", "Erstellt am Dienstag
 * 6. Mai 2014", "23.10.2018", "Release date:" with the date beside it), its reading time ("5 min read", "Lesezeit:
 * 4 Minuten", "11 minut czytania") and the sections and tags it is filed under ("Posted in Politics, Local",
 * "Category: Press releases", "Veröffentlicht in Body & Fitness"), or several such fields in one line ("News date:
 * 04/21/2022 Category: Press Releases"). They are the page's metadata (read by {@link PageMetadata}), not the
 * story's words, so a block that is nothing but such a stamp is left out of the body.
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
            + "|(?:release|news|publication|publish|post) date|date (?:of publication|published)"
            + "|erstellt|aktualisiert|veröffentlicht|veröffentlichung(?:sdatum)?|geändert|zuletzt aktualisiert|stand|datum"
            + "|publié|mis à jour|date de publication|publicado|actualizado|fecha(?: de publicación)?|pubblicato|aggiornato"
            + "|data (?:di )?pubblicazione)(?: am| on| le| el| il| at| in)?";
    /** Labels of the sections and tags a story is filed under, written before a colon. */
    private static final String FILED_LABEL = "(?:categor(?:y|ies)|sections?|tags?|tagged|topics?|kategorien?|rubriken?"
            + "|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|catégories?|rubriques?|étiquettes|mots[- ]clés|categorías?"
            + "|etiquetas|categori[ae]|argomenti|tagi|kategorie)";
    /** A line naming where the story is filed: "Posted in …", "Filed under …", "Category: …". */
    private static final Pattern FILED = Pattern.compile("(?iu)^(?:(?:posted|filed|published|veröffentlicht|abgelegt"
            + "|publié|classé|publicado|archivado|pubblicato|opublikowano) ?(?:in|under|unter|dans|en|em|w)"
            + "(?:\\s|(?-i:(?=\\p{Lu})))|" + FILED_LABEL + "\\s*:).{1,100}$");
    /** The reading time a template shows: a number of minutes and a word saying they are for reading. */
    private static final String MINUTES = "(?:ca\\.?\\s*|about\\s*|~\\s*)?\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?\\s*"
            + "(?:min(?:ute)?s?|min\\.|minuten|minut[ya]?|minutos?|minuti)";
    private static final Pattern READING_TIME = Pattern.compile("(?iu)^(?:(?:estimated )?(?:reading time|read time|time to read"
            + "|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|czas czytania|leestijd)"
            + "\\s*:?\\s*" + MINUTES + "\\.?|" + MINUTES + "\\.?\\s*(?:read|reading|to read|lesezeit|lesedauer|de lecture|de lectura"
            + "|di lettura|de leitura|czytania|leestijd))\\s*$");
    /** Two or more labelled fields of the page's metadata in one line, each label a date's or a filing's. */
    private static final Pattern FIELDS = Pattern.compile("(?iu)^(?:(?:" + LABEL + "|" + FILED_LABEL + "|author|autor)\\s*:\\s*"
            + "[^:]{1,60}?\\s*[|·•,]?\\s*){2,}$");
    /** A date's label standing alone, its date set apart beside it ("Release date:"). */
    private static final Pattern BARE_LABEL = Pattern.compile("(?iu)^" + LABEL + "\\s*:$");
    /** An optional label, an optional weekday, a date, an optional time and zone, and nothing else. */
    private static final Pattern STAMP = Pattern.compile("(?iu)^(?:" + LABEL + "\\s*:?\\s*)?(?:[\\p{L}]+,?\\s+)?" + DATE
            + "(?:,?\\s*(?:at|um|à|a las|alle|-|–|\\|)?\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*(?:am|pm|uhr|h))?(?:\\s*[a-z]{2,5})?)?\\s*[|·]?$");
    /** A label and a time or date given another way ("Updated 3:45 PM EST, Tue March 3, 2026"). */
    private static final Pattern LABELLED = Pattern.compile("(?iu)^" + LABEL + "\\s*:?\\s+.*(?:" + DATE
            + "|\\b\\d{1,2}:\\d{2}\\b).*$");

    /**
     * A blog template's note under a post saying when it was posted and where it is filed, in a sentence or two ("This
     * entry was posted on Monday, March 2nd, 2026 at 9:15 am and is filed under Harbour. You can follow any responses
     * …", "Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt"): it opens by naming the post (or with the
     * date's verb), then says where the post is filed. A story's sentence about a filing opens otherwise.
     */
    private static final Pattern FILING_NOTE = Pattern.compile("(?iu)^(?:(?:this|the) (?:entry|post|article)|(?:der|dieser)"
            + " (?:beitrag|eintrag|artikel)|ce (?:billet|article)|esta entrada|questo (?:articolo|post)|posted|erstellt|publié)\\b"
            + ".{0,200}?\\b(?:and|und|et|y|e) (?:is |was |ist |wurde |est |está )?(?:(?:\\p{L}+ ){0,2}?"
            + "(?:filed|abgelegt|classé|archivado|archiviato|kategorisiert) (?:under|in|unter|dans|en|sotto)\\b"
            + "|unter .{1,80}?\\b(?:abgelegt|kategorisiert)\\b)");
    /** A filing note is at most this long. */
    static final int MAX_FILING_NOTE_CHARS = 500;

    private StampLines() {
    }

    /** True if {@code text} (a block's whole text) is a blog template's note of when a post was posted and filed. */
    static boolean isFilingNote(String text) {
        return text.length() <= MAX_FILING_NOTE_CHARS && FILING_NOTE.matcher(text).lookingAt();
    }

    /**
     * True if {@code text} (a block's whole text) is a date stamp and nothing more, or a line of the page's other
     * metadata: its reading time, the sections and tags it is filed under, a date's label.
     */
    static boolean isStamp(String text) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        return STAMP.matcher(text).matches() || LABELLED.matcher(text).matches() && !text.endsWith(".")
                || READING_TIME.matcher(text).matches() || BARE_LABEL.matcher(text).matches()
                || FILED.matcher(text).matches() && !text.endsWith(".") || FIELDS.matcher(text).matches();
    }
}
