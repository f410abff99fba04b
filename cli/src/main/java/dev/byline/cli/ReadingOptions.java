package dev.byline.cli;

import dev.byline.corpus.LoadOptions;
import picocli.CommandLine.Option;

/** How files are read (--text-field, --id-field, --strict): one set of options for every way of naming PATHS. */
public final class ReadingOptions {
    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
            description = "JSON field or CSV column with the article text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
            description = "JSON field or CSV column with the document id, if any (default: ${DEFAULT-VALUE}).")
    String idField;

    @Option(names = "--strict", description = "Stop at the first file that cannot be loaded.")
    boolean strict;

    LoadOptions options() {
        return LoadOptions.defaults().withTextField(textField).withIdField(idField).strict(strict);
    }
}
