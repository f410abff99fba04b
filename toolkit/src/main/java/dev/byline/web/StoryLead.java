package dev.byline.web;

import dev.byline.web.TextBlocks.Block;
import dev.byline.web.TextBlocks.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The story's lead (its standfirst) where a page sets it apart from the part it holds the story in: above the
 * scored container, or outside the text it states as its body in JSON-LD. A page repeats its lead as its own
 * description ({@code <meta name=description>}, OpenGraph), so the block the description repeats or opens with is the
 * lead; any other block above the story (a promotion, a kicker) stays out.
 *
 * <pre>{@code
 * <meta name=description content="Engineers found cracks in two piles ...">
 * <h1>Pier to close</h1><p class=standfirst>Engineers found cracks in two piles ...</p>
 * <div itemprop=articleBody>...</div>     // the standfirst opens the story read
 * }</pre>
 */
final class StoryLead {
    /** A description or block shorter than this is a label, not a lead a page would repeat as its summary. */
    static final int LEAD_MIN_CHARS = 50;
    /** A stamp or kicker before the lead in its block (a date and time, a place, a label) is at most this long. */
    static final int STAMP_BEFORE_LEAD = 40;
    /** Characters a lead and the description must open with alike to be the same lead told longer or shorter. */
    static final int SHARED_OPENING = 60;
    /** A headline is at least this long (normalised); a shorter heading is a label or a site's name. */
    static final int HEADLINE_MIN_CHARS = 15;
    /** How many blocks after the headline the lead may stand: a kicker, a byline, a date before it. */
    static final int UNDER_HEADLINE = 8;

    private StoryLead() {
    }

    /**
     * The story the page states ({@link ContentScorer#stated}), opened by the page's lead when the stated text leaves
     * it out: the block of {@code body} that the page's {@code description} repeats or opens with. Unchanged when there
     * is no such block or the stated text holds it.
     */
    static ContentScorer.Choice ledBy(ContentScorer.Choice stated, Element body, String description) {
        String lead = ContentScorer.norm(description);
        String text = ContentScorer.norm(String.join(" ", stated.paragraphs()));
        if (lead.length() < LEAD_MIN_CHARS || text.contains(lead)) {
            return stated;
        }
        Optional<Block> shown = before(TextBlocks.of(body), null, lead);
        if (shown.isEmpty() || text.contains(ContentScorer.norm(shown.get().text()))) {
            return stated;
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(shown.get().text());
        paragraphs.addAll(stated.paragraphs());
        int prose = stated.proseChars() + shown.get().text().length() - shown.get().linkChars();
        return new ContentScorer.Choice(stated.container(), paragraphs, prose);
    }

    /**
     * The story's lead when the page sets it above the story's container (a standfirst under the headline, outside the
     * part that holds the paragraphs): the block before {@code container} that the page's own description repeats or
     * opens with. Empty when the description is too short to tell a lead or no block before the container shows it.
     * {@code blocks} may hold the parts set aside by their names ({@link SetAside}): a lead the description repeats is
     * the story's whatever its template calls it ({@code teaser}), also when it opens the container, set aside before
     * the container's own first block (the story's own blocks would not stand on both sides of it).
     */
    static Optional<Block> above(List<Block> blocks, Element container, String description) {
        if (description.length() < LEAD_MIN_CHARS) {
            return Optional.empty();
        }
        for (Block b : blocks) {
            if (ContentScorer.inside(b.place(), container) && !b.setAside()) {
                return Optional.empty();   // the container comes first, or holds the lead itself
            }
            if (isLead(b, description)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * The block before {@code first} (any block when {@code first} is null) that the page's description repeats or
     * opens with: the lead, when the page sets it apart from the text it states as its body.
     */
    static Optional<Block> before(List<Block> blocks, Block first, String description) {
        if (description.length() < LEAD_MIN_CHARS) {
            return Optional.empty();
        }
        for (Block b : blocks) {
            if (b == first) {
                break;
            }
            if (isLead(b, description)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * The story's lead as the page shows it under its headline, read before the page is cleaned: the block among the
     * {@link #UNDER_HEADLINE} blocks after the heading that gives the article's {@code title} which the page's
     * {@code description} repeats or opens with ({@link #isLead}). A template may set it where the cleaner takes it
     * out (a header outside the article, a column named as a sidebar, a part named as a teaser); it is the story's
     * opening wherever it stands. Empty when the description is too short, no heading gives the title, or no block
     * under it is the lead.
     */
    static Optional<String> underHeadline(Element body, String title, String description) {
        String lead = ContentScorer.norm(description);
        String headline = ContentScorer.norm(title);
        if (lead.length() < LEAD_MIN_CHARS || headline.length() < HEADLINE_MIN_CHARS) {
            return Optional.empty();
        }
        List<Block> blocks = TextBlocks.of(body);
        for (int i = 0; i < blocks.size(); i++) {
            Block h = blocks.get(i);
            String t = ContentScorer.norm(h.text());
            if (h.kind() != Kind.HEADING || t.length() < HEADLINE_MIN_CHARS || !headline.contains(t)) {
                continue;
            }
            for (int j = i + 1; j < blocks.size() && j <= i + UNDER_HEADLINE; j++) {
                if (isLead(blocks.get(j), lead)) {
                    return Optional.of(blocks.get(j).text());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The story opened by {@code lead} when its paragraphs do not hold it already, whole or told again in an opening
     * paragraph that starts as it does (a story whose first paragraph repeats its standfirst with an edit).
     */
    static ContentScorer.Choice openedBy(ContentScorer.Choice story, String lead) {
        String l = ContentScorer.norm(lead);
        if (ContentScorer.norm(String.join(" ", story.paragraphs())).contains(l)) {
            return story;
        }
        String opening = l.substring(0, Math.min(SHARED_OPENING, l.length()));
        for (int i = 0; i < story.paragraphs().size() && i < UNDER_HEADLINE; i++) {
            if (ContentScorer.norm(story.paragraphs().get(i)).startsWith(opening)) {
                return story;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(lead);
        paragraphs.addAll(story.paragraphs());
        return new ContentScorer.Choice(story.container(), paragraphs, story.proseChars() + lead.length());
    }

    /**
     * True if the block is a paragraph that the page's description (normalised) repeats or opens with, or a standfirst
     * set as a subheading ({@code <h2 class=teaser>}) that repeats the description whole. A template may put the
     * publication stamp or a kicker before the lead in the same block ({@link #STAMP_BEFORE_LEAD}), and an editor may
     * shorten the lead's later sentences for the description: a shared opening of {@link #SHARED_OPENING} characters
     * is the same lead.
     */
    private static boolean isLead(Block b, String description) {
        if (b.kind() == Kind.CAPTION || b.linkDensity() >= ContentScorer.LONE_SIBLING_LINKS
                || b.text().length() < LEAD_MIN_CHARS || b.owner().normalName().equals("h1")) {
            return false;
        }
        String t = ContentScorer.norm(b.text());
        if (t.length() < LEAD_MIN_CHARS) {
            return false;
        }
        int at = t.indexOf(description);
        if (at == 0 || at > 0 && at <= STAMP_BEFORE_LEAD) {
            return true;
        }
        if (b.kind() != Kind.HEADING && description.startsWith(t)) {
            return true;   // a heading the description opens with is the headline (the description goes on from it)
        }
        int shared = 0;
        while (shared < t.length() && shared < description.length() && t.charAt(shared) == description.charAt(shared)) {
            shared++;
        }
        return shared >= SHARED_OPENING && shared < t.length() && shared < description.length();
    }
}
