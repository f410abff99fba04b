package dev.byline.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens an article's first body line, in the forms wire copy uses: a place in
 * capitals, then optionally a date and an agency in brackets, then a dash.
 *
 * <pre>
 * LONDON (Northwind) - ...                       place, agency
 * NEW YORK, Feb 26 - ...                         place, date without a year (the year from publication)
 * ROTTERDAM, March 3, 2026 (Northwind) — ...     place, date, agency
 * KYIV, Ukraine (AP) — ...                       place with its region, agency
 * March 3, 2026 — ...                            date alone (with its year)
 * date 2026-02-10 LONDON — ...                   an ISO date, then the place
 * </pre>
 *
 * A plain hyphen counts as the dash only when a date or an agency stands before it, so that a sentence
 * opening with capitals and a hyphen is not read as a dateline.
 */
final class Datelines {
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String AGENCY = "(?:\\((?<agency>\\p{L}[\\p{L}&.' ]{0,28})\\)\\s*)?";
    private static final String DASH = "(?<dash>[\u2014\u2013]|--|-(?=\\s))\\s*";
    private static final Pattern ISO = Pattern.compile(
            "^date\\s+(?<iso>\\d{4}-\\d{2}-\\d{2})\\s+(?:(?<place>\\p{Lu}[\\p{Lu}.'\\- ]*\\p{Lu}\\.?(?:,\\s*\\p{Lu}[\\p{L}.' ]*?)?)\\s*"
            + AGENCY + ")?[\u2014\u2013-]{1,2}\\s*");
    private static final Pattern WIRE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}.'\\-]+(?: \\p{Lu}[\\p{Lu}.'\\-]+)*(?:,\\s*\\p{Lu}[\\p{L}.' ]*?)?)"
            + "(?:,\\s*" + MONTH + "\\s+(?<day>\\d{1,2})(?:,?\\s+(?<year>\\d{4}))?)?\\s*" + AGENCY + DASH);
    private static final Pattern DATE = Pattern.compile(
            "^" + MONTH + "\\s+(?<day>\\d{1,2}),?\\s+(?<year>\\d{4})\\s*" + AGENCY + DASH);

    /**
     * A dateline read: where its text ends ({@code spanEnd}, without the space after the dash) and where the
     * body starts ({@code bodyStart}), in chars of the line.
     *
     * @param date     the date as {@code YYYY-MM-DD}, or null (none, or no year given)
     * @param place    the place as written, or ""
     * @param agency   the agency in brackets, or ""
     * @param monthDay the month and day as {@code --MM-DD} when the dateline gives them without a year, or null
     */
    record Read(int spanEnd, int bodyStart, String date, String place, String agency, String monthDay) {
    }

    private Datelines() {
    }

    /**
     * False if the line cannot open with a dateline: it begins {@code date}, with a capital followed by another
     * or by {@code . ' -}, or with a month's name. Spares the patterns on most documents.
     */
    static boolean mayBe(String start) {
        if (start.startsWith("date")) {
            return true;
        }
        if (start.isEmpty()) {
            return false;
        }
        int c0 = start.codePointAt(0);
        int next = Character.charCount(c0);
        if (Character.getType(c0) != Character.UPPERCASE_LETTER || next >= start.length()) {
            return false;
        }
        int c1 = start.codePointAt(next);
        return Character.getType(c1) == Character.UPPERCASE_LETTER || c1 == '.' || c1 == '\'' || c1 == '-'
                || start.length() >= 3 && MONTHS.contains(start.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** The dateline opening {@code line} (a trimmed first body line), or null; some body text must follow it. */
    static Read read(String line) {
        for (Pattern p : new Pattern[] {ISO, WIRE, DATE}) {
            Matcher m = p.matcher(line);
            if (!m.lookingAt() || m.end() >= line.length()) {
                continue;
            }
            String agency = m.group("agency") == null ? "" : m.group("agency").strip();
            String date = p == ISO ? m.group("iso") : isoDate(m);
            if (p != ISO && m.group("dash").equals("-") && agency.isEmpty() && m.group("month") == null) {
                continue;   // "BRUSSELS - " alone is too weak a sign: capitals and a hyphen open sentences too
            }
            String place = p == DATE || m.group("place") == null ? "" : m.group("place").strip();
            int spanEnd = m.end();
            while (spanEnd > 0 && Character.isWhitespace(line.charAt(spanEnd - 1))) {
                spanEnd--;
            }
            String monthDay = p != ISO && date == null && m.group("month") != null
                    ? String.format(Locale.ROOT, "--%02d-%02d", month(m), Integer.parseInt(m.group("day"))) : null;
            return new Read(spanEnd, m.end(), date, place, agency, monthDay);
        }
        return null;
    }

    /**
     * The date a dateline written without its year ({@code Feb 26}) stands for, given when the article was
     * published: the latest such day not after publication, since a dateline names the day the story was filed.
     * Empty when the publication date is unknown or the day never falls in the years looked at (a 30 February).
     *
     * @param monthDay  the dateline's {@code --MM-DD}, or null
     * @param published the publication date, if known
     */
    static Optional<LocalDate> withYearOf(String monthDay, Optional<LocalDate> published) {
        if (monthDay == null || published.isEmpty()) {
            return Optional.empty();
        }
        MonthDay md;
        try {
            md = MonthDay.parse(monthDay);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        LocalDate by = published.get();
        // 29 February waits for a leap year: at most eight years back
        for (int year = by.getYear(); year >= by.getYear() - 8; year--) {
            if (md.isValidYear(year) && !md.atYear(year).isAfter(by)) {
                return Optional.of(md.atYear(year));
            }
        }
        return Optional.empty();
    }

    private static String isoDate(Matcher m) {
        if (m.group("month") == null || m.group("year") == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", m.group("year"), month(m), Integer.parseInt(m.group("day")));
    }

    private static int month(Matcher m) {
        return MONTHS.indexOf(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
