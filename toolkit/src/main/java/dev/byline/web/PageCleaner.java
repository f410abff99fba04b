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

    /** Paragraph characters a part named as content must hold to save the furniture-named wrapper around it. */
    private static final int NAMED_STORY_CHARS = 400;
    /** Paragraph characters (outside list items) above which a part named as furniture is taken for a story. */
    private static final int STORY_CHARS = 1200;
    /** The share of the page's text above which an element is the page itself, not furniture beside the story. */
    private static final double MOST_OF_PAGE = 0.5;

    private PageCleaner() {
    }

    /** How much a cleaning pass trusts the page's class and id names. */
    enum Pass {
        /** Names remove furniture; comment threads and galleries go whatever content word they carry; teaser lists go. */
        STRICT,
        /**
         * Names remove furniture, but a content word saves a part (a forum thread whose posts are the content); teaser
         * lists go.
         */
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
        SignUpForms.remove(body, MOST_OF_PAGE);
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
        if (pass != Pass.BY_TAG) {
            // cards of other stories cut off mid-sentence go whatever their names, before a name sets them aside
            ExcerptCards.remove(body);
        }
        Map<Element, Integer> textLength = textLengths(body);
        int pageChars = textLength.getOrDefault(body, 0);
        Measures measures = new Measures();
        Set<Element> aroundStory = pass == Pass.BY_TAG ? Set.of() : aroundNamedStory(body, strict, measures);
        Set<Element> aroundMath = aroundFormulas(body);
        List<Element> doomed = new ArrayList<>();
        Set<Element> byNameAlone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (e == body || e.normalName().equals("html")) {
                continue;
            }
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("display:none") || style.contains("visibility:hidden") || ClassNames.isHiding(e)) {
                doomed.add(e);
            } else if (pass == Pass.BY_TAG) {
                if (ClassNames.isNeverStory(e)) {
                    doomed.add(e);
                }
            } else if (isJunk(e, strict, measures) && !aroundStory.contains(e) && !aroundMath.contains(e) && !(textLength.getOrDefault(e, 0) > MOST_OF_PAGE * pageChars
                    && !ClassNames.isStrongJunk(e) && !(TextBlocks.isBlock(e) && ClassNames.namesDialog(e.className() + " " + e.id())))) {
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
        if (pass != Pass.BY_TAG) {
            // teaser lists are told by their shape, not their names, so the lenient reading drops them too; the last
            // reading keeps them, for a story cut into short sections under linked headings
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

        /** True if {@code e} or an element above it is named as a readers' thread ({@link ClassNames#THREAD}). */
        boolean inThread(Element e) {
            if (e == null) {
                return false;
            }
            Boolean known = inThread.get(e);
            if (known != null) {
                return known;
            }
            boolean thread = false;
            for (String word : ClassNames.words(e.className() + " " + e.id())) {
                thread |= ClassNames.THREAD.contains(word);
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
        String classAndId = (e.className() + " " + (NamedParts.isAnchorOfItsText(e) ? "" : e.id())).strip();
        if (!classAndId.isEmpty() && TextBlocks.isBlock(e) && !e.normalName().equals("body")
                && ClassNames.namesDialog(classAndId)) {
            return true;   // a log-in or sign-up pop-up, even set in an <article>: a dialog is never the story
        }
        if (classAndId.isEmpty() || e.normalName().equals("article") || e.normalName().equals("main")
                || e.normalName().equals("body")) {
            return false;
        }
        if (!TextBlocks.isBlock(e) && insideParagraph(e)) {
            return false;   // words of a sentence ("a popup" note on a phrase) belong to it, whatever their class
        }
        ClassNames.Verdict names = ClassNames.judge(classAndId);
        if (!names.junk() || names.content() && !(strict && names.strong())) {
            return false;
        }
        // a big block of running paragraphs is content, whatever its class says (sites name their story
        // "post-sidebar-x"); paragraphs inside list items are a gallery's legends or a comment thread, not a story
        if (strict && names.thread() && !names.content()) {
            return true;   // a long thread is still a thread: its length is the readers', not the story's
        }
        return measures.storyChars(e) < STORY_CHARS;
    }


    /**
     * The elements that hold a part named as content ({@code entry-content}, {@code article-body}) with a story's
     * worth of paragraphs in it: a wrapper around the story is not furniture, whatever its own name says (a theme
     * that sets the post inside its {@code socialicons-sticky} bar).
     */
    private static Set<Element> aroundNamedStory(Element body, boolean strict, Measures measures) {
        Set<Element> around = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (e == body || !ClassNames.namesStory(e) || isJunk(e, strict, measures) || measures.inThread(e)
                    || measures.storyChars(e) < NAMED_STORY_CHARS) {
                continue;   // a comment's "content" div names a reader's post, not the story
            }
            for (Element up = e.parent(); up != null && up != body && around.add(up); up = up.parent()) {
                // marked up to the first ancestor another story part already marked
            }
        }
        return around;
    }




    /**
     * The inline elements that wrap a formula ({@code <math>}, MathML) up to the block it stands in: a formula is the
     * text's, whatever its renderer names its wrapper (MathJax's context-menu class reads as a menu's).
     */
    private static Set<Element> aroundFormulas(Element body) {
        Set<Element> around = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element math : body.getElementsByTag("math")) {
            for (Element up = math; up != null && up != body && !TextBlocks.isBlock(up) && around.add(up); up = up.parent()) {
                // marked up to the block holding the formula, or to a wrapper another formula marked
            }
        }
        return around;
    }

    /** The length of the text under each element of {@code root}, in one walk. */
    static Map<Element, Integer> textLengths(Element root) {
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
