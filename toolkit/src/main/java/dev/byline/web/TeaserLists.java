package dev.byline.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds lists of teasers: runs of other stories' headlines, each a link, with a line or two of summary under each
 * ("More in Politics", a stream of recommended stories, a section front). A story's own subheadings are not links;
 * a teaser's headline is. The smallest element that holds three or more linked headlines and has, per headline,
 * less own prose than a short story paragraph or two is a teaser list, whatever its class and id say.
 *
 * <pre>{@code
 * TeaserLists.remove(body);   // before scoring: the teasers cannot outweigh the story they sit beside
 * }</pre>
 */
final class TeaserLists {
    /** How many linked headlines make a list of teasers. */
    static final int MIN_TEASERS = 3;
    /** A teaser list has less text outside links than this per headline: a summary, not a story's paragraphs. */
    static final int MAX_PROSE_PER_TEASER = 320;

    private TeaserLists() {
    }

    /** Removes the teaser lists under {@code body}. */
    static void remove(Element body) {
        List<Element> linkedHeadings = new ArrayList<>();
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            String text = h.text();
            if (text.length() >= 8 && linkChars(h) >= 0.8 * text.length()) {
                linkedHeadings.add(h);
            }
        }
        if (linkedHeadings.size() < MIN_TEASERS) {
            return;
        }
        // how many linked headings each ancestor holds
        Map<Element, Integer> count = new IdentityHashMap<>();
        for (Element h : linkedHeadings) {
            for (Element e = h.parent(); e != null; e = e.parent()) {
                count.merge(e, 1, Integer::sum);
                if (e == body) {
                    break;
                }
            }
        }
        List<Element> lists = new ArrayList<>();
        for (Element h : linkedHeadings) {
            Element list = null;
            for (Element e = h.parent(); e != null && e != body; e = e.parent()) {
                if (count.get(e) >= MIN_TEASERS) {
                    list = e;
                    break;
                }
            }
            if (list != null && !lists.contains(list) && isTeaserList(list, count.get(list))) {
                lists.add(list);
            }
        }
        for (Element list : lists) {
            if (list.parent() != null) {
                list.remove();
            }
        }
    }

    private static boolean isTeaserList(Element list, int headings) {
        int prose = list.text().length() - linkChars(list);
        return prose < MAX_PROSE_PER_TEASER * headings;
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
