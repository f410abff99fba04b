package dev.byline.web;

import dev.byline.web.TextBlocks.Block;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A story told in a gallery: a run of slides, each a picture with a legend of running text (a slideshow of costumes,
 * a week's avalanche report told photo by photo, a hotel list, the steps of a build). The cleaner removes galleries
 * by their names and the scorer leaves legends out as captions, so such a story was lost whole or read as its few
 * plain paragraphs. Before the page is cleaned, each slide's legend sentences become plain paragraphs where the slide
 * stood, and the gallery's wrappers lose their gallery names; the scorer then judges them as any paragraphs.
 *
 * <p>A picture's caption is not a gallery's legend: a gallery is three or more sibling slides of one shape (same tag,
 * same first class), each holding a picture, most of them a sentence of {@link #MIN_SENTENCE} characters or more
 * with few links. Unless a name calls their parent a gallery, the slides fill at least half of it (a story's own
 * figures stand among its paragraphs) and none is a card of another story (a headline beside the picture). Lines
 * that recur in most slides (counters, "full screen", one caption under every picture) and link lines are not read.
 *
 * <pre>{@code
 * <div class=slides><figure><img><figcaption><p>1. A witch. What you need: a hat and ...</p></figcaption></figure> ...
 * // becomes <div><div><p>1. A witch. What you need: a hat and ...</p></div> ...
 * }</pre>
 */
final class GalleryLegends {
    /** Slides a gallery has at least: two pictures with legends are two captions. */
    static final int MIN_SLIDES = 3;
    /** A legend sentence is this long at least, outside links. */
    static final int MIN_SENTENCE = 60;
    /** A legend's share of link text above which it is a link line, not running text. */
    static final double MAX_LINKS = 0.25;
    /** A linked text this long in a slide is a headline of another story: the slide is a card. */
    static final int CARD_LINK_CHARS = 25;
    /** How many levels above a picture its slide may start. */
    static final int SLIDE_LEVELS = 4;
    /** What a slide shows: a picture, a video, an embedded post. */
    private static final Set<String> PICTURES = Set.of("img", "picture", "video", "amp-img", "amp-video", "amp-instagram");
    /** Tags the cleaner takes out whatever their text: a slide's controls and what no reader sees. */
    private static final Set<String> CONTROLS = Set.of("button", "label", "select", "nav", "footer", "menu", "dialog",
            "noscript", "template", "form", "aside");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String SENTENCE_END = ".!?…\"”’»)";
    private static final Set<String> GALLERY_WORDS = Set.of("gallery", "slideshow", "slider", "slides", "slide",
            "carousel", "lightbox");

    private GalleryLegends() {
    }

    /** Rewrites each gallery of {@code body} whose legends are running text as plain paragraphs; the rest stays. */
    static void unfold(Element body) {
        List<Element> pictures = body.stream().filter(e -> PICTURES.contains(e.normalName())).toList();
        if (pictures.size() < MIN_SLIDES) {
            return;
        }
        // each picture's ancestors a few levels up are its candidate slides, grouped by the parent they stand in
        Map<Element, List<Element>> slidesByParent = new IdentityHashMap<>();
        List<Element> parents = new ArrayList<>();
        for (Element picture : pictures) {
            Element slide = picture;
            for (int level = 0; level < SLIDE_LEVELS && slide.parent() != null && slide.parent() != body; level++) {
                Element parent = slide.parent();
                List<Element> slides = slidesByParent.computeIfAbsent(parent, k -> {
                    parents.add(k);
                    return new ArrayList<>();
                });
                if (slides.isEmpty() || slides.getLast() != slide) {   // pictures come in page order: a slide's are adjacent
                    slides.add(slide);
                }
                slide = parent;
            }
        }
        List<Element> unfolded = new ArrayList<>();
        for (Element parent : parents) {
            if (slidesByParent.get(parent).size() < MIN_SLIDES || parent.parent() == null
                    || unfolded.stream().anyMatch(u -> ContentScorer.inside(parent, u))) {
                continue;
            }
            List<Element> slides = sameShape(slidesByParent.get(parent));
            if (slides.size() < MIN_SLIDES || !namedGallery(parent) && !isGallery(parent, slides)) {
                continue;
            }
            Map<Element, List<Line>> legends = new IdentityHashMap<>();
            for (Element slide : slides) {
                legends.put(slide, legend(slide, parent));
            }
            dropRepeated(legends.values(), slides.size());
            legends.values().removeIf(lines -> lines.stream().noneMatch(Line::legend));
            if (legends.size() < MIN_SLIDES || legends.size() * 2 < slides.size()) {
                continue;
            }
            int chars = 0;
            for (Map.Entry<Element, List<Line>> e : legends.entrySet()) {
                Element plain = new Element("div");
                for (Line line : e.getValue()) {
                    plain.appendElement("p").text(line.text());
                    chars += line.text().length();
                }
                e.getKey().replaceWith(plain);
            }
            unnameGallery(parent, chars);
            unfolded.add(parent);
        }
    }

    /** The slides among {@code candidates} that share the most common tag and first class, in page order. */
    private static List<Element> sameShape(List<Element> candidates) {
        Map<String, List<Element>> byShape = new LinkedHashMap<>();
        for (Element c : candidates) {
            Set<String> names = c.classNames();
            String first = names.isEmpty() ? "" : names.iterator().next();
            byShape.computeIfAbsent(c.normalName() + "." + first, k -> new ArrayList<>()).add(c);
        }
        return byShape.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
    }

    /** True if {@code e} or its parent is named as a gallery, slideshow or carousel. */
    private static boolean namedGallery(Element e) {
        Element x = e;
        for (int level = 0; level < 2 && x != null; level++, x = x.parent()) {
            String names = x.className().toLowerCase(Locale.ROOT);
            if (GALLERY_WORDS.stream().noneMatch(names::contains)) {
                continue;   // most names hold no gallery word at all: no need to split them into words
            }
            for (String c : x.classNames()) {
                if (ClassNames.words(c).stream().anyMatch(GALLERY_WORDS::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True if {@code slides}, in a parent that no name calls a gallery, are one: they make up at least half of its
     * children (pictures set among a story's paragraphs are its figures, each with its caption), and none is a card.
     */
    private static boolean isGallery(Element parent, List<Element> slides) {
        return slides.size() * 2 >= parent.childrenSize() && slides.stream().noneMatch(GalleryLegends::isCard);
    }

    /** True if the slide is a card of another story: a heading, or a long linked line. */
    private static boolean isCard(Element slide) {
        if (!slide.select("h1, h2, h3, h4, h5, h6").isEmpty()) {
            return true;
        }
        for (Element a : slide.select("a[href]")) {
            if (a.text().length() >= CARD_LINK_CHARS) {
                return true;
            }
        }
        return false;
    }

    /** A line of a slide, and whether it is a legend's sentence (read from a caption) or a line the page shows. */
    private record Line(String text, boolean legend) {
    }

    /**
     * The slide's lines as the story reads them once unfolded, or none in a thread: its lines that the page already
     * shows as text stay unless they are links (a shop's or a control's), and of those it sets as a caption (a
     * {@code figure}'s, or under a furniture name such as {@code caption}) the sentences of running text
     * ({@link #MIN_SENTENCE} characters or more outside links, few links, no picture credit) are read; counters,
     * labels and credits there are not.
     */
    private static List<Line> legend(Element slide, Element gallery) {
        List<Line> lines = new ArrayList<>();
        for (Block b : TextBlocks.of(slide)) {
            String t = b.text();
            if (inThread(b.owner(), gallery)) {
                return new ArrayList<>();   // readers' posts beside their avatars are a thread, not a gallery
            }
            if (isRemoved(b.owner(), slide) || b.linkDensity() > MAX_LINKS) {
                continue;   // an overlay shown on a click, a control, a link line: no reader reads it as the story
            }
            if (!isHidden(b.owner(), gallery)) {
                lines.add(new Line(t, false));
            } else if (t.length() - b.linkChars() >= MIN_SENTENCE && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0
                    && !ContentScorer.isCredited(t)) {
                lines.add(new Line(t, true));
            }
        }
        return lines;
    }

    /**
     * Takes out the lines that recur, digits aside, in half the slides or more: the gallery's own furniture ("Full
     * screen", "Picture 3 of 10", a credit line), or one caption set under every picture, which is no story.
     */
    private static void dropRepeated(Collection<List<Line>> slides, int slideCount) {
        Map<String, Integer> seen = new HashMap<>();
        for (List<Line> lines : slides) {
            lines.stream().map(l -> digitless(l.text())).distinct().forEach(t -> seen.merge(t, 1, Integer::sum));
        }
        for (List<Line> lines : slides) {
            lines.removeIf(l -> {
                int n = seen.get(digitless(l.text()));
                return n >= 2 && n * 2 >= slideCount;
            });
        }
    }

    private static String digitless(String text) {
        return DIGITS.matcher(text).replaceAll("#");
    }

    /**
     * True if {@code e} is hidden or a control inside its slide: gone from any reading of the page. A slide itself may
     * be hidden: a gallery shows one slide at a time, and its story is all of them.
     */
    private static boolean isRemoved(Element e, Element slide) {
        for (Element x = e; x != null && x != slide; x = x.parent()) {
            String style = x.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("display:none") || style.contains("visibility:hidden") || x.hasAttr("hidden")
                    || x.attr("aria-hidden").equals("true") || ClassNames.isHiding(x) || CONTROLS.contains(x.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inThread(Element e, Element gallery) {
        for (Element x = e; x != null && x != gallery; x = x.parent()) {
            if (ClassNames.judge(x.className() + " " + x.id()).thread()) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code e} is read as a caption or removed by a furniture name, up to the gallery's own element. */
    private static boolean isHidden(Element e, Element gallery) {
        for (Element x = e; x != null && x != gallery; x = x.parent()) {
            String tag = x.normalName();
            if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("caption")
                    || ClassNames.judge(x.className() + " " + x.id()).junk()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes the gallery words out of the names of {@code parent} and of the wrappers above it that hold little but the
     * gallery ({@code chars} of legends), so that the cleaner does not remove the story by its gallery's name.
     */
    private static void unnameGallery(Element parent, int chars) {
        for (Element e = parent; e != null && !e.normalName().equals("body"); e = e.parent()) {
            if (e != parent && e.text().length() > 2 * chars) {
                break;
            }
            for (String c : new ArrayList<>(e.classNames())) {
                if (ClassNames.words(c).stream().anyMatch(GALLERY_WORDS::contains)) {
                    e.removeClass(c);
                }
            }
        }
    }
}
