package dev.byline.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes page furniture out of a page's body before its text is scored: scripts and styles, forms' controls,
 * navigation, asides and footers, hidden elements, and elements whose class or id names them as furniture (share
 * bars, cookie notices, comments, related links, newsletters, advertisements), unless the same names also mark
 * them as the content; a dialog laid over the page (a log-in or sign-up pop-up) goes whatever its tag and names.
 */
final class PageCleaner {
    private static final String REMOVED = "title, script, style, noscript, template, svg, canvas, iframe, object, embed, rt, rp, "
            + "input, button, select, textarea, label, link, meta, nav, footer, menu, dialog, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo], [role=dialog], "
            + "[role=alert], [role=search], [role=menu], [role=menubar]";

    /** Class and id words that mark furniture (whole words of a class or id, or their start for the longer ones). */
    private static final Set<String> JUNK = Set.of("ad", "ads", "adv", "advert", "advertisement", "advertising",
            "banner", "breadcrumb", "breadcrumbs", "combx", "comment", "comments", "community", "cookie", "cookies",
            "consent", "disqus", "gdpr", "masthead", "modal", "nav", "navbar", "navigation", "menu", "newsletter",
            "outbrain", "pager", "pagination", "popup", "promo", "related", "remark", "replies", "rss", "share",
            "sharing", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "sponsored", "subscribe",
            "subscription", "taboola", "toolbar", "tools", "widget", "recirc", "recommended", "trending", "signup",
            "paywall", "popular", "most", "jump", "skip", "footer", "header", "topbar", "teaser",
            "teasers", "tags", "tag", "tagcloud", "print", "email", "follow", "author-bio", "bio", "login",
            "register", "captcha", "crumbs", "author", "authors", "autor", "below", "more", "next", "prev", "previous", "share-tools", "byline",
            "dateline", "timestamp", "meta", "credit", "credits", "caption", "figcaption", "overlay", "video-player", "gallery", "carousel", "slideshow", "slider", "lightbox");
    private static final List<String> JUNK_PREFIXES = List.of("advert", "social", "share", "comment", "related",
            "newsletter", "sidebar", "cookie", "promo", "sponsor", "taboola", "outbrain", "breadcrumb", "subscri",
            "recommend", "disqus", "paywall");
    /**
     * Junk words that name a part no story is written in (comments, galleries, related links, share bars): a content
     * word beside them does not save the element ({@code comment-box user-post-box}, {@code gallery-content}).
     */
    static final List<String> STRONG_JUNK = List.of("comment", "disqus", "gallery", "carousel", "slideshow",
            "related", "recommend", "share", "sharing", "social", "newsletter", "taboola", "outbrain", "sponsor", "cookie",
            "replies");
    /**
     * Whole class tokens (or ids) that hide an element: {@code hidden}, {@code is-hidden}. Within a longer token
     * the word says something else: {@code overflow-hidden} clips, {@code field--label-hidden} hides a label,
     * {@code hidden-xs} and {@code sm:hidden} hide on one screen size only.
     */
    private static final java.util.regex.Pattern HIDING_TOKEN = java.util.regex.Pattern.compile(
            "(?i)(?:is-|u-|js-)?(?:hidden|hide|invisible)");
    /** A class that shows the element again from some screen size on: {@code md:block}, {@code d-lg-flex}. */
    private static final java.util.regex.Pattern SHOWING_TOKEN = java.util.regex.Pattern.compile(
            "(?i)(?:[a-z0-9-]+:(?:block|inline|inline-block|flex|inline-flex|grid|table|contents)|d-(?:sm|md|lg|xl|xxl)-\\w+)");
    /** Words that undo the furniture word after them in the same token: {@code non-paywall}, {@code no-ads}. */
    private static final Set<String> NEGATIONS = Set.of("non", "no", "not", "without");
    /**
     * Word starts that name a part no page's story is ever set in, read even by the {@link Pass#BY_TAG} pass: cookie and
     * consent notices, comment threads, newsletter sign-ups.
     */
    static final List<String> NEVER_STORY = List.of("cookie", "consent", "gdpr", "comment", "disqus", "replies",
            "newsletter", "captcha");
    /** Words that name a readers' thread: such a part goes whatever its length, when no content word saves it. */
    static final Set<String> THREAD = Set.of("comment", "comments", "commentlist", "disqus", "replies");
    /**
     * The content words that name the story's own part (not a panel's "body", a layout "column" or "page"): such a
     * part saves a furniture-named wrapper around it.
     */
    private static final Set<String> STORY_NAMES = Set.of("article", "articlebody", "content", "entry", "story",
            "storybody", "postbody", "post");
    /** Paragraph characters a part named as content must hold to save the furniture-named wrapper around it. */
    private static final int NAMED_STORY_CHARS = 400;
    /** Paragraph characters (outside list items) above which a part named as furniture is taken for a story. */
    private static final int STORY_CHARS = 1200;
    /** The share of the page's text above which an element is the page itself, not furniture beside the story. */
    private static final double MOST_OF_PAGE = 0.5;
    /** Class and id words of a dialog laid over the page; no story is written in one, whatever else its names say. */
    static final Set<String> DIALOG = Set.of("modal", "popup", "lightbox", "login", "signin", "logindialog");
    /** Words that mark the content: an element with one of these is kept whatever else its names say. */
    private static final Set<String> CONTENT = Set.of("article", "body", "content", "entry", "main", "post", "story",
            "text", "blog", "articlebody", "storybody", "postbody", "prose", "column", "page");

