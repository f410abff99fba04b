package dev.byline.web;

import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Parts of a story set as a run of same-shape siblings: the steps of a how-to, the entries of a list article, each in
 * an element of the same tag and class. A step of one short sentence ("Insert the plant into the hole.") is worth
 * little on its own and would be left out as an island of the container; set among steps that are the story's, it is
 * one of them.
 *
 * <pre>{@code
 * StoryParts.amongStoryParts(block, container, worth);   // a short step among longer ones: true
 * }</pre>
 */
final class StoryParts {
    /** A run of same-shape parts is at least this long: two boxes side by side are a layout. */
    static final int MIN_PARTS = 3;

    private StoryParts() {
    }

    /**
     * True if {@code e}, or an element between it and {@code container}, stands among at least {@link #MIN_PARTS}
     * siblings of its tag and class, most of which are worth something to the story ({@code worth}: the scorer's sums,
     * [0] the worth, [1] the longest run of prose).
     */
    static boolean amongStoryParts(Element e, Element container, Map<Element, double[]> worth) {
        for (Element s = e; s != null && s != container && s.parent() != null; s = s.parent()) {
            int same = 0;
            int worthy = 0;
            for (Element sibling : s.parent().children()) {
                if (sibling.normalName().equals(s.normalName()) && sibling.className().equals(s.className())) {
                    same++;
                    double[] w = worth.get(sibling);
                    if (w != null && (w[0] > 0 || w[1] >= ContentScorer.ISLAND_PROSE)) {
                        worthy++;
                    }
                }
            }
            if (same >= MIN_PARTS) {
                return worthy * 2 > same;
            }
        }
        return false;
    }
}
