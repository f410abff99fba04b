package dev.byline.terms;

/**
 * What {@link Trends} groups documents by; the name is the first column's name.
 *
 * <pre>{@code
 * Trends.of(corpus, List.of("putin"), TrendBy.OUTLET, TermOptions.defaults());   // columns outlet, term, ...
 * }</pre>
 */
public enum TrendBy {
    /** The document's date, as {@code YYYY-MM-DD}. */
    DATE,
    /** The document's month, as {@code YYYY-MM}. */
    MONTH,
    /** The document's year. */
    YEAR,
    /** The document's outlet. */
    OUTLET;

    /** The column name: {@code date}, {@code month}, {@code year} or {@code outlet}. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