    private PageCleaner() {
    }

    /** How much a cleaning pass trusts the page's class and id names. */
    enum Pass {
        /** Names remove furniture; comment threads and galleries go whatever content word they carry; teaser lists go. */
        STRICT,
        /** Names remove furniture, but a content word saves a part (a forum thread whose posts are the content). */
        LENIENT,
        /**
         * Names are not read: only tags, hidden parts and a short header or aside go. The last try on a page whose
         * names took all its text (a theme that calls every part of its story a "gallery" section).
         */
        BY_TAG
    }

    /** Removes the furniture from {@code body} (a copy the caller owns). */
    static SetAside clean(Element body) {
        return clean(body, Pass.STRICT);
    }

    /**
     * Removes the furniture from {@code body} as the pass says ({@link Pass}). A part that only its class or id
     * condemns, by a word that layouts also use ({@code widget}, {@code header}, {@code teaser}, {@code ads}), is
     * taken out the same way but kept aside ({@link SetAside}): the story may run through it.
     */
    static SetAside clean(Element body, Pass pass) {
        boolean strict = pass == Pass.STRICT;
        body.select(REMOVED).remove();
        // a date standing alone is the page's stamp, read as metadata; one inside a sentence stays
        body.select("time").forEach(t -> {
            if (t.parents().stream().noneMatch(p -> p.normalName().equals("p"))) {
                t.remove();
            }
        });
        // a banner holding the story is a page whose header was never closed (the parser nests the rest in it); the
        // header of an article (inside its article or main part) holds its headline and standfirst, not the site's menu
        body.select("header, [role=banner]").forEach(h -> {
            if (h.parent() == null || paragraphChars(h) >= 400) {
                return;
            }
            if (!(h.normalName().equals("header") && inArticle(h))) {
                h.remove();
            }
        });
        // an aside is a sidebar, unless a site set its whole story in one (the tag chosen for a layout column)
        body.select("aside").forEach(a -> {
            if (a.parent() != null && storyChars(a) < STORY_CHARS) {
                a.remove();
            }
        });
        Map<Element, Integer> textLength = textLengths(body);
        int pageChars = textLength.getOrDefault(body, 0);
        Measures measures = new Measures();
        Set<Element> aroundStory = pass == Pass.BY_TAG ? Set.of() : aroundNamedStory(body, strict, measures);
        List<Element> doomed = new ArrayList<>();
        Set<Element> byNameAlone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (e == body || e.normalName().equals("html")) {
                continue;
            }
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("display:none") || style.contains("visibility:hidden") || isHiding(e)) {
                doomed.add(e);
            } else if (pass == Pass.BY_TAG) {
                if (isNeverStory(e)) {
                    doomed.add(e);
                }
            } else if (isJunk(e, strict, measures) && !aroundStory.contains(e) && !(textLength.getOrDefault(e, 0) > MOST_OF_PAGE * pageChars
                    && !isStrongJunk(e) && !(TextBlocks.isBlock(e) && namesDialog(e.className() + " " + e.id())))) {
                // an element holding most of the page is the page ("__next", a framework's root), whatever its name
                doomed.add(e);
                if (NamedParts.mayRunThrough(e)) {
                    byNameAlone.add(e);
                }
            }
        }
        SetAside aside = new SetAside();
        for (Element e : doomed) {
            if (e.parent() == null) {
                continue;
            }
            if (byNameAlone.contains(e)) {
                aside.takeOut(e);
            } else {
                e.remove();
            }
        }
        if (strict) {
            TeaserLists.remove(body);
        }
        return aside;
    }

    /**
     * Paragraph characters under each element and whether it sits in a comment thread, each worked out once per page
     * and kept: asked for every element of a page nested thousands deep, walking the subtree or the ancestors each time
     * would cost the square of the depth.
     */
    private static final class Measures {
        private final Map<Element, Integer> storyChars = new IdentityHashMap<>();
        private final Map<Element, Boolean> inThread = new IdentityHashMap<>();

        /** As {@link PageCleaner#storyChars}: characters in the paragraphs under {@code e} not inside a list item. */
        int storyChars(Element e) {
            Integer known = storyChars.get(e);
            if (known != null) {
                return known;
            }
            int n = e.normalName().equals("p") ? e.text().length() : 0;
            for (Element c : e.children()) {
                if (!c.normalName().equals("li")) {
                    n += storyChars(c);   // a paragraph in a list item below e is a legend or a post, not the story
                }
            }
            storyChars.put(e, n);
            return n;
        }

        /** True if {@code e} or an element above it is named as a readers' thread ({@link PageCleaner#THREAD}). */
        boolean inThread(Element e) {
            if (e == null) {
                return false;
            }
            Boolean known = inThread.get(e);
            if (known != null) {
                return known;
            }
            boolean thread = false;
            for (String word : words(e.className() + " " + e.id())) {
                thread |= THREAD.contains(word);
            }
            thread = thread || inThread(e.parent());
            inThread.put(e, thread);
            return thread;
        }
    }

    /** True if the element's class and id name it as furniture and do not also name it as content. */
    static boolean isJunk(Element e, boolean strict) {
        return isJunk(e, strict, new Measures());
    }

    private static boolean isJunk(Element e, boolean strict, Measures measures) {
        String names = (e.className() + " " + (NamedParts.isAnchorOfItsText(e) ? "" : e.id())).strip();
        if (!names.isEmpty() && TextBlocks.isBlock(e) && !e.normalName().equals("body")
                && namesDialog(names)) {
            return true;   // a log-in or sign-up pop-up, even set in an <article>: a dialog is never the story
        }
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
        boolean thread = false;
        for (String token : names.split("\\s+")) {
            List<String> words = words(token);
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                content |= CONTENT.contains(word);
                if (i > 0 && NEGATIONS.contains(words.get(i - 1))) {
                    continue;   // "non-paywall" is the part everyone may read
                }
                if (JUNK.contains(word) || JUNK_PREFIXES.stream().anyMatch(word::startsWith)) {
                    junk = true;
                }
                strong |= STRONG_JUNK.stream().anyMatch(word::startsWith);
                thread |= THREAD.contains(word);
            }
        }
        if (!junk || content && !(strict && strong)) {
            return false;
        }
        // a big block of running paragraphs is content, whatever its class says (sites name their story
        // "post-sidebar-x"); paragraphs inside list items are a gallery's legends or a comment thread, not a story
        if (strict && thread && !content) {
            return true;   // a long thread is still a thread: its length is the readers', not the story's
        }
        return measures.storyChars(e) < STORY_CHARS;
    }

    /** True if a word of {@code names} (class and id) names a dialog laid over the page: a modal, a pop-up, a log-in box. */
    private static boolean namesDialog(String names) {
        for (String word : words(names.replace("modal-open", ""))) {   // Bootstrap's state of a page with a dialog open
            if (DIALOG.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The elements that hold a part named as content ({@code entry-content}, {@code article-body}) with a story's
     * worth of paragraphs in it: a wrapper around the story is not furniture, whatever its own name says (a theme
     * that sets the post inside its {@code socialicons-sticky} bar).
     */
    private static Set<Element> aroundNamedStory(Element body, boolean strict, Measures measures) {
        Set<Element> around = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (e == body || !namesStory(e) || isJunk(e, strict, measures) || measures.inThread(e)
                    || measures.storyChars(e) < NAMED_STORY_CHARS) {
                continue;   // a comment's "content" div names a reader's post, not the story
            }
            for (Element up = e.parent(); up != null && up != body && around.add(up); up = up.parent()) {
                // marked up to the first ancestor another story part already marked
            }
        }
        return around;
    }

    private static boolean namesStory(Element e) {
        if (e.className().isEmpty() && e.id().isEmpty()) {
            return false;
        }
        for (String word : words(e.className() + " " + e.id())) {
            if (STORY_NAMES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNeverStory(Element e) {
        if (e.className().isEmpty() && e.id().isEmpty()) {
            return false;
        }
        for (String word : words(e.className() + " " + e.id())) {
            if (NEVER_STORY.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** True if a word of the element's class or id names a part no story is written in ({@link #STRONG_JUNK}). */
    private static boolean isStrongJunk(Element e) {
        for (String word : words(e.className() + " " + e.id())) {
            if (STRONG_JUNK.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the text under each element of {@code root}, in one walk. */
    private static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    lengths.merge(parent, t.getWholeText().strip().length(), Integer::sum);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != root && e.parent() != null) {
                    lengths.merge(e.parent(), lengths.getOrDefault(e, 0), Integer::sum);
                }
            }
        }, root);
        return lengths;
    }

    /**
     * True if one of the element's class tokens, or its id, is a hiding one ({@link #HIDING_TOKEN}) and no other
     * token shows it again on a larger screen.
     */
    static boolean isHiding(Element e) {
        if (HIDING_TOKEN.matcher(e.id()).matches()) {
            return true;
        }
        boolean hiding = false;
        for (String token : e.classNames()) {
            if (SHOWING_TOKEN.matcher(token).matches()) {
                return false;   // hidden on phones, shown on a desktop ("hidden md:block")
            }
            hiding |= HIDING_TOKEN.matcher(token).matches();
        }
        return hiding;
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

    /** True if {@code e} sits inside an {@code article} or {@code main} element (or one with the main role). */
    private static boolean inArticle(Element e) {
        for (Element x = e.parent(); x != null; x = x.parent()) {
            if (x.normalName().equals("article") || x.normalName().equals("main") || x.attr("role").equals("main")) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            n += p.text().length();
        }
        return n;
    }
}
