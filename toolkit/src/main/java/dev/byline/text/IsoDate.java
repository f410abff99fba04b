package dev.byline.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates written as ISO 8601 calendar dates, as metadata gives them.
 *
 * <pre>{@code
 * IsoDate.parse("2026-02-10T09:00:00Z");   // Optional[2026-02-10]
 * IsoDate.parse("10 Feb 2026");            // Optional.empty()
 * }</pre>
 */
public final class IsoDate {
    private IsoDate() {
    }

    /** The number written in ASCII digits in {@code s[from, to)}, or -1 if another character is there. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Reads {@code 2026-02-10} or the date part of {@code 2026-02-10T09:00:00Z}. */
    public static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        // what "^(\\d{4}-\\d{2}-\\d{2})" finds, read without a pattern: a sidecar has a date a row
        String s = value.strip();
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return Optional.empty();
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

}
