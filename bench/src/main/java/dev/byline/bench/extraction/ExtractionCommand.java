package dev.byline.bench.extraction;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byline.web.Article;
import dev.byline.web.ArticleExtractor;
import dev.byline.web.PageCharset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code byline-bench extraction DIR}: scores Byline's article extraction on pages with known answers, fetching
 * nothing. DIR holds Mozilla readability's test-page layout ({@code NAME/source.html}, {@code NAME/expected.html},
 * {@code NAME/expected-metadata.json}). Body: 4-word shingle F1 averaged per page; metadata: title, byline and
 * published date agreement where the expected metadata gives them. A DIR holding trafilatura's {@code evaldata.json} is
 * scored by its snippets instead ({@link SnippetEvaluation}).
 *
 * <p>The pages are split in two by a hash of the page name, decided before any result was looked at: a page is
 * HELD OUT when the CRC-32 of its name (UTF-8) is divisible by 3, and development uses only the others. Both halves
 * are reported separately.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score article extraction on readability-style test pages (DIR/NAME/source.html, expected.html, "
                + "expected-metadata.json): body 4-word shingle F1 averaged per page, title / byline / published agreement, "
                + "for the development and held-out halves (held out: CRC-32 of the page name divisible by 3). "
                + "A DIR holding trafilatura's evaldata.json (with eval/ and cache/) is scored by its with/without snippets.")
public final class ExtractionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "folder of test pages")
    Path dir;

    @Option(names = "--details", description = "print one line per page, or each missed snippet of trafilatura's set (development half only)")
    boolean details;

    @Option(names = "--development-only", description = "read and score the development half alone (the held-out pages "
            + "are not even extracted), for working on rules without looking at the held-out half")
    boolean developmentOnly;

    @Option(names = "--texts", paramLabel = "JSON", description = "score these texts ({page: text}, a peer's output, e.g. "
            + "bench/extract/readability_lxml_peer.py) instead of Byline's extraction; same pages, split and scores")
    Path texts;

    /** One page's scores. */
    record PageScore(String name, boolean heldOut, Shingles.Score body, Boolean title, Boolean byline, Boolean published) {
    }

    @Override
    public Integer call() throws IOException {
        PageText extractor = texts == null ? ExtractionCommand::byline : PageText.given(texts);
        if (Files.isRegularFile(dir.resolve("evaldata.json"))) {
            SnippetEvaluation.run(dir, System.out, details, developmentOnly, texts == null ? null : extractor);
            return 0;
        }
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> Files.isRegularFile(p.resolve("source.html")))
                    .filter(p -> !developmentOnly || !heldOut(p.getFileName().toString())).sorted().toList();
        }
        List<PageScore> scores = new ArrayList<>();
        long bytes = 0;
        long started = System.nanoTime();
        for (Path page : pages) {
            byte[] source = Files.readAllBytes(page.resolve("source.html"));
            bytes += source.length;
            scores.add(score(page, source, extractor));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        for (boolean held : new boolean[] {false, true}) {
            List<PageScore> half = scores.stream().filter(s -> s.heldOut() == held).toList();
            if (half.isEmpty()) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%-11s pages %3d  body F1 %.4f (P %.4f R %.4f)  title %s  byline %s  published %s%n",
                    held ? "held-out" : "development", half.size(),
                    half.stream().mapToDouble(s -> s.body().f1()).average().orElse(0),
                    half.stream().mapToDouble(s -> s.body().precision()).average().orElse(0),
                    half.stream().mapToDouble(s -> s.body().recall()).average().orElse(0),
                    rate(half.stream().map(PageScore::title).toList()), rate(half.stream().map(PageScore::byline).toList()),
                    rate(half.stream().map(PageScore::published).toList()));
            if (details && !held) {
                for (PageScore s : half) {
                    System.out.printf(Locale.ROOT, "  %-45s F1 %.3f P %.3f R %.3f title %s byline %s published %s%n", s.name(),
                            s.body().f1(), s.body().precision(), s.body().recall(), s.title(), s.byline(), s.published());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d pages, %.1f MB in %.1f s%n", pages.size(), bytes / 1e6, seconds);
        return 0;
    }

    static boolean heldOut(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 3 == 0;
    }

    /** Byline's body text of a page, empty when it finds no article. */
    static String byline(String name, byte[] source, String url) {
        try {
            return ArticleExtractor.extract(PageCharset.decode(source, null).text(), url).article().map(Article::text)
                    .orElse("");
        } catch (PageCharset.UnknownCharsetException x) {
            return "";
        }
    }

    private static PageScore score(Path page, byte[] source, PageText extractor) throws IOException {
        String name = page.getFileName().toString();
        String html = PageCharset.decode(source, null).text();
        Article got = ArticleExtractor.extract(html, "http://fakehost/test/page.html").article().orElse(null);
        String expectedText = Jsoup.parse(Files.readString(page.resolve("expected.html"))).body().text();
        Shingles.Score body = Shingles.score(extractor.text(name, source, "http://fakehost/test/page.html"), expectedText);
        Boolean title = null;
        Boolean byline = null;
        Boolean published = null;
        Path metaFile = page.resolve("expected-metadata.json");
        if (Files.isRegularFile(metaFile)) {
            JsonObject meta = JsonParser.parseString(Files.readString(metaFile)).getAsJsonObject();
            String t = string(meta.get("title"));
            String b = string(meta.get("byline"));
            String p = string(meta.get("publishedTime"));
            if (!t.isEmpty()) {
                title = got != null && norm(got.title()).equals(norm(t));
            }
            if (!b.isEmpty()) {
                String mine = got == null ? "" : norm(String.join(" ", got.authors()));
                byline = !mine.isEmpty() && (norm(b).contains(mine) || mine.contains(norm(b)));
            }
            if (!p.isEmpty()) {
                published = got != null && got.published().length() >= 10 && p.length() >= 10
                        && got.published().substring(0, 10).equals(p.substring(0, 10));
            }
        }
        return new PageScore(name, heldOut(name), body, title, byline, published);
    }

    private static String rate(List<Boolean> results) {
        long n = results.stream().filter(r -> r != null).count();
        long ok = results.stream().filter(r -> r != null && r).count();
        return String.format(Locale.ROOT, "%.2f (%d/%d)", n == 0 ? 0 : (double) ok / n, ok, n);
    }

    private static String string(JsonElement e) {
        return e == null || e.isJsonNull() ? "" : e.getAsString().strip();
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("^by\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
