package dev.byline.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Notes on the writer that templates set under a story, inside the story's own container: the author's box ("About
 * Jane Doe", a photo, two lines of biography, "More by Jane Doe"). Told by what they point at, not by their names
 * (themes call them {@code author-box content-box}, and the content word saves them from the cleaner): a box that
 * links to the page the byline links to (the author's page), or whose heading is the author's name ("About Jane
 * Doe"), and that stands right after a story's worth of paragraphs. The byline at the story's head, and a lead set
 * beside it, have no story before them and stay; a box as long as a story is no note.
 *
 * <pre>{@code
 * List<Element> notes = AuthorBoxes.find(body, List.of("Jane Doe"));   // before cleaning: the byline is still there
 * }</pre>
 */
final class AuthorBoxes {
    /** A note on the writer holds at most this many characters: a photo's caption, a name, a few lines, a few links. */
    static final int BOX_CHARS = 1000;
    /** Characters of paragraphs that must come before a box for it to stand under a story (the byline stands above it). */
    static final int STORY_BEFORE = 400;
    /** Text this long before a part, in its parent, is the story's (a box's heading or label is shorter). */
    static final int LINE_CHARS = 80;
    /** How many levels above a box its story is looked for. */
    static final int LEVELS_UP = 3;
    /** A name shorter than this (initials, a nickname) is not looked for in headings and links. */
    static final int MIN_NAME = 4;
    /** Words a link's text may put before the author's name: "by", "von", "More posts by", "Alle Artikel von". */
    static final int WORDS_BEFORE_NAME = 4;
    /** Characters those words may take, beyond the name (a link text longer than twice the name and this is read no further). */
    static final int LINK_WORDS_CHARS = 40;

    private AuthorBoxes() {
    }

    /**
     * The notes in {@code body} on the writers named {@code authors} that stand after a story; an author that is the
     * {@code outlet} itself (a newsdesk credited by the site's name) has no note. Found on the page as it comes (the
     * cleaner takes bylines out); the notes are left in place, so that the story's container is chosen as before, and
     * their blocks are not read with the story ({@link ContentScorer#choose(Element, String, String, SetAside, List)}).
     */
    static List<Element> find(Element body, List<String> authors, String outlet) {
        List<String> names = new ArrayList<>();
        String site = ContentScorer.norm(outlet);
        for (String a : authors) {
            String n = ContentScorer.norm(a);
            if (n.length() >= MIN_NAME && !n.equals(site)) {
                names.add(n);
            }
        }
        org.jsoup.select.Elements links = body.select("a[href]");
        Set<String> pages = authorPages(links, names);
        List<Element> marks = new ArrayList<>();
        if (!pages.isEmpty()) {
            Set<String> lastParts = new HashSet<>();
            pages.forEach(p -> lastParts.add(lastPart(p)));
            for (Element a : links) {
                // a link that says something: an avatar linked to the writer's page heads her own words too (a
                // reviewer's verdict under her picture); the address resolved only when its last part matches
                if (lastParts.contains(lastPart(a.attr("href"))) && a.hasText() && pages.contains(target(a))) {
                    marks.add(a);
                }
            }
        }
        if (!names.isEmpty()) {
            for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
                String t = ContentScorer.norm(h.text());
                if (names.stream().anyMatch(n -> namedAfter(t, n, 1))) {
                    marks.add(h);
                }
            }
        }
        if (marks.isEmpty()) {
            return List.of();
        }
        List<Element> boxes = new ArrayList<>();
        for (Element mark : marks) {
            // the box is the largest element around the mark with no text before it in its parent: what stands before
            // the box in its parent is the story
            Element box = mark;
            while (box.parent() != null && box.parent() != body && box.parent().text().length() <= BOX_CHARS
                    && !textBefore(box)) {
                box = box.parent();
            }
            // a link alone in a long paragraph, a paragraph of the story, a subheading alone in the story's container are
            // no box: a story's sentence may link to the writer's page, a subheading may name her
            if (box == mark || !TextBlocks.isBlock(box) || TextBlocks.isParagraphLike(box) || box.text().length() > BOX_CHARS
                    || storyBefore(box, body) < Math.max(STORY_BEFORE, box.text().length())) {
                continue;
            }
            if (!isOneOfRepeatedPosts(box, marks)) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    /**
     * True if a sibling of {@code box} of its tag and class holds a mark too: the posts of a blog's front page, each
     * under its writer's byline, not a note on the writer under one story.
     */
    private static boolean isOneOfRepeatedPosts(Element box, List<Element> marks) {
        if (box.className().isEmpty() || box.parent() == null) {
            return false;
        }
        for (Element s : box.parent().children()) {
            if (s != box && s.normalName().equals(box.normalName()) && s.className().equals(box.className())
                    && marks.stream().anyMatch(m -> ContentScorer.inside(m, s))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pages the byline links to: the targets of links marked {@code rel=author}, and of links whose text is an
     * author's name, with at most a few words before it ("By Jane Doe", "More by Jane Doe").
     */
    private static Set<String> authorPages(List<Element> links, List<String> names) {
        Set<String> pages = new HashSet<>();
        int longest = names.stream().mapToInt(String::length).max().orElse(-1);
        for (Element a : links) {
            if (!TeaserLists.isRealLink(a)) {
                continue;
            }
            boolean rel = a.attr("rel").toLowerCase(java.util.Locale.ROOT).contains("author");
            String raw = rel || longest < 0 ? "" : a.text();
            // a name with a few words before it is short: longer link texts (headlines, sentences) are not normalized
            String t = raw.length() >= MIN_NAME && raw.length() <= 2 * longest + LINK_WORDS_CHARS ? ContentScorer.norm(raw) : "";
            boolean named = !t.isEmpty() && names.stream().anyMatch(n -> namedAfter(t, n, WORDS_BEFORE_NAME));
            if (rel || named) {
                pages.add(target(a));
            }
        }
        pages.removeIf(AuthorBoxes::isHome);
        return pages;
    }

    /** True if {@code text} is {@code name} with at most {@code words} words before it ("by Jane Doe", "About Jane Doe"). */
    private static boolean namedAfter(String text, String name, int words) {
        if (!text.endsWith(name)) {
            return false;
        }
        String rest = text.substring(0, text.length() - name.length());
        return rest.isEmpty() || rest.endsWith(" ") && rest.strip().split(" ").length <= words;
    }

    /** The last part of an address's path (without query, fragment and closing slash): a cheap key to compare first. */
    private static String lastPart(String href) {
        String t = href.strip();
        int cut = t.indexOf('#');
        t = cut >= 0 ? t.substring(0, cut) : t;
        cut = t.indexOf('?');
        t = cut >= 0 ? t.substring(0, cut) : t;
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.substring(t.lastIndexOf('/') + 1);
    }

    /** Where a link leads, absolute when the page's address is known, as {@link TeaserLists#normalTarget} reads it. */
    private static String target(Element a) {
        String abs = a.absUrl("href");
        return TeaserLists.normalTarget(abs.isEmpty() ? a.attr("href") : abs);
    }

    /**
     * True if a sibling before {@code e} holds a line's worth of text: the story (in paragraphs or not) stands before
     * the box, a photo, a label or the box's heading does not.
     */
    private static boolean textBefore(Element e) {
        for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
            if (s.text().length() >= LINE_CHARS) {
                return true;
            }
        }
        return false;
    }

    /** True if the address is no page of its own: empty, or the site's home page (a logo's link, a newsdesk's credit). */
    private static boolean isHome(String target) {
        String path = target.replaceFirst("^(?i)(?:https?:)?//[^/]*", "");
        return path.isEmpty() || path.equals("/");
    }

    /**
     * Characters of the paragraphs that stand before {@code box} near it: in its parent, and in the parents of the
     * two elements above it (a box set in the post's footer, beside the post's text).
     */
    private static int storyBefore(Element box, Element body) {
        int chars = 0;
        Element e = box;
        for (int level = 0; level < LEVELS_UP && e != null && e != body; level++, e = e.parent()) {
            for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                chars += s.normalName().equals("p") ? s.text().length()
                        : s.getElementsByTag("p").stream().mapToInt(p -> p.text().length()).sum();
            }
        }
        return chars;
    }

}
