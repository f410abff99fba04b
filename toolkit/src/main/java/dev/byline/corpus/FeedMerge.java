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
 * document of its own. Of several pages with one address the first (in reading order) is joined. URLs are compared
 * without scheme, {@code www.}, query, fragment and trailing slash. Public so that a job reading in parts (Spark)
 * joins exactly as {@link Corpus#load} does.
 *
 * <pre>{@code
 * List<Document> joined = FeedMerge.merge(documents);          // all in memory
 * FeedMerge.key(page.meta("url").get());                       // in parts: match keys, then
 * FeedMerge.fill(page, itemsLinkingToIt);                      // fill each first page, drop the joined items
 * }</pre>
 */
public final class FeedMerge {
    private FeedMerge() {
    }

    /** The documents with each feed item that links to a page among them folded into that page. */
    public static List<Document> merge(List<Document> documents) {
        Map<String, Document> pages = new HashMap<>();
        boolean anyFeed = false;
        for (Document d : documents) {
            if (isPage(d)) {
                pages.putIfAbsent(key(d.meta("url").get()), d);
            } else if (isFeedItem(d)) {
                anyFeed = true;
            }
        }
        if (!anyFeed || pages.isEmpty()) {
            return documents;
        }
        Map<Document, List<Document>> items = new HashMap<>();
        List<Document> out = new ArrayList<>();
        for (Document d : documents) {
            Document page = isFeedItem(d) ? pages.get(key(d.meta("url").get())) : null;
            if (page != null) {
                items.computeIfAbsent(page, k -> new ArrayList<>()).add(d);
            } else {
                out.add(d);
            }
        }
        out.replaceAll(d -> items.containsKey(d) ? fill(d, items.get(d)) : d);
        return out;
    }

    /** True for a saved or archived page with a URL: what a feed item can be joined to. */
    public static boolean isPage(Document d) {
        String format = d.metadata().getOrDefault("format", "");
        return (format.equals("page") || format.equals("archive")) && d.meta("url").isPresent();
    }

    /** True for a feed item with a link. */
    public static boolean isFeedItem(Document d) {
        return d.metadata().getOrDefault("format", "").equals("feed") && d.meta("url").isPresent();
    }

    /**
     * {@code page} with the metadata of the feed {@code items} that link to it (in reading order) filling its gaps,
     * and {@code feed_item} naming the last of them.
     */
    public static Document fill(Document page, List<Document> items) {
        Document base = page;
        for (Document d : items) {
            Document current = base;
            Map<String, String> gaps = new LinkedHashMap<>();
            d.metadata().forEach((k, v) -> {
                if (current.meta(k).isEmpty() && !k.equals("format")) {
                    gaps.put(k, v);
                }
            });
            gaps.put("feed_item", d.id());
            base = current.withMetadata(gaps);
        }
        return base;
    }

    /** A URL as compared: lower case, without scheme, {@code www.}, query, fragment and trailing slashes. */
    public static String key(String url) {
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
