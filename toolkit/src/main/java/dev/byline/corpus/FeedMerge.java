package dev.byline.corpus;

import dev.byline.text.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Joins feed items to the pages they link to when both are in one load: the page (saved or archived) keeps its
 * full text and its own metadata, the feed's metadata fills the fields the page lacks, and the feed item is not a
 * document of its own. URLs are compared without scheme, {@code www.}, query, fragment and trailing slash.
 */
final class FeedMerge {
    private FeedMerge() {
    }

    static List<Document> merge(List<Document> documents) {
        Map<String, Document> pages = new HashMap<>();
        boolean anyFeed = false;
        for (Document d : documents) {
            String format = d.metadata().getOrDefault("format", "");
            if ((format.equals("page") || format.equals("archive")) && d.meta("url").isPresent()) {
                pages.putIfAbsent(key(d.meta("url").get()), d);
            } else if (format.equals("feed")) {
                anyFeed = true;
            }
        }
        if (!anyFeed || pages.isEmpty()) {
            return documents;
        }
        Map<Document, Document> filled = new HashMap<>();
        List<Document> out = new ArrayList<>();
        for (Document d : documents) {
            if (d.metadata().getOrDefault("format", "").equals("feed") && d.meta("url").isPresent()) {
                Document page = pages.get(key(d.meta("url").get()));
                if (page != null) {
                    Document base = filled.getOrDefault(page, page);
                    Map<String, String> gaps = new LinkedHashMap<>();
                    d.metadata().forEach((k, v) -> {
                        if (base.meta(k).isEmpty() && !k.equals("format")) {
                            gaps.put(k, v);
                        }
                    });
                    gaps.put("feed_item", d.id());
                    filled.put(page, base.withMetadata(gaps));
                    continue;
                }
            }
            out.add(d);
        }
        out.replaceAll(d -> filled.getOrDefault(d, d));
        return out;
    }

    static String key(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        u = u.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int cut = u.length();
        for (char c : new char[] {'?', '#'}) {
            int i = u.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        u = u.substring(0, cut);
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
