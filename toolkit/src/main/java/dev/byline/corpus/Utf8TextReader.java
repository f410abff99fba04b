package dev.byline.corpus;

/**
 * A reader of a format written as UTF-8 text (plain text, Markdown, JSON, CSV): the file is decoded strictly
 * once, here, and a file that is not UTF-8 text (empty, binary, UTF-16, bad bytes) is one problem, worded
 * alike for every such format.
 */
abstract class Utf8TextReader implements DocumentReader {
    @Override
    public final FileReading read(SourceFile file, LoadOptions options) {
        String text;
        try {
            text = TextFiles.read(file);
        } catch (LoadFailure e) {
            return FileReading.failed(file.path(), e.getMessage());
        }
        return read(file, text, options);
    }

    /** The documents and problems of {@code file}, whose decoded text is {@code text}. */
    abstract FileReading read(SourceFile file, String text, LoadOptions options);
}
