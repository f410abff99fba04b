package dev.byline.text;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A dateline opening an article, such as {@code "LONDON (Northwind) - "}, {@code "ROTTERDAM, March 3, 2026
 * (Northwind) — "}, {@code "March 3, 2026 — "} or {@code " date 2026-02-10 LONDON — "}. It is not body text.
 *
 * @param span   the whole dateline, dash included
 * @param date   the date it gives, if any; a date written without its year ({@code Feb 26}) takes the year of the
 *               document's publication date (metadata {@code published}, else {@code date}): the latest such day not
 *               after it; with no publication date known it gives none
 * @param place  the place it names, as written (LONDON), or ""
 * @param agency the agency it names in brackets (Reuters, AP), or ""
 */
public record Dateline(Span span, Optional<LocalDate> date, String place, String agency) {
    /** A dateline naming no agency. */
    public Dateline(Span span, Optional<LocalDate> date, String place) {
        this(span, date, place, "");
    }
}
