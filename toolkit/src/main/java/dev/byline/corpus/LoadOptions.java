package dev.byline.corpus;

import java.util.Objects;

/**
 * How {@link Corpus#load(LoadOptions, java.nio.file.Path...)} reads files.
 *
 * <pre>{@code
 * Corpus c = Corpus.load(LoadOptions.defaults().withTextField("body").strict(true), Path.of("feed.jsonl"));
 * }</pre>
 *
 * @param textField the JSON field or CSV column holding the article text ({@code text})
 * @param idField   the JSON field or CSV column holding the id, when present ({@code id})
 * @param strict    if true, any problem stops loading with a {@link dev.byline.BylineException}
 */
public record LoadOptions(String textField, String idField, boolean strict) {
    public LoadOptions {
        Objects.requireNonNull(textField, "textField");
        Objects.requireNonNull(idField, "idField");
    }

    /** Text in {@code text}, ids in {@code id}, problems reported rather than fatal. */
    public static LoadOptions defaults() {
        return new LoadOptions("text", "id", false);
    }

    /** These options with another text field or column. */
    public LoadOptions withTextField(String field) {
        return new LoadOptions(field, idField, strict);
    }

    /** These options with another id field or column. */
    public LoadOptions withIdField(String field) {
        return new LoadOptions(textField, field, strict);
    }

    /** These options, strict or not. */
    public LoadOptions strict(boolean value) {
        return new LoadOptions(textField, idField, value);
    }
}
