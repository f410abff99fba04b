package dev.byline.cli;

import dev.byline.text.Parts;
import picocli.CommandLine.Option;

/**
 * {@code --no-title}, shared by the commands that read headlines (terms, kwic, keyness, collocates, trends,
 * quotes): by default a document's headline is read as text of its own beside its body.
 */
public final class TitleOption {
    @Option(names = "--no-title", description = {
        "Leave the headline out: read the body alone. By default the headline is read too, as",
        "text of its own (rows found in it say part=title; their offsets index the headline)."})
    boolean noTitle;

    /** The parts of a document to read. */
    Parts parts() {
        return noTitle ? Parts.BODY : Parts.TITLE_AND_BODY;
    }
}
