package dev.byline.web;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The lists and tables a story sets its facts in: a recipe's ingredients, a product's specifications, a coffee's
 * tasting notes in a two-column table. Their entries are short and carry no sentence, so inside the story's container
 * they look like an island of furniture (a player's controls, a row of buttons, a box's labels), which the story's
 * reader leaves out ({@link ContentScorer}). What tells them apart: the entries stand in one list or table of several
 * entries, the list is text, not links (a menu, a tag cloud, a "more stories" box is links), and its entries are
 * plain lines, not cards (a teaser's picture and headline, a forum post's user box and message).
 *
 * <pre>{@code
 * <ul><li>250 g flour</li><li>3 eggs</li><li>1 lemon</li></ul>   // the story's list: read with it
 * <ul><li><a href=/a>Sport</a></li><li><a href=/b>Politik</a></li><li><a href=/c>Kultur</a></li></ul>   // links: not
 * }</pre>
 */
final class StoryLists {
    /** A list of fewer entries than this is a box's labels, not a list of facts. */
    static final int MIN_ENTRIES = 3;
    /** The share of a list's text in links from which it is a list of links (a menu, teasers), not the story's. */
    static final double MAX_LINK_SHARE = 0.25;

    /** A list is of cards when one entry in this many or more is a card ({@link #isCard}). */
    static final int CARDS_IN = 4;
    private static final String MEDIA_OR_HEADING = "img, picture, figure, video, h1, h2, h3, h4, h5, h6";
    private static final String PARTS = "div, section, article, header, ul, ol, dl, table";

    /** Each list's verdict, worked out once per page: every cell of a large table asks about the same table. */
    private final Map<Element, Boolean> verdicts = new IdentityHashMap<>();

    /**
     * True if {@code owner} (a block's element) is an entry, or inside an entry, of the nearest list or table above it
     * within {@code container}, and that list holds at least {@link #MIN_ENTRIES} entries with text and less than
     * {@link #MAX_LINK_SHARE} of its text in links.
     */
    boolean isEntry(Element owner, Element container) {
        for (Element e = owner; e != null && e != container; e = e.parent()) {
            switch (e.normalName()) {
                case "ul", "ol", "dl", "table" -> {
                    return verdicts.computeIfAbsent(e, StoryLists::isFactList);
                }
                default -> {
                    // look further up
                }
            }
        }
        return false;
    }

    /** True if {@code list} (a {@code ul}, {@code ol}, {@code dl} or {@code table}) is a list of facts ({@link #isEntry}). */
    private static boolean isFactList(Element list) {
        List<Element> entries = switch (list.normalName()) {
            case "ul", "ol" -> list.children().stream().filter(c -> c.normalName().equals("li")).toList();
            case "dl" -> list.children().stream().filter(c -> c.normalName().equals("dt") || c.normalName().equals("dd")).toList();
            default -> list.select("> tr > td, > tr > th, > tbody > tr > td, > tbody > tr > th, > thead > tr > th");
        };
        int filled = 0;
        int cards = 0;
        for (Element entry : entries) {
            if (!entry.text().isBlank()) {
                filled++;
                cards += isCard(entry) ? 1 : 0;
            }
        }
        int linkChars = 0;
        for (Element a : list.select("a[href]")) {
            linkChars += a.text().length();
        }
        int chars = list.text().length();
        return filled >= MIN_ENTRIES && cards * CARDS_IN < filled && chars > 0 && linkChars < MAX_LINK_SHARE * chars;
    }

    /**
     * True if the entry is a card or a post rather than a fact: it holds a picture or a heading, or two parts of its own
     * with text (a teaser's kicker and headline, a forum post's user box and message). An empty wrapper, or one
     * around the entry's whole line, is no part.
     */
    private static boolean isCard(Element entry) {
        if (!entry.select(MEDIA_OR_HEADING).isEmpty()) {
            return true;
        }
        int parts = 0;
        for (Element part : entry.select(PARTS)) {
            if (!part.text().isBlank() && ++parts >= 2) {
                return true;
            }
        }
        return false;
    }
}
