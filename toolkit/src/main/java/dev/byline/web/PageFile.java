package dev.byline.web;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A saved web page ({@code .html}, {@code .htm}, also gzipped): its article, decoded as the page declares
 * ({@link PageCharset}) and extracted by {@link ArticleExtractor}.
 *
 * <pre>{@code
 * WebRead read = PageFile.read(Path.of("saved/story.html"));
 * read.articles().get(0).article().title();
 * }</pre>
 */
public final class PageFile {
    private PageFile() {
    }

    /** Opens a file's bytes, from the start (a local file, or one on another file system). */
    @FunctionalInterface
    public interface Opener {
        /** A new stream of the bytes; the caller closes it. */
        java.io.InputStream open() throws java.io.IOException;
    }

    /** Reads {@code file}: one article, or a problem saying why there is none. */
    public static WebRead read(Path file) {
        return read(() -> java.nio.file.Files.newInputStream(file), file.getFileName().toString());
    }

    /** Reads a page from {@code opener}'s bytes; {@code name} ending in {@code .gz} says they are gzipped. */
    public static WebRead read(Opener opener, String name) {
        WebRead.Collector out = new WebRead.Collector();
        byte[] bytes = WebBytes.readOrTell(opener::open, name, out);
        if (bytes == null) {
            return out.result();
        }
        if (bytes.length == 0) {
            out.problem(new WebRead.Problem("", "empty file"));
            return out.result();
        }
        extractInto(out, bytes, null, "", "", 0, "");
        return out.result();
    }

    /**
     * Decodes and extracts one page into {@code sink}: an article, or why there is none (a problem for a page file,
     * {@code where} empty; a skip for an archive's record).
     */
    static void extractInto(WebRead.Sink sink, byte[] bytes, String contentType, String url, String where, int ordinal,
            String captured) {
        String html;
        try {
            html = PageCharset.decode(bytes, contentType).text();
        } catch (PageCharset.UnknownCharsetException e) {
            sink.problem(new WebRead.Problem(where, e.getMessage()));
            return;
        }
        String binary = BinaryPage.problem(bytes, html);
        if (binary != null) {
            if (where.isEmpty()) {
                sink.problem(new WebRead.Problem(where, binary));
            } else {
                sink.skipped(where, binary);
            }
            return;
        }
        Extraction x = ArticleExtractor.extract(html, url);
        Optional<Article> article = x.article();
        if (article.isPresent()) {
            sink.article(new WebRead.Found(where, ordinal, article.get(), captured));
        } else if (where.isEmpty()) {
            sink.problem(new WebRead.Problem(where, x.reason()));
        } else {
            sink.skipped(where, x.reason());
        }
    }
}
