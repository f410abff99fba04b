package dev.byline.corpus;

import dev.byline.text.Document;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code .txt} and {@code .md} files (also {@code .text}, {@code .markdown}): one document a file, its
 * text exactly as written (strict UTF-8, a byte-order mark dropped), Markdown by its name.
 */
final class PlainTextReader extends Utf8TextReader {
    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text", "md", "markdown");
    }

    @Override
    public boolean oneDocumentPerFile() {
        return true;
    }

    @Override
    FileReading read(SourceFile file, String text, LoadOptions options) {
        return FileReading.of(Document.fromFile(file.id(), file.path(), text, Map.of()));
    }
}
