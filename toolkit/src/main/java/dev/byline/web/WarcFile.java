package dev.byline.web;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive ({@code .warc}, {@code .warc.gz}, read with jwarc): every HTML response record is a candidate
 * article, with the record's target URL and capture date; records that are not HTML responses (requests,
 * metadata, images, scripts) and HTML pages that hold no article (home pages, tag indexes) are passed over and
 * counted. Records are read one at a time, so an archive of any size streams through {@link #read(Path, WebRead.Sink)}
 * in the memory of its largest page.
 *
 * <pre>{@code
 * WarcFile.read(Path.of("crawl.warc.gz"), sink);   // streams
 * WebRead all = WarcFile.read(Path.of("small.warc"));
 * }</pre>
 */
public final class WarcFile {
    private WarcFile() {
    }

    /** Reads the whole archive into memory. */
    public static WebRead read(Path file) {
        WebRead.Collector out = new WebRead.Collector();
        read(file, out);
        return out.result();
    }

    /** Streams the archive's articles, skips and problems into {@code sink}, record by record. */
    public static void read(Path file, WebRead.Sink sink) {
        read(() -> java.nio.file.Files.newInputStream(file), sink);
    }

    /** Reads an archive from {@code opener}'s bytes (gzipped or not: jwarc tells). */
    public static WebRead read(PageFile.Opener opener) {
        WebRead.Collector out = new WebRead.Collector();
        read(opener, out);
        return out.result();
    }

    /**
     * Streams an archive's articles and problems to the consumers as each record is read, and returns what was
     * skipped, counted ({@link WebRead#skippedSummary}; its article and problem lists are empty): memory stays that
     * of one record whatever the archive's size.
     */
    public static WebRead stream(PageFile.Opener opener, java.util.function.Consumer<WebRead.Found> articles,
                                 java.util.function.Consumer<WebRead.Problem> problems) {
        WebRead.Collector skips = new WebRead.Collector();
        read(opener, new WebRead.Sink() {
            @Override
            public void article(WebRead.Found found) {
                articles.accept(found);
            }

            @Override
            public void skipped(String where, String why) {
                skips.skipped(where, why);
            }

            @Override
            public void problem(WebRead.Problem problem) {
                problems.accept(problem);
            }
        });
        return skips.result();
    }

    /** Streams an archive from {@code opener}'s bytes into {@code sink}, record by record. */
    public static void read(PageFile.Opener opener, WebRead.Sink sink) {
        int number = 0;
        try (InputStream in = new java.io.BufferedInputStream(opener.open(), 65536);
                WarcReader reader = new WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (EOFException e) {
                    sink.problem(new WebRead.Problem("record " + (number + 1), "truncated archive: it ends inside this record"));
                    return;
                } catch (IOException | RuntimeException e) {
                    sink.problem(new WebRead.Problem("record " + (number + 1), (number == 0
                            ? "not a WARC archive (" + oneLine(e) + "; an archive starts with a WARC/1.0 or WARC/1.1 header)"
                            : "not a readable WARC record (" + oneLine(e) + ")") + "; the rest of the archive is not read"));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                number++;
                if (next.get() instanceof WarcResponse response) {
                    readResponse(response, number, sink);
                } else {
                    sink.skipped("record " + number, next.get().type() + " record");
                }
            }
        } catch (EOFException e) {
            sink.problem(new WebRead.Problem("record " + (number + 1), "truncated archive: it ends inside this record"));
        } catch (IOException e) {
            sink.problem(new WebRead.Problem(number == 0 ? "" : "record " + (number + 1), "not a WARC archive or a damaged one ("
                    + oneLine(e) + ")"));
        }
    }

    private static void readResponse(WarcResponse response, int number, WebRead.Sink sink) {
        String url = response.target();
        String where = "record " + number + " (" + url + ")";
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            sink.skipped(where, "not an HTTP response");
            return;
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
            sink.skipped(where, http.status() != 200 ? "HTTP status " + http.status() : "not HTML (" + base + ")");
            return;
        }
        byte[] body;
        try (InputStream in = Channels.newInputStream(http.bodyDecoded())) {
            body = WebBytes.limited(in);
        } catch (EOFException e) {
            sink.problem(new WebRead.Problem(where, "truncated archive: the page ends before its length"));
            return;
        } catch (IOException e) {
            sink.problem(new WebRead.Problem(where, "cannot read the page: " + oneLine(e)));
            return;
        } catch (WebBytes.Unreadable e) {
            sink.problem(new WebRead.Problem(where, e.getMessage()));
            return;
        }
        String contentType = http.headers().first("Content-Type").orElse(null);
        String captured = response.date() == null ? "" : response.date().toString();
        PageFile.extractInto(sink, body, contentType, url, where, number, captured);
    }

    /**
     * The reason in one short line. jwarc's parse errors end with a dump of the bytes at the fault
     * ({@code invalid WARC record at position 0: <-- HERE -->\xffffffe6...}), which says nothing to a reader:
     * only the position is kept.
     */
    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        Matcher at = PARSE_ERROR.matcher(m);
        return at.lookingAt() ? "invalid " + at.group(1) + " at byte " + at.group(2) : m;
    }

    private static final Pattern PARSE_ERROR = Pattern.compile("invalid (.+?) at position (\\d+)");
}
