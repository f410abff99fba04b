package dev.byline.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them, read into ISO 8601: {@code 2026-03-03T09:15:00+01:00} keeps its offset, a date without
 * a time stays a date, a time without a zone stays local (nothing is invented). Accepts the ISO forms with or
 * without the colon in the offset, a space for the {@code T}, fractions of seconds, and RFC 1123
 * ({@code Tue, 3 Mar 2026 09:15:00 GMT}).
 *
 * <pre>{@code
 * PageDates.iso("2026-03-03 09:15:00+0100");   // Optional[2026-03-03T09:15+01:00]
 * }</pre>
 */
public final class PageDates {
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern LEADING_ISO = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private PageDates() {
    }

    /** {@code value} as ISO 8601, or empty if it is not a date in a form this reads. */
    public static Optional<String> iso(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip();
        Matcher lead = LEADING_ISO.matcher(s);
        if (lead.find()) {
            String v = lead.group().replace(' ', 'T');
            Matcher off = OFFSET_WITHOUT_COLON.matcher(v);
            if (v.length() > 10 && off.find()) {
                v = v.substring(0, off.start()) + off.group(1) + ":" + off.group(2);
            }
            try {
                return Optional.of(OffsetDateTime.parse(v).toString());
            } catch (DateTimeParseException e) {
                // no offset: a local time or a date
            }
            try {
                return Optional.of(LocalDateTime.parse(v).toString());
            } catch (DateTimeParseException e) {
                // a date alone
            }
            try {
                return Optional.of(LocalDate.parse(v.substring(0, 10)).toString());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
