package dev.byline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What a page's class and id names say about a part of it, read from the names alone: furniture ({@code share-bar},
 * {@code cookie-notice}, {@code related-posts}), the content ({@code entry-content}, {@code article-body}), a readers'
 * thread, a dialog laid over the page, a part hidden by its class. {@link PageCleaner} weighs these verdicts against
 * the part's place and text; {@link NamedParts} asks which furniture words a story may run through.
 *
 * <pre>{@code
 * ClassNames.words("shareBar related-posts");            // [share, bar, related, posts]
 * ClassNames.judge("entry-content social-share").junk();  // true, and content() is true too
 * }</pre>
 */
final class ClassNames {
    /** Class and id words that mark furniture (whole words of a class or id, or their start for the longer ones). */
    static final Set<String> JUNK = Set.of("ad", "ads", "adv", "advert", "advertisement", "advertising",
            "banner", "breadcrumb", "breadcrumbs", "combx", "comment", "comments", "community", "cookie", "cookies",
            "consent", "disqus", "gdpr", "masthead", "modal", "nav", "navbar", "navigation", "menu", "newsletter",
            "outbrain", "pager", "pagination", "popup", "promo", "related", "remark", "replies", "rss", "share",
            "sharing", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "sponsored", "subscribe",
            "subscription", "taboola", "toolbar", "tools", "widget", "recirc", "recommended", "trending", "signup",
            "paywall", "popular", "most", "jump", "skip", "footer", "header", "topbar", "teaser",
            "teasers", "tags", "tag", "tagcloud", "print", "email", "follow", "author-bio", "bio", "login",
            "register", "captcha", "crumbs", "author", "authors", "autor", "below", "more", "next", "prev", "previous", "share-tools", "byline",
            "dateline", "timestamp", "meta", "credit", "credits", "caption", "figcaption", "overlay", "video-player", "gallery", "carousel", "slideshow", "slider", "lightbox");
    static final List<String> JUNK_PREFIXES = List.of("advert", "social", "share", "comment", "related",
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
    static final java.util.regex.Pattern HIDING_TOKEN = java.util.regex.Pattern.compile(
            "(?i)(?:is-|u-|js-)?(?:hidden|hide|invisible)");
    /** A class that shows the element again from some screen size on: {@code md:block}, {@code d-lg-flex}. */
    static final java.util.regex.Pattern SHOWING_TOKEN = java.util.regex.Pattern.compile(
            "(?i)(?:[a-z0-9-]+:(?:block|inline|inline-block|flex|inline-flex|grid|table|contents)|d-(?:sm|md|lg|xl|xxl)-\\w+)");
    /** Words that undo the furniture word after them in the same token: {@code non-paywall}, {@code no-ads}. */
    static final Set<String> NEGATIONS = Set.of("non", "no", "not", "without");
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
    static final Set<String> STORY_NAMES = Set.of("article", "articlebody", "content", "entry", "story",
            "storybody", "postbody", "post");
    /** Class and id words of a dialog laid over the page; no story is written in one, whatever else its names say. */
    static final Set<String> DIALOG = Set.of("modal", "popup", "lightbox", "login", "signin", "logindialog");
    /** Words that mark the content: an element with one of these is kept whatever else its names say. */
    static final Set<String> CONTENT = Set.of("article", "body", "content", "entry", "main", "post", "story",
            "text", "blog", "articlebody", "storybody", "postbody", "prose", "column", "page");

    private ClassNames() {
    }

    /**
     * What the names of one part say.
     *
     * @param junk    a word names furniture (not undone by a negation before it: {@code non-paywall})
     * @param strong  a word names a part no story is written in ({@link #STRONG_JUNK})
     * @param content a word names the content ({@link #CONTENT})
     * @param thread  a word names a readers' thread ({@link #THREAD})
     */
    record Verdict(boolean junk, boolean strong, boolean content, boolean thread) {
    }

    /** The verdict of a part's class and id {@code names}, token by token. */
    static Verdict judge(String names) {
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
        return new Verdict(junk, strong, content, thread);
    }

    /** True if a word of {@code names} (class and id) names a dialog laid over the page: a modal, a pop-up, a log-in box. */
    static boolean namesDialog(String names) {
        for (String word : words(names.replace("modal-open", ""))) {   // Bootstrap's state of a page with a dialog open
            if (DIALOG.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True if a word of the element's class or id names the story's own part ({@link #STORY_NAMES}). */
    static boolean namesStory(Element e) {
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

    /** True if a word of the element's class or id names a part no page's story is ever set in ({@link #NEVER_STORY}). */
    static boolean isNeverStory(Element e) {
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
    static boolean isStrongJunk(Element e) {
        for (String word : words(e.className() + " " + e.id())) {
            if (STRONG_JUNK.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
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
}
