package dev.byline.web;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The parts of a page that {@link PageCleaner} took out by their class or id alone, each replaced by an empty comment
 * where it stood. Nothing that reads the cleaned page sees them, so the story is chosen as if they were gone; the
 * story's reader ({@link ContentScorer}) can still cut them into blocks at their place ({@link TextBlocks#of(Element,
 * SetAside)}) and keep one the story runs through ({@link NamedParts}).
 *
 * <pre>{@code
 * SetAside aside = PageCleaner.clean(body);   // <div class="elementor-widget-container"> is now <!---->
 * aside.part(comment);                        // the div, with its text, for the comment left in its place
 * }</pre>
 */
final class SetAside {
    /** No parts set aside. */
    static final SetAside NONE = new SetAside();

    private final Map<Node, Element> parts = new IdentityHashMap<>();

    /** Takes {@code e} out of its page, leaving an empty comment in its place. */
    void takeOut(Element e) {
        Comment place = new Comment("");
        e.replaceWith(place);
        parts.put(place, e);
    }

    /** The part taken out where {@code node} stands, or null when {@code node} is no such place. */
    Element part(Node node) {
        return parts.isEmpty() ? null : parts.get(node);
    }
}
