package dev.byline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Takes page furniture out of a page's body before its text is scored: scripts and styles, forms' controls,
 * navigation, asides and footers, hidden elements, and elements whose class or id names them as furniture (share
 * bars, cookie notices, comments, related links, newsletters, advertisements), unless the same names also mark
 * them as the content.
 */
final class PageCleaner {
    private static final String REMOVED = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "input, button, select, textarea, label, link, meta, nav, aside, footer, menu, dialog, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo], [role=dialog], "
            + "[role=alert], [role=banner], [role=search], [role=menu], [role=menubar]";

    /** Class and id words that mark furniture (whole words of a class or id, or their start for the longer ones). */
    private static final Set<String> JUNK = Set.of("ad", "ads", "adv", "advert", "advertisement", "advertising",
            "banner", "breadcrumb", "breadcrumbs", "combx", "comment", "comments", "community", "cookie", "cookies",
            "consent", "disqus", "gdpr", "masthead", "modal", "nav", "navbar", "navigation", "menu", "newsletter",
            "outbrain", "pager", "pagination", "popup", "promo", "related", "remark", "replies", "rss", "share",
            "sharing", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "sponsored", "subscribe",
            "subscription", "taboola", "toolbar", "tools", "widget", "recirc", "recommended", "trending", "signup",
            "paywall", "popular", "most", "jump", "skip", "hidden", "hide", "footer", "header", "topbar", "teaser",
            "teasers", "tags", "tag", "tagcloud", "print", "email", "follow", "author-bio", "bio", "login",
            "register", "captcha", "crumbs", "below", "more", "next", "prev", "previous", "share-tools", "byline",
            "dateline", "timestamp", "meta", "credit", "credits", "caption", "figcaption", "overlay", "video-player", "gallery", "carousel", "slideshow", "slider", "lightbox");
    private static final List<String> JUNK_PREFIXES = List.of("advert", "social", "share", "comment", "related",
            "newsletter", "sidebar", "cookie", "promo", "sponsor", "taboola", "outbrain", "breadcrumb", "subscri",
            "recommend", "disqus", "paywall");
    /**
     * Junk words that name a part no story is written in (comments, galleries, related links, share bars): a content
     * word beside them does not save the element ({@code comment-box user-post-box}, {@code gallery-content}).
     */
    private static final List<String> STRONG_JUNK = List.of("comment", "disqus", "gallery", "carousel", "slideshow",
            "related", "recommend", "share", "sharing", "social", "newsletter", "taboola", "outbrain", "sponsor", "cookie",
            "replies");
    /** Words that mark the content: an element with one of these is kept whatever else its names say. */
    private static final Set<String> CONTENT = Set.of("article", "body", "content", "entry", "main", "post", "story",
            "text", "blog", "articlebody", "storybody", "postbody", "prose", "column", "page");

    private PageCleaner() {
    }

    /** Removes the furniture from {@code body} (a copy the caller owns). */
    static void clean(Element body) {
        clean(body, true);
    }

    /**
     * Removes the furniture from {@code body}; {@code strict} also removes comment threads and galleries named as such
     * whatever content word they carry, and lists of teasers. The lenient form serves pages where that leaves nothing
     * (a forum thread whose posts are the content).
     */
    static void clean(Element body, boolean strict) {
        body.select(REMOVED).remove();
        // a date standing alone is the page's stamp, read as metadata; one inside a sentence stays
        body.select("time").forEach(t -> {
            if (t.parents().stream().noneMatch(p -> p.normalName().equals("p"))) {
                t.remove();
            }
        });
        body.select("header").forEach(h -> {
            if (paragraphChars(h) < 400) {
                h.remove();
            }
        });
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.normalName().equals("html")) {
                continue;
            }
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                doomed.add(e);
            } else if (isJunk(e, strict)) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
        if (strict) {
            TeaserLists.remove(body);
        }
    }

    /** True if the element's class and id name it as furniture and do not also name it as content. */
    static boolean isJunk(Element e, boolean strict) {
        String names = (e.className() + " " + e.id()).strip();
        if (names.isEmpty() || e.normalName().equals("article") || e.normalName().equals("main")
                || e.normalName().equals("body")) {
            return false;
        }
        if (!TextBlocks.isBlock(e) && insideParagraph(e)) {
            return false;   // words of a sentence ("a popup" note on a phrase) belong to it, whatever their class
        }
        boolean junk = false;
        boolean strong = false;
        boolean content = false;
        for (String word : words(names)) {
            content |= CONTENT.contains(word);
            if (JUNK.contains(word) || JUNK_PREFIXES.stream().anyMatch(word::startsWith)) {
                junk = true;
            }
            strong |= STRONG_JUNK.stream().anyMatch(word::startsWith);
        }
        if (!junk || content && !(strict && strong)) {
            return false;
        }
        // a big block of running paragraphs is content, whatever its class says (sites name their story
        // "post-sidebar-x"); paragraphs inside list items are a gallery's legends or a comment thread, not a story
        return storyChars(e) < 1200;
    }

    /** The words of class and id values: split at non-letters and at lower-to-upper case changes. */
    static List<String> words(String names) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean boundary = !Character.isLetterOrDigit(c)
                    || Character.isUpperCase(c) && i > 0 && Character.isLowerCase(names.charAt(i - 1));
            if (boundary && !w.isEmpty()) {
                out.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            }
        }
        if (!w.isEmpty()) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean insideParagraph(Element e) {
        for (Element x = e.parent(); x != null; x = x.parent()) {
            if (x.normalName().equals("p")) {
                return true;
            }
            if (TextBlocks.isBlock(x)) {
                return false;
            }
        }
        return false;
    }

    /** Characters in the paragraphs under {@code e} that are not inside a list item. */
    private static int storyChars(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            boolean inItem = false;
            for (Element x = p.parent(); x != null && x != e; x = x.parent()) {
                if (x.normalName().equals("li")) {
                    inItem = true;
                    break;
                }
            }
            n += inItem ? 0 : p.text().length();
        }
        return n;
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            n += p.text().length();
        }
        return n;
    }
}
