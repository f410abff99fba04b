package dev.byline.web;

import dev.byline.web.TextBlocks.Block;
import dev.byline.web.TextBlocks.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Paragraphs of the story set beside the container chosen for it rather than inside it: a post that opens with a run
 * of plain paragraphs and goes on in a wrapper its editor pasted in (the wrapper holds most of the prose and wins the
 * choice), a story whose template puts the first paragraphs in one element and the rest in the next. As readability.js
 * reads its top candidate's siblings, a {@code <p>} standing directly in the chosen container's parent (or a few levels
 * up) is the story's when it is running text with few links and stands among others of its kind; teasers, link lines
 * and labels are short or links, and a lone line under the story (a feed link, a trackback address) stays out.
 *
 * <pre>{@code
 * Set<Block> beside = BesideParagraphs.of(blocks, container);   // the plain paragraphs next to the chosen wrapper
 * }</pre>
 */
final class BesideParagraphs {
    /** A paragraph beside the container is running text from this length on (readability.js's bound). */
    static final int MIN_CHARS = 80;
    /** How many levels above the container a paragraph may stand: the wrappers a pasted-in part brings. */
    static final int LEVELS = 3;
    /** How many such paragraphs one element must hold beside the container: one line alone is a note, not a story. */
    static final int MIN_RUN = 2;

    private BesideParagraphs() {
    }

    /**
     * The blocks of {@code blocks} that are plain paragraphs ({@code <p>}, at least {@link #MIN_CHARS} long, links
     * under {@link ContentScorer#LONE_SIBLING_LINKS} of it) outside {@code container}, each a child of one of its
     * first {@link #LEVELS} ancestors that holds at least {@link #MIN_RUN} of them.
     */
    static Set<Block> of(List<Block> blocks, Element container) {
        Map<Element, Integer> levels = new IdentityHashMap<>();
        Element up = container.parent();
        for (int level = 0; level < LEVELS && up != null; level++, up = up.parent()) {
            levels.put(up, level);
        }
        Map<Element, List<Block>> byParent = new IdentityHashMap<>();
        for (Block b : blocks) {
            Element p = b.owner();
            if (!b.setAside() && b.kind() == Kind.TEXT && p.normalName().equals("p") && levels.containsKey(p.parent())
                    && b.text().length() >= MIN_CHARS && b.linkDensity() < ContentScorer.LONE_SIBLING_LINKS
                    && !ContentScorer.inside(p, container)) {
                byParent.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(b);
            }
        }
        Set<Block> beside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Block> run : byParent.values()) {
            if (run.size() >= MIN_RUN) {
                beside.addAll(run);
            }
        }
        return beside;
    }
}
