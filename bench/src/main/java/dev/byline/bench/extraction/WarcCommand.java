package dev.byline.bench.extraction;

import dev.byline.web.ArchiveWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code byline-bench warc OUT --from DIR --megabytes N}: writes a web archive of about N MB (uncompressed page
 * bytes) for throughput and memory measurements, cycling through the {@code .html} files under DIR (each capture a
 * new URL) with a small image record after every second page, as crawls interleave them. Fetches nothing.
 */
@Command(name = "warc", mixinStandardHelpOptions = true,
        description = "Write a web archive of about N MB from the .html pages under DIR (cycled, each capture a new URL, "
                + "an image record after every second page), for measuring archive reading.")
public final class WarcCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "the archive to write (.warc or .warc.gz)")
    Path out;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "folder of .html pages")
    Path from;

    @Option(names = "--megabytes", defaultValue = "1024", description = "page bytes to write, in MB (default 1024)")
    long megabytes;

    @Override
    public Integer call() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(from)) {
            pages = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".html")).sorted().toList();
        }
        if (pages.isEmpty()) {
            System.err.println("byline-bench: no .html pages under " + from);
            return 1;
        }
        long target = megabytes * 1_000_000L;
        long written = 0;
        int n = 0;
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        byte[] image = new byte[2048];
        try (ArchiveWriter w = ArchiveWriter.create(out)) {
            while (written < target) {
                byte[] page = Files.readAllBytes(pages.get(n % pages.size()));
                w.add("https://bench.example/" + n + "/page.html", t.plusSeconds(n), "text/html", page);
                written += page.length;
                if (n % 2 == 1) {
                    w.add("https://bench.example/" + n + "/image.jpg", t.plusSeconds(n), "image/jpeg", image);
                }
                n++;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d pages (%.1f MB of HTML), %.1f MB on disk%n", out, n, written / 1e6,
                Files.size(out) / 1e6);
        return 0;
    }
}
