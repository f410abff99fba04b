package dev.byline.web;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds lists of teasers: runs of other stories' headlines, each a link, with a line or two of summary under each
 * ("More in Politics", a stream of recommended stories, a section front). A story's own subheadings are not links;
 * a teaser's headline is. Three or more short cards side by side, each a linked headline with less own prose than a
 * story paragraph or two, are a teaser list, whatever their class and id say.
 *
 * <pre>{@code
 * TeaserLists.remove(body);   // before scoring: the teasers cannot outweigh the story they sit beside
 * }</pre>
 */
final class TeaserLists {
    /** How many linked headlines make a list of teasers. */
    static final int MIN_TEASERS = 3;
    /** The share of a heading's text in links above which it is another story's headline. */
    static final double LINKED_SHARE = 0.5;
    /** A teaser's summary is about this long at most: a sentence or two. */
    static final int SUMMARY_CHARS = 300;
    /** A teaser has less text outside links than this: a summary, not a story's paragraphs. */
    static final int MAX_PROSE_PER_TEASER = 500;

    private TeaserLists() {
    }

    /** Removes the teaser lists under {@code body}. */
    static void remove(Element body) {
        // a headline is a heading that leads to one other page; a heading of links to several (a row of section tags)
        // is not one
        Map<Element, String> linkedHeadings = new IdentityHashMap<>();
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            String text = h.text();
            // most of it a link: a kicker before the link ("Wave of stupidity" then the headline) is still a teaser's
            if (text.length() >= 8 && linkChars(h) >= LINKED_SHARE * text.length()) {
                String target = target(h);
                if (target != null) {
                    linkedHeadings.put(h, target);
                }
            }
        }
        if (linkedHeadings.size() < MIN_TEASERS) {
            return;
        }
        // the pages each ancestor's headlines lead to: a card's headline and its "read the rest" lead to one page
        Map<Element, Set<String>> targets = new IdentityHashMap<>();
        for (Map.Entry<Element, String> h : linkedHeadings.entrySet()) {
            for (Element e = h.getKey().parent(); e != null; e = e.parent()) {
                targets.computeIfAbsent(e, k -> new HashSet<>(2)).add(h.getValue());
                if (e == body) {
                    break;
                }
            }
        }
        // a teaser's card is the largest element whose headlines lead to its story and no other; cards that share a
        // parent with two or more others are a list, and each short card in it goes (a story's container keeps its
        // paragraphs, which are outside every card)
        Map<Element, Set<Element>> cardsByList = new IdentityHashMap<>();
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            if (!linkedHeadings.containsKey(h)) {
                continue;   // page order, so that the lists and their cards are met as the page sets them
            }
            Element card = h;
            while (card.parent() != null && card.parent() != body && targets.get(card.parent()).size() == 1) {
                card = card.parent();
            }
            if (card.parent() != null) {
                cardsByList.computeIfAbsent(card.parent(), k -> new LinkedHashSet<>()).add(card);
            }
        }
        for (Map.Entry<Element, Set<Element>> list : cardsByList.entrySet()) {
            List<Element> cards = List.copyOf(list.getValue());
            if (cards.stream().allMatch(linkedHeadings::containsKey) && isStoryAround(list.getKey(), cards)) {
                continue;   // linked subheadings of the story that runs between them
            }
            List<Element> teasers = cards.stream().filter(TeaserLists::isTeaser).toList();
            if (teasers.size() >= MIN_TEASERS) {
                teasers.forEach(Element::remove);
            }
        }
    }

    /**
     * The page a heading's links lead to, without its fragment, its tracking parameters ({@code utm_…}) and a closing
     * slash; null when they lead to more than one page.
     */
    static String target(Element heading) {
        String target = null;
        for (Element a : heading.select("a[href]")) {
            if (!isRealLink(a)) {
                continue;
            }
            String t = normalTarget(a.attr("href"));
            if (target == null) {
                target = t;
            } else if (!target.equals(t)) {
                return null;
            }
        }
        return target;
    }

    static String normalTarget(String href) {
        String t = href.strip();
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        int q = t.indexOf('?');
        if (q >= 0) {
            StringBuilder kept = new StringBuilder();
            for (String param : t.substring(q + 1).split("&")) {
                if (!param.isEmpty() && !param.regionMatches(true, 0, "utm_", 0, 4)) {
                    kept.append(kept.isEmpty() ? "?" : "&").append(param);
                }
            }
            t = t.substring(0, q) + kept;
        }
        return t.endsWith("/") && t.length() > 1 ? t.substring(0, t.length() - 1) : t;
    }

    /**
     * True if the headings' parent holds a story's worth of prose besides them: more than a teaser's summary (a
     * sentence or two) per heading, so they are the story's own subheadings, linked.
     */
    private static boolean isStoryAround(Element parent, List<Element> headings) {
        int own = parent.text().length() - linkChars(parent);
        return own > SUMMARY_CHARS * headings.size();
    }

    private static boolean isTeaser(Element card) {
        return card.text().length() - linkChars(card) < MAX_PROSE_PER_TEASER;
    }

    private static int linkChars(Element e) {
        int n = 0;
        for (Element a : e.select("a[href]")) {
            if (!isRealLink(a) || a.parents().stream().anyMatch(p -> p.normalName().equals("a"))) {
                continue;
            }
            n += a.text().length();
        }
        return n;
    }

    /** A link that leads somewhere: not a script action ({@code javascript:}) and not an empty target. */
    static boolean isRealLink(Element a) {
        String href = a.attr("href").strip();
        return !href.isEmpty() && !href.regionMatches(true, 0, "javascript:", 0, 11);
    }
}
