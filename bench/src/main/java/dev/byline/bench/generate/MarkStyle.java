package dev.byline.bench.generate;

/** The quotation marks an outlet uses, with the name truth.jsonl gives them. */
public enum MarkStyle {
    CURLY_DOUBLE("curly-double", "\u201C", "\u201D"),
    STRAIGHT_DOUBLE("straight-double", "\"", "\""),
    GUILLEMETS("guillemets", "\u00AB", "\u00BB"),
    CURLY_SINGLE("curly-single", "\u2018", "\u2019");

    private final String label;
    private final String open;
    private final String close;

    MarkStyle(String label, String open, String close) {
        this.label = label;
        this.open = open;
        this.close = close;
    }

    /** The name used in truth.jsonl, e.g. {@code curly-double}. */
    public String label() {
        return label;
    }

    /** The opening mark. */
    public String open() {
        return open;
    }

    /** The closing mark. */
    public String close() {
        return close;
    }
}
