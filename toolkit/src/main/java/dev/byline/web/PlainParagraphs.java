package dev.byline.web;

import dev.byline.web.TextBlocks.Block;
import dev.byline.web.TextBlocks.Kind;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A second reading of a cleaned page, to check the container chosen: its plain paragraphs, every {@code <p>} of
 * running text with few links, in page order. When they hold more than {@link #OVER_CHOSEN} times the prose of the
 * chosen container, the choice took one part of a story the page sets in several (a landing page's sections side by
 * side, a press office's page of releases, a story split across columns) and the paragraphs are the better text. A
 * page whose story is in one container, with teasers and link lists around it, keeps its choice: teasers are short or
 * links, and fall below {@link #MIN_CHARS} or over {@link ContentScorer#LONE_SIBLING_LINKS}.
 */
final class PlainParagraphs {
    /** A paragraph shorter than this is a label, a teaser's line or a caption, not running text. */
    static final int MIN_CHARS = 60;
    /** How many times the chosen container's prose the plain paragraphs must hold to be read instead. */
    static final double OVER_CHOSEN = 2;

    private PlainParagraphs() {
    }

    /**
     * The paragraphs of the cleaned {@code body} as the story, when they hold more than {@link #OVER_CHOSEN} times the
     * prose of {@code chosen}; else {@code chosen}.
     */
    static ContentScorer.Choice orChosen(Element body, ContentScorer.Choice chosen) {
        List<String> paragraphs = new ArrayList<>();
        int prose = 0;
        for (Block b : TextBlocks.of(body)) {
            if (b.kind() == Kind.TEXT && b.owner().normalName().equals("p") && b.text().length() >= MIN_CHARS
                    && b.linkDensity() < ContentScorer.LONE_SIBLING_LINKS) {
                paragraphs.add(b.text());
                prose += b.text().length() - b.linkChars();
            }
        }
        return prose > OVER_CHOSEN * chosen.proseChars() ? new ContentScorer.Choice(body, paragraphs, prose) : chosen;
    }
}
