package dev.byline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The story's byline where the template sets it as a line of the story's head ("By Jane Doe", "Von Georg Kasch",
 * "Par Anne Martin le 14.09.2020 à 11h46", "Jane Doe, 02.02.2022", the name alone): the page's metadata, read into
 * the article's authors, not the story's words. A line is a byline when it names one of the article's authors and
 * says little else: a byline word, a date and time, the outlet, separators. A sentence that names the writer ("Jane
 * Doe has covered the harbour since 2012.") says more and stays.
 *
 * <pre>{@code
 * BylineLines.isByline("By Jane Doe, Harbour Gazette", List.of("Jane Doe"), "Harbour Gazette");   // true
 * BylineLines.isByline("Jane Doe has covered the harbour since 2012.", List.of("Jane Doe"), "");   // false
 * }</pre>
 */
final class BylineLines {
    /** A byline is a short line; a longer block is a paragraph that names its writer. */
    static final int MAX_CHARS = 100;
    /** How many of the story's first paragraphs may be its head (kicker, standfirst, byline, date). */
    static final int HEAD_PARAGRAPHS = 4;
    /** Words a byline may hold besides the names, the date and the byline words: "Eine Kolumne", an outlet's two. */
    static final int OTHER_WORDS = 2;

    /** Words that open a byline or join its names, in the languages of the pages read. */
    private static final Pattern BYLINE_WORDS = Pattern.compile("(?iu)\\b(?:written by|posted by|by|von|par|por|door|di|av|af"
            + "|text|texte|autor(?:in)?|author|auteur|redaktion|and|und|et|y|e|en|og|och|le|am|on|at|um|à|a las|de)\\b");
    private static final Pattern DATE_OR_TIME = Pattern.compile("(?iu)\\b\\d{1,4}(?:[./:h-]\\s?\\d{1,4}){0,2}\\.?(?:\\s?(?:am|pm|uhr))?"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|févr|avr|juil|sept|déc"
            + "|ene|abr|ago|dic)[\\p{L}]*\\.?"
            + "|\\b(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi"
            + "|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)[\\p{L}]*\\.?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private BylineLines() {
    }

    /**
     * The paragraphs without the byline lines among the story's head (its first {@link #HEAD_PARAGRAPHS}); the same list
     * when the article names no author or no line of its head is a byline.
     */
    static List<String> dropped(List<String> paragraphs, List<String> authors, String outlet) {
        if (authors.isEmpty()) {
            return paragraphs;
        }
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i < HEAD_PARAGRAPHS && isByline(paragraphs.get(i), authors, outlet)) {
                continue;
            }
            kept.add(paragraphs.get(i));
        }
        return kept.size() == paragraphs.size() || kept.isEmpty() ? paragraphs : kept;
    }

    /**
     * True if {@code line} names one of {@code authors} and says little else ({@link BylineLines}) besides the
     * {@code outlet} (may be empty). A name followed by a colon and words is a speaker's turn in an interview.
     */
    static boolean isByline(String line, List<String> authors, String outlet) {
        if (line.length() > MAX_CHARS || line.endsWith("?") || line.endsWith("!")) {
            return false;
        }
        String rest = line.toLowerCase(Locale.ROOT);
        boolean named = false;
        for (String author : authors) {
            String name = author.strip().toLowerCase(Locale.ROOT);
            if (name.length() >= 3 && rest.contains(name)) {
                if (Pattern.compile(Pattern.quote(name) + "\\s*:\\s*\\p{L}").matcher(rest).find()) {
                    return false;   // "Jane Doe: Why the pier?" is her question, not her byline
                }
                rest = rest.replace(name, " ");
                named = true;
            }
        }
        if (!named) {
            return false;
        }
        String site = outlet.strip().toLowerCase(Locale.ROOT);
        if (site.length() >= 3) {
            rest = rest.replace(site, " ");
        }
        rest = BYLINE_WORDS.matcher(DATE_OR_TIME.matcher(rest).replaceAll(" ")).replaceAll(" ");
        int words = 0;
        for (var m = WORD.matcher(rest); m.find(); ) {
            words++;
        }
        return words <= OTHER_WORDS;
    }
}
