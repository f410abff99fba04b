package dev.byline.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds teaser cards whose headline is no link ({@link TeaserLists} needs one): a picture or an empty overlay link
 * and a "read more" link lead to another story, and the card shows that story's opening cut off mid-sentence
 * ("… what changes, and what the ..."). A story's own paragraphs are not cut off, and a reviewer's verdict or a
 * product's card, though it may sit in a card with a picture and a link, says what it has to say; the cut is the
 * tell. Three or more such cards side by side, leading to three or more pages, are a list of other stories. A page
 * that is nothing but such cards (a press office's list of releases) is an index whose excerpts are its text, and
 * keeps them.
 *
 * <pre>{@code
 * ExcerptCards.remove(body);   // before scoring, as TeaserLists.remove
 * }</pre>
 */
final class ExcerptCards {
    /** How many cut-off cards side by side make a list of other stories. */
    static final int MIN_CARDS = 3;
    /** A teaser's card has less text than this outside links: an excerpt, not a story. */
    static final int MAX_CARD_CHARS = 600;
    /** The share of the page's text above which the cards are the page itself (an index), not teasers beside a story. */
    static final double MOST_OF_PAGE = 0.5;
    /** An excerpt's end: three dots or an ellipsis, bracketed or not, after a word (not a lone "..." line). */
    private static final Pattern CUT_OFF = Pattern.compile("[\\p{L}\\p{N},;]\\s?(?:\\.\\.\\.|…|\\[…]|\\[\\.\\.\\.]|\\(…\\)|\\(\\.\\.\\.\\))$");

    /** The longest cut the pattern reads: a word character, a space and "[...]" or "(...)" (seven code points). */
    private static final int TAIL_CODE_POINTS = 7;

    private ExcerptCards() {
    }

    /** Removes the lists of cut-off cards under {@code body}. */
    static void remove(Element body) {
        Map<Element, List<Element>> cardsByParent = new LinkedHashMap<>();
        Set<Element> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.select("p, div, span")) {
            if (!cutOff(e.ownText())) {
                continue;
            }
            Element card = card(e, body);
            if (card != null && seen.add(card)) {
                cardsByParent.computeIfAbsent(card.parent(), k -> new ArrayList<>()).add(card);
            }
        }
        if (cardsByParent.isEmpty()) {
            return;
        }
        int pageChars = body.text().length();
        List<Element> doomed = new ArrayList<>();
        int doomedChars = 0;
        for (List<Element> cards : cardsByParent.values()) {
            List<Element> teasers = cards.stream().filter(c -> c.text().length() - linkChars(c) < MAX_CARD_CHARS).toList();
            if (teasers.size() >= MIN_CARDS && distinctTargets(teasers)) {
                doomed.addAll(teasers);
                doomedChars += teasers.stream().mapToInt(c -> c.text().length()).sum();
            }
        }
        if (doomedChars <= MOST_OF_PAGE * pageChars) {
            doomed.forEach(Element::remove);
        }
    }

    /**
     * True if the text ends in an excerpt's cut ({@link #CUT_OFF}); the pattern is tried only on the text's last
     * characters, and only when the last one can end a cut (most elements' text ends otherwise).
     */
    static boolean cutOff(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (last != '.' && last != '…' && last != ']' && last != ')') {
            return false;
        }
        int start = end;
        for (int n = 0; n < TAIL_CODE_POINTS && start > 0; n++) {
            start = text.offsetByCodePoints(start, -1);
        }
        return CUT_OFF.matcher(text).region(start, end).find();
    }

    /**
     * The card around a cut-off excerpt: the largest element above it whose links all lead to one other page, and
     * that holds at least one such link; null when there is none (an excerpt with no link to its story).
     */
    private static Element card(Element excerpt, Element body) {
        Element card = null;
        for (Element e = excerpt; e != null && e != body; e = e.parent()) {
            String target = oneTarget(e);
            if (target == null) {
                break;
            }
            if (!target.isEmpty()) {
                card = e;
            }
        }
        return card != null && card.parent() != null ? card : null;
    }

    /**
     * The one page the element's real links lead to ({@link TeaserLists#normalTarget}); "" when it holds none; null
     * when they lead to several, or into the page itself.
     */
    private static String oneTarget(Element e) {
        String target = "";
        for (Element a : e.select("a[href]")) {
            if (!TeaserLists.isRealLink(a)) {
                continue;
            }
            String t = TeaserLists.normalTarget(a.attr("href"));
            if (t.isEmpty()) {
                return null;   // a link to a part of this page: a table of contents, not a card
            }
            if (target.isEmpty()) {
                target = t;
            } else if (!target.equals(t)) {
                return null;
            }
        }
        return target;
    }

    /** True if the cards lead to at least {@link #MIN_CARDS} pages (a carousel repeats its first cards). */
    private static boolean distinctTargets(List<Element> cards) {
        return cards.stream().map(ExcerptCards::oneTarget).distinct().count() >= MIN_CARDS;
    }

    private static int linkChars(Element e) {
        int n = 0;
        for (Element a : e.select("a[href]")) {
            n += a.text().length();
        }
        return n;
    }
}
