package dev.byline.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The publication date a page writes beside its headline when its markup states none: many blogs and small sites set
 * "18. Mai 2014", "Posted on March 2, 2026 by Jane" or "Von Georg Kasch, 02.02.2026" as a line under (or a kicker over)
 * the headline, and nothing in their head. Read from a short line (at most {@link #MAX_LINE_CHARS}, a byline's length)
 * among the text just after the headline, else just before it. A date in a sentence of the story is an event's, not
 * the page's; a date after an "updated" label is when the page changed. A date with a four-digit year only: day,
 * month and year in the common orders (ISO, {@code 18.05.2014}, {@code 18. Mai 2014}, {@code May 18, 2014},
 * {@code 18 May 2014}); a slashed date is read only when its order is plain (a day over 12). Last, the page's address
 * when it holds a date ({@code /2014/05/18/}).
 *
 * <pre>{@code
 * // <h1>Ferry pier closes</h1><p>2. März 2026 · Jane Doe</p> …
 * WrittenDates.near(page, "Ferry pier closes", url);   // Optional[2026-03-02]
 * }</pre>
 */
final class WrittenDates {
    /** A line holding the page's date is short: a byline's length. */
    static final int MAX_LINE_CHARS = 100;
    /** How far past the headline the date may stand, in characters of text (the byline, a kicker, a standfirst). */
    static final int AFTER_CHARS = 600;
    /** How far before the headline it may stand (a date set over it). */
    static final int BEFORE_CHARS = 200;

    /** Words a line ending as a sentence does may hold besides its date ("Posted on May 2, 2026 by Jane Doe."). */
    static final int MAX_OTHER_WORDS = 8;

    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}{2}[.!?][\"'”’»)]*\\s*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A line that gives the date the page was changed, not the one it was published. */
    private static final Pattern UPDATED = Pattern.compile("(?iu)\\b(?:updated|last (?:modified|changed)|modified|aktualisiert"
            + "|geändert|mis à jour|modifié|actualizado|modificado|aggiornato|atualizado)\\b");
    private static final String MONTH_WORD = "(\\p{L}{3,10})\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?"
            + MONTH_WORD + ",?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?iu)\\b" + MONTH_WORD
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{2})[/-](\\d{2})(?:[/-]|\\.html?|$)");

    private WrittenDates() {
    }

    /**
     * The date written on a short line beside the headline of {@code page} (the heading that gives {@code title}, else
     * the first {@code h1}), as ISO 8601 ({@code 2014-05-18}); else the date in {@code url}; else empty.
     */
    static Optional<String> near(org.jsoup.nodes.Document page, String title, String url) {
        Element headline = headline(page, title);
        if (headline != null) {
            Optional<LocalDate> after = scan(headline, true);
            if (after.isPresent()) {
                return after.map(LocalDate::toString);
            }
            Optional<LocalDate> before = scan(headline, false);
            if (before.isPresent()) {
                return before.map(LocalDate::toString);
            }
        }
        return inAddress(url).map(LocalDate::toString);
    }

    private static Element headline(org.jsoup.nodes.Document page, String title) {
        String wanted = title == null ? "" : title.strip();
        Element first = null;
        for (Element h : page.body().select("h1, h2")) {
            if (!wanted.isEmpty() && h.text().strip().equalsIgnoreCase(wanted)) {
                return h;
            }
            if (first == null && h.nameIs("h1")) {
                first = h;
            }
        }
        return first;
    }

    /** The first date on a short line in the text after (or, nearest first, before) {@code headline}. */
    private static Optional<LocalDate> scan(Element headline, boolean forward) {
        Set<Element> read = new HashSet<>();
        Map<Element, Boolean> shortness = new IdentityHashMap<>();
        int budget = forward ? AFTER_CHARS : BEFORE_CHARS;
        Node node = forward ? nextAfter(headline) : previousBefore(headline);
        while (node != null && budget > 0) {
            if (node instanceof TextNode t && !t.isBlank() && node.parent() instanceof Element parent && !inScript(parent)) {
                budget -= t.text().strip().length();
                Element line = lineAround(parent, shortness);
                if (line != null && read.add(line)) {
                    Optional<LocalDate> date = dateIn(published(line.text()));
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
            node = forward ? next(node) : previousBefore(node);
        }
        return Optional.empty();
    }

    /** The part of a line before a label saying when the page was changed ("Published 2 May 2026, updated 3 May"). */
    private static String published(String line) {
        Matcher updated = UPDATED.matcher(line);
        return updated.find() ? line.substring(0, updated.start()) : line;
    }

    /**
     * The largest element around a text that is still one short line, or null when its own element is longer; each
     * element's length is counted once per scan ({@code shortness}), since the texts of one line share their parents.
     */
    private static Element lineAround(Element e, Map<Element, Boolean> shortness) {
        if (!shortness.computeIfAbsent(e, WrittenDates::isShort)) {
            return null;
        }
        Element line = e;
        while (line.parent() != null && !line.parent().nameIs("body")
                && shortness.computeIfAbsent(line.parent(), WrittenDates::isShort)) {
            line = line.parent();
        }
        return line;
    }

    /** True if {@code e} holds at most {@link #MAX_LINE_CHARS} characters of text, counted only that far. */
    private static boolean isShort(Element e) {
        int[] chars = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    chars[0] += t.getWholeText().strip().length();
                }
                return chars[0] > MAX_LINE_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return chars[0] <= MAX_LINE_CHARS;
    }

    private static boolean inScript(Element e) {
        return e.nameIs("script") || e.nameIs("style") || e.nameIs("noscript") || e.nameIs("template");
    }

    /** The first whole date written in {@code text}, in one of the forms this reads. */
    static Optional<LocalDate> dateIn(String text) {
        LocalDate best = null;
        int at = Integer.MAX_VALUE;
        int end = 0;
        for (Pattern p : List.of(ISO, DOTTED, SLASHED, DAY_MONTH, MONTH_DAY)) {
            Matcher m = p.matcher(text);
            while (m.find() && m.start() < at) {
                LocalDate d = read(p, m);
                if (d != null) {
                    best = d;
                    at = m.start();
                    end = m.end();
                    break;
                }
            }
        }
        if (best == null || SENTENCE_END.matcher(text).find()
                && words(text.substring(0, at) + " " + text.substring(end)) > MAX_OTHER_WORDS) {
            return Optional.empty();   // a sentence that mentions a date: an event's, not the page's
        }
        return Optional.of(best);
    }

    private static int words(String s) {
        int n = 0;
        for (Matcher m = WORD.matcher(s); m.find(); ) {
            n++;
        }
        return n;
    }

    private static LocalDate read(Pattern p, Matcher m) {
        if (p == ISO) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if (p == DOTTED) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        if (p == SLASHED) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && b <= 12) {
                return of(m.group(3), m.group(2), m.group(1));
            }
            return b > 12 && a <= 12 ? of(m.group(3), m.group(1), m.group(2)) : null;
        }
        if (p == DAY_MONTH) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            return month == null ? null : of(m.group(3), String.valueOf(month), m.group(1));
        }
        Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        return month == null ? null : of(m.group(3), String.valueOf(month), m.group(2));
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            return y < 1990 || y > 2100 ? null : LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date in a page's address ({@code /2014/05/18/}, {@code /2014-05-18-story}). */
    static Optional<LocalDate> inAddress(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? Optional.ofNullable(of(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    private static Node nextAfter(Node n) {
        Node at = n;
        while (at != null && at.nextSibling() == null) {
            at = at.parent();
        }
        return at == null ? null : at.nextSibling();
    }

    private static Node next(Node n) {
        return n.childNodeSize() > 0 ? n.childNode(0) : nextAfter(n);
    }

    private static Node previousBefore(Node n) {
        Node at = n.previousSibling();
        if (at == null) {
            return n.parent() instanceof Element p && !p.nameIs("body") ? p : null;
        }
        while (at.childNodeSize() > 0) {
            at = at.childNode(at.childNodeSize() - 1);
        }
        return at;
    }

    /**
     * A regular-expression group matching any month name or abbreviation this class knows, in the six languages of
     * its table, longest first (for {@link BylineNames}, which cuts a byline where its date begins).
     */
    static String monthNames() {
        return MONTHS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "janeiro"},
            {"february", "feb", "februar", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro"},
            {"march", "mar", "märz", "mars", "marzo", "março"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
            {"may", "mai", "mayo", "maggio", "maio"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "junho"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho"},
            {"august", "aug", "août", "agosto", "ago"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"},
            {"november", "nov", "novembre", "noviembre", "novembro"},
            {"december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dicembre", "dezembro"},
        };
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                out.put(n, i + 1);
            }
        }
        return Map.copyOf(out);
    }
}
