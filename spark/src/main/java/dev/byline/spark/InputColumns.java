package dev.byline.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * Where the text and the id are in JSONL records and Parquet rows.
 *
 * @param text the field or column holding the article text ({@code text} by default)
 * @param id   the field or column holding the document id ({@code id} by default)
 */
public record InputColumns(String text, String id) implements Serializable {
    public InputColumns {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(id, "id");
    }

    /** {@code text} and {@code id}. */
    public static InputColumns defaults() {
        return new InputColumns("text", "id");
    }
}
