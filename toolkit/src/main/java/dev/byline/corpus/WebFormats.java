package dev.byline.corpus;

import dev.byline.text.Document;
import dev.byline.web.Article;
import dev.byline.web.FeedFile;
import dev.byline.web.PageFile;
import dev.byline.web.WarcFile;
import dev.byline.web.WebRead;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The web formats as the loader reads them: saved pages ({@code .html}, {@code .htm}, gzipped too), feeds
 * ({@code .rss}, {@code .atom}, {@code .xml}) and web archives ({@code .warc}, {@code .warc.gz}), each article a
 * {@link Document} whose raw text is its headline, a blank line and its body paragraphs separated by blank lines,
 * with the page's metadata as fields (title, url, authors, published, modified, outlet, language, section,
 * description, date, format; for an archive record also captured).
 */
final class WebFormats implements DocumentReader {
    /** Which web format a file is. */
    enum Kind { PAGE, FEED, ARCHIVE }

    /** The extensions named to users. */
    static final List<String> EXTENSIONS = List.of("html", "htm", "html.gz", "rss", "atom", "xml", "warc", "warc.gz");

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm", "xhtml", "html.gz", "htm.gz", "rss", "atom", "xml", "warc", "warc.gz");
    }

    @Override
    public boolean oneDocumentPerFile() {
        return false;   // a page is one document, but feeds and archives hold many; ids are known only by reading
    }

    @Override
    public FileReading read(SourceFile file, LoadOptions options) {
        return read(file);
    }

    /** The web format of {@code file} by its name, if it is one. */
    static Optional<Kind> kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "html", "htm", "xhtml" -> Optional.of(Kind.PAGE);
            case "rss", "atom", "xml" -> Optional.of(Kind.FEED);
            case "warc" -> Optional.of(Kind.ARCHIVE);
            default -> Optional.empty();
        };
    }

    /**
     * Reads a web file into documents: one for a page, one per item or article record ({@code id#N}); its
     * problems first (each names its record), then what it skipped, counted in one line, then its documents.
     */
    static FileReading read(SourceFile file) {
        Path path = file.path();
        Kind kind = kindOf(path).orElseThrow();
        WebRead read = switch (kind) {
            case PAGE -> PageFile.read(file.opener()::open, file.name());
            case FEED -> FeedFile.read(file.opener()::open, file.name());
            case ARCHIVE -> WarcFile.read(file.opener()::open);
        };
        FileReading.Builder out = new FileReading.Builder();
        for (WebRead.Problem p : read.problems()) {
            out.problem(path, p.toString());
        }
        if (read.skipped() > 0) {
            // counted, not silent: an archive's images and home pages are expected, but the user should see how many
            out.problem(path, read.skippedSummary());
        }
        for (WebRead.Found found : read.articles()) {
            String docId = kind == Kind.PAGE ? file.id() : file.id() + "#" + found.ordinal();
            out.document(document(docId, path, found, kind), found.where());
        }
        return out.build();
    }

    /**
     * Reads a web file as {@link #read} does, handing each entry to {@code out} as it is found: an archive's
     * documents and problems record by record (its skipped records counted in one line at the end), so that an
     * archive of any size is read in the memory of one record. Pages and feeds are small and read whole.
     */
    static void stream(SourceFile file, java.util.function.Consumer<FileReading.Entry> out) {
        Path path = file.path();
        if (kindOf(path).orElseThrow() != Kind.ARCHIVE) {
            read(file).entries().forEach(out);
            return;
        }
        WebRead skipped = WarcFile.stream(file.opener()::open,
                found -> out.accept(new FileReading.Read(document(file.id() + "#" + found.ordinal(), path, found, Kind.ARCHIVE),
                        found.where())),
                problem -> out.accept(new FileReading.Failed(new LoadProblem(path, problem.toString()))));
        if (skipped.skipped() > 0) {
            out.accept(new FileReading.Failed(new LoadProblem(path, skipped.skippedSummary())));
        }
    }

    /** The document of one article found in {@code file}. */
    static Document document(String id, Path file, WebRead.Found found, Kind kind) {
        Article a = found.article();
        Map<String, String> meta = new LinkedHashMap<>();
        put(meta, "title", a.title());
        put(meta, "url", a.url());
        put(meta, "authors", String.join("; ", a.authors()));
        put(meta, "published", a.published());
        put(meta, "modified", a.modified());
        put(meta, "outlet", a.outlet());
        put(meta, "language", a.language());
        put(meta, "section", a.section());
        put(meta, "description", a.description());
        String date = a.published().length() >= 10 ? a.published().substring(0, 10) : "";
        put(meta, "date", Metadata.parseDate(date).isPresent() ? date : "");
        put(meta, "format", kind.name().toLowerCase(Locale.ROOT));
        put(meta, "captured", found.captured());
        String raw = a.title().isBlank() ? a.text() : a.title() + "\n\n" + a.text();
        return Document.fromFile(id, file, raw, meta);
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value);
        }
    }
}
