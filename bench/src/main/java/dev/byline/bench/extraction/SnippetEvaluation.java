package dev.byline.bench.extraction;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byline.web.Article;
import dev.byline.web.ArticleExtractor;
import dev.byline.web.PageCharset;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * trafilatura's own evaluation, read from its test folder ({@code evaldata.json} with {@code eval/} and
 * {@code cache/}): for each page, text snippets that must be in the extracted body ("with") and snippets that must
 * not ("without"), matched after collapsing white space. Precision = found-with / (found-with + found-without),
 * recall = found-with / all-with, over all pages; split like the readability pages by the CRC-32 of the file name.
 * For Byline's own extraction, also the agreement of its title, authors and published date with the set's gold
 * metadata ({@code title}, {@code author}, {@code date}), on the pages where the gold gives them: titles and names
 * compared by their words (case, punctuation and the words joining names aside), dates by the day.
 */
final class SnippetEvaluation {
    private SnippetEvaluation() {
    }

    /** Counts over a set of pages. */
    private static final class Counts {
        int pages;
        int tp;
        int fp;
        int fn;
        int tn;
        /** Pages whose gold gives a title, an author, a date, and of those the pages where Byline's agrees. */
        final int[] metaGiven = new int[3];
        final int[] metaAgreed = new int[3];

        String line(String name) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            double acc = (double) (tp + tn) / Math.max(1, tp + fp + fn + tn);
            String line = String.format(Locale.ROOT, "%-11s pages %3d  snippets P %.4f R %.4f F1 %.4f accuracy %.4f", name, pages, p, r, f1, acc);
            if (metaGiven[0] + metaGiven[1] + metaGiven[2] == 0) {
                return line;
            }
            return line + String.format(Locale.ROOT, "  title %s  author %s  date %s", rate(0), rate(1), rate(2));
        }

        private String rate(int i) {
            return String.format(Locale.ROOT, "%.2f (%d/%d)", metaGiven[i] == 0 ? 0 : (double) metaAgreed[i] / metaGiven[i],
                    metaAgreed[i], metaGiven[i]);
        }

        /** Tallies Byline's metadata of one page against the gold's title, author and date, where the gold gives them. */
        void metadata(JsonObject gold, Article got) {
            String[] wanted = {string(gold, "title"), string(gold, "author"), string(gold, "date")};
            String[] mine = got == null ? new String[] {"", "", ""}
                    : new String[] {got.title(), String.join("; ", got.authors()), got.published()};
            for (int i = 0; i < 3; i++) {
                if (wanted[i].isEmpty()) {
                    continue;
                }
                metaGiven[i]++;
                boolean agrees = i == 2 ? mine[i].length() >= 10 && mine[i].startsWith(wanted[i])
                        : !mine[i].isEmpty() && names(mine[i]).equals(names(wanted[i]));
                if (agrees) {
                    metaAgreed[i]++;
                }
            }
        }
    }

    /** Scores {@code extractor}'s texts, or Byline's extraction with its metadata when {@code extractor} is null. */
    static void run(Path dir, PrintStream out, boolean details, boolean developmentOnly, PageText extractor) throws IOException {
        JsonObject data = JsonParser.parseString(Files.readString(dir.resolve("evaldata.json"))).getAsJsonObject();
        Map<String, JsonObject> byUrl = new TreeMap<>();
        for (Map.Entry<String, JsonElement> e : data.entrySet()) {
            byUrl.put(e.getKey(), e.getValue().getAsJsonObject());
        }
        Counts dev = new Counts();
        Counts held = new Counts();
        long bytes = 0;
        long started = System.nanoTime();
        for (Map.Entry<String, JsonObject> e : byUrl.entrySet()) {
            String file = e.getValue().get("file").getAsString();
            Path page = Files.isRegularFile(dir.resolve("cache").resolve(file)) ? dir.resolve("cache").resolve(file)
                    : dir.resolve("eval").resolve(file);
            if (!Files.isRegularFile(page)) {
                continue;
            }
            boolean isHeld = ExtractionCommand.heldOut(file);
            if (isHeld && developmentOnly) {
                continue;
            }
            byte[] source = Files.readAllBytes(page);
            bytes += source.length;
            Article article = null;
            String got;
            if (extractor == null) {
                article = byline(source, e.getKey());
                got = collapse(article == null ? "" : article.text());
            } else {
                got = collapse(extractor.text(file, source, e.getKey()));
            }
            Counts c = isHeld ? held : dev;
            c.pages++;
            if (extractor == null) {
                c.metadata(e.getValue(), article);
            }
            List<String> misses = new ArrayList<>();
            for (String w : strings(e.getValue(), "with")) {
                if (got.contains(collapse(w))) {
                    c.tp++;
                } else {
                    c.fn++;
                    misses.add("missing: " + w);
                }
            }
            for (String w : strings(e.getValue(), "without")) {
                if (got.contains(collapse(w))) {
                    c.fp++;
                    misses.add("kept:    " + w);
                } else {
                    c.tn++;
                }
            }
            if (details && !isHeld && !misses.isEmpty()) {
                // the development half only: the held-out pages' misses are not for reading
                out.printf(Locale.ROOT, "  %s (%s, %d characters out)%n", file, e.getKey(), got.length());
                misses.forEach(m -> out.println("    " + m));
            }
        }
        out.println(dev.line("development"));
        if (!developmentOnly) {
            out.println(held.line("held-out"));
        }
        out.printf(Locale.ROOT, "%d pages, %.1f MB in %.1f s%n", dev.pages + held.pages, bytes / 1e6,
                (System.nanoTime() - started) / 1e9);
    }

    /** Byline's article of a page, or null when it finds none. */
    private static Article byline(byte[] source, String url) {
        try {
            return ArticleExtractor.extract(PageCharset.decode(source, null).text(), url).article().orElse(null);
        } catch (PageCharset.UnknownCharsetException x) {
            return null;
        }
    }

    /** A gold field as one string: a list of authors joined as trafilatura joins them. */
    private static String string(JsonObject o, String key) {
        JsonElement v = o.get(key);
        if (v == null || v.isJsonNull()) {
            return "";
        }
        if (v.isJsonArray()) {
            List<String> parts = new ArrayList<>();
            v.getAsJsonArray().forEach(x -> parts.add(x.getAsString()));
            return String.join("; ", parts).strip();
        }
        return v.getAsString().strip();
    }

    /** Words of a title or of names, lower-cased, without punctuation, a leading "by" or the words joining names. */
    private static String names(String s) {
        return (" " + s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ")
                .replaceAll("^ (?:by|von|par|por) ", " ").replaceAll(" (?:and|und|et|y) ", " ").strip();
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        if (o.has(key)) {
            o.get(key).getAsJsonArray().forEach(x -> out.add(x.getAsString()));
        }
        return out;
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
