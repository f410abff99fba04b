package dev.byline.bench.extraction;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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

        String line(String name) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            double acc = (double) (tp + tn) / Math.max(1, tp + fp + fn + tn);
            return String.format(Locale.ROOT, "%-11s pages %3d  snippets P %.4f R %.4f F1 %.4f accuracy %.4f", name, pages, p, r, f1, acc);
        }
    }

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
            String got = collapse(extractor.text(file, source, e.getKey()));
            Counts c = isHeld ? held : dev;
            c.pages++;
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
