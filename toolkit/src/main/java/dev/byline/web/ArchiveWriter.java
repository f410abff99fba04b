package dev.byline.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes captured pages as a web archive with jwarc: one {@code response} record per page, with its URL, capture
 * date and HTTP headers, gzipped per record when the file name ends in {@code .gz}. For making small archives of
 * pages you have (to try Byline's archive reading, or to keep a set of saved pages as one file).
 *
 * <pre>{@code
 * try (ArchiveWriter w = ArchiveWriter.create(Path.of("pages.warc.gz"))) {
 *     w.add("https://example.org/story", Instant.parse("2026-03-03T10:00:00Z"), "text/html; charset=utf-8", html);
 * }
 * }</pre>
 */
public final class ArchiveWriter implements AutoCloseable {
    private final WarcWriter writer;

    private ArchiveWriter(WarcWriter writer) {
        this.writer = writer;
    }

    /** A new archive at {@code file} (replacing one there). */
    public static ArchiveWriter create(Path file) throws IOException {
        boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        return new ArchiveWriter(new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), gz ? WarcCompression.GZIP : WarcCompression.NONE));
    }

    /** Adds a response record: {@code body} as served from {@code url} at {@code captured}, with status 200. */
    public ArchiveWriter add(String url, Instant captured, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(contentType), body)
                .build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(captured).body(http).build());
        return this;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
