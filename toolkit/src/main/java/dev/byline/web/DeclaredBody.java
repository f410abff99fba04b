package dev.byline.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The container a page declares as its story with schema.org microdata: {@code itemprop="articleBody"} (or
 * {@code reviewBody}, or {@code text} inside an {@code Article}/{@code BlogPosting} item). A publisher marks it for
 * search engines, so when it holds a story's worth of prose, the story ends where it ends: what follows it in the
 * scored container (an author box, a related-links rail) is furniture. It does not mark where the story starts:
 * sites leave the headline's standfirst and the lead paragraph outside it, so what precedes it stays.
 *
 * <pre>{@code
 * <p class=lead>...</p><div itemprop="articleBody"><p>The council voted ...</p></div><div>About the author</div>
 * // the lead and the declared body are read, the author note after them is not
 * }</pre>
 */
final class DeclaredBody {
    /** Prose (characters outside links) a declared body must hold to be taken: less is a lead or a stub. */
    static final int MIN_PROSE = 400;

    private DeclaredBody() {
    }

    /**
     * The declared body among {@code body}'s elements, given each element's prose ({@code prose}, characters
     * outside links in the blocks under it): the single declared element holding enough prose, or the nearest
     * element holding all such when a page declares its story in several parts.
     */
    static Optional<Element> find(Element body, Map<Element, Integer> prose) {
        List<Element> declared = body.select("[itemprop~=(?i)^(articleBody|reviewBody)$]").stream()
                .filter(e -> prose.getOrDefault(e, 0) >= MIN_PROSE / 4).toList();
        if (declared.isEmpty()) {
            declared = body.select("[itemtype~=(?i)schema.org/(\\w*Article|BlogPosting|Report)$] [itemprop~=(?i)^text$]")
                    .stream().filter(e -> prose.getOrDefault(e, 0) >= MIN_PROSE / 4).toList();
        }
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        Element common = declared.get(0);
        for (Element e : declared.subList(1, declared.size())) {
            common = commonAncestor(common, e);
        }
        return prose.getOrDefault(common, 0) >= MIN_PROSE ? Optional.of(common) : Optional.empty();
    }

    private static Element commonAncestor(Element a, Element b) {
        for (Element x = a; x != null; x = x.parent()) {
            if (x == b || b.parents().contains(x)) {
                return x;
            }
        }
        return a.root() instanceof Element r ? r : a;
    }
}
