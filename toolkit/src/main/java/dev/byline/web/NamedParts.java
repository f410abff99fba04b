package dev.byline.web;

import dev.byline.web.TextBlocks.Block;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Parts of the story that a page's class or id names as furniture. Page builders and templates name the story's own
 * parts with furniture words ({@code elementor-widget-container}, TYPO3's {@code ce-textpic ce-below}, a heading's
 * {@code nav_…} anchor, a test report's {@code Section--Ads}), so a name alone is weak evidence: a part set aside by its
 * name ({@link SetAside}) is read with the story when the story runs through it — the story's own blocks stand before
 * and after it — and its text is prose rather than links.
 *
 * <pre>{@code
 * <p>First paragraph.</p><div class=widget-container><p>Second.</p></div><p>Third.</p>
 * // the three paragraphs are the story; a widget after the last paragraph is not read
 * }</pre>
 */
final class NamedParts {
    /** The share of a part's text in links above which it is a list of links (a menu, a rail), not the story's. */
    static final double MAX_LINK_SHARE = 0.3;
    /** Characters outside links a part must hold to be read as the story's: a paragraph, not a label or a line. */
    static final int MIN_PROSE = 100;
    /** A picture's legend is about this long at most (as {@link ContentScorer}'s credited legends). */
    static final int LEGEND_CHARS = 250;
    /** Words of an id this long or longer are compared with a heading's text; shorter ones are prefixes and counters. */
    private static final int ANCHOR_WORD = 3;
    /** A block this long outside links that ends as a sentence ends is running text. */
    static final int MIN_SENTENCE = 60;
    /**
     * Furniture words besides {@link PageCleaner#STRONG_JUNK}, {@link PageCleaner#THREAD} and {@link PageCleaner#DIALOG}
     * whose part is left out wherever it stands, even amid the story: a caption or credit, the byline, date and tags,
     * a sidebar, banner or footer, the site's menus, calls to sign up or log in.
     */
    private static final Set<String> KEPT_OUT = Set.of("caption", "figcaption", "credit", "credits", "byline", "dateline",
            "timestamp", "author", "authors", "autor", "bio", "tags", "tag", "tagcloud", "breadcrumb", "breadcrumbs",
            "crumbs", "print", "email", "follow", "login", "register", "paywall", "subscribe", "subscription", "signup",
            "sidebar", "rss", "footer", "banner", "pagination", "pager", "toolbar", "tools", "menu", "navbar", "navigation");
    private static final String SENTENCE_END = ".!?…:\"”’»)";

    private NamedParts() {
    }

    /**
     * True if the cleaner may set {@code e} aside rather than remove it, when its name alone condemns it: a block whose
     * names say nothing worse than a layout's words, and that is not one card of a list.
     */
    static boolean mayRunThrough(Element e) {
        return TextBlocks.isBlock(e) && !namesKeptOut(e) && !isOneOfACardList(e) && !isPictureWithLegend(e);
    }

    /** True if {@code e} holds a picture and no more text than its legend: a caption, whatever it is named. */
    private static boolean isPictureWithLegend(Element e) {
        return e.selectFirst("img, picture") != null && e.text().length() <= LEGEND_CHARS;
    }

    /**
     * True if {@code e} is a heading whose id is made from its own words, as the anchor a table of contents links to
     * ({@code <h3 id="nav_the_cell_stays__1">The cell stays</h3>}): such an id names the section, not a part of the
     * template, whatever word the site prefixes to it.
     */
    static boolean isAnchorOfItsText(Element e) {
        String tag = e.normalName();
        if (e.id().isEmpty() || tag.length() != 2 || tag.charAt(0) != 'h' || tag.charAt(1) < '1' || tag.charAt(1) > '6') {
            return false;
        }
        Set<String> own = new HashSet<>(ClassNames.words(e.text()));
        int words = 0;
        int shared = 0;
        for (String w : ClassNames.words(e.id())) {
            if (w.length() >= ANCHOR_WORD) {
                words++;
                shared += own.contains(w) ? 1 : 0;
            }
        }
        return shared >= 2 && shared * 2 > words;
    }

    /**
     * True if two or more of {@code e}'s siblings bear its class: one card of a list (teasers, a rail of other
     * stories), which a story does not run through.
     */
    private static boolean isOneOfACardList(Element e) {
        if (e.className().isEmpty() || e.parent() == null) {
            return false;
        }
        int same = 0;
        for (Element s : e.parent().children()) {
            if (s != e && s.className().equals(e.className()) && ++same >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if a word of the element's class or id names a part whose text is never the story's, wherever it stands:
     * a readers' thread, a gallery, a share bar, a dialog, a caption or credit, the byline and the tags, a sign-up.
     */
    private static boolean namesKeptOut(Element e) {
        for (String word : ClassNames.words(e.className() + " " + e.id())) {
            if (KEPT_OUT.contains(word) || ClassNames.THREAD.contains(word) || ClassNames.DIALOG.contains(word)
                    || ClassNames.STRONG_JUNK.stream().anyMatch(word::startsWith) || ClassNames.NEVER_STORY.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The story's blocks ({@code story}, in page order, the parts set aside among them) with each run of set-aside
     * blocks kept when the story's own blocks stand on both sides of it and each part of the run is more prose than
     * links, or a heading: a template that sets each section of the story in its own widget (the section's title in
     * one, its text in the next) sets several such parts one after another, and the story runs through all of them.
     * A run that holds any other part (a box of an offer's terms, a label, a price) is not read.
     */
    static List<Block> runThrough(List<Block> story) {
        if (story.stream().noneMatch(Block::setAside)) {
            return story;
        }
        List<Block> out = new ArrayList<>(story.size());
        int i = 0;
        while (i < story.size()) {
            if (!story.get(i).setAside()) {
                out.add(story.get(i++));
                continue;
            }
            int j = i;
            boolean prose = false;
            boolean other = false;
            while (j < story.size() && story.get(j).setAside()) {
                Element part = part(story.get(j));
                int end = j;
                while (end < story.size() && story.get(end).setAside() && part(story.get(end)) == part) {
                    end++;
                }
                List<Block> run = story.subList(j, end);
                boolean isProse = isProse(run);
                prose |= isProse;
                other |= !isProse && !run.stream().allMatch(b -> b.kind() == TextBlocks.Kind.HEADING);
                j = end;
            }
            // the story's own blocks on both sides: a part between two set aside (a list of teasers, a rail) is not
            boolean between = i > 0 && j < story.size();
            if (between && prose && !other) {
                out.addAll(story.subList(i, j));
            }
            i = j;
        }
        return out;
    }

    /** The blocks of {@code blocks} set aside in parts that are more prose than links ({@link #isProse}), in order. */
    static List<Block> proseParts(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            if (!blocks.get(i).setAside()) {
                i++;
                continue;
            }
            Element part = part(blocks.get(i));
            int j = i;
            while (j < blocks.size() && blocks.get(j).setAside() && part(blocks.get(j)) == part) {
                j++;
            }
            if (isProse(blocks.subList(i, j))) {
                out.addAll(blocks.subList(i, j));
            }
            i = j;
        }
        return out;
    }

    /** The part a set-aside block was cut from: the top of the tree the cleaner took out. */
    private static Element part(Block b) {
        Element e = b.owner();
        while (e.parent() != null) {
            e = e.parent();
        }
        return e;
    }

    private static boolean isProse(List<Block> run) {
        int chars = 0;
        int links = 0;
        boolean sentence = false;
        for (Block b : run) {
            chars += b.text().length();
            links += b.linkChars();
            sentence |= isSentence(b);
        }
        return sentence && chars - links >= MIN_PROSE && links <= MAX_LINK_SHARE * chars;
    }

    /** A paragraph's worth of running text outside links, ending as a sentence ends. */
    private static boolean isSentence(Block b) {
        String t = b.text();
        return b.kind() != TextBlocks.Kind.HEADING && t.length() - b.linkChars() >= MIN_SENTENCE
                && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
