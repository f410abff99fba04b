package dev.byline.cli;

/** How an analysis command prints its table. */
public enum OutputFormat {
    /** Aligned columns for reading on a terminal. */
    table,
    /** RFC 4180 CSV with a header row. */
    csv,
    /** One JSON object a line. */
    json
}
