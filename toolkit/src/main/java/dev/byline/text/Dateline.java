package dev.byline.text;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A dateline opening an article, such as {@code " date 2026-02-10 LONDON — "} or
 * {@code "KYIV, Ukraine (AP) — "}. It is not body text.
 *
 * @param span  the whole dateline, dash included
 * @param date  the date it gives, if any
 * @param place the place it names, as written (LONDON)
 */
public record Dateline(Span span, Optional<LocalDate> date, String place) {
}
