package dev.byline.web;

import dev.byline.web.TextBlocks.Block;
import dev.byline.web.TextBlocks.Kind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article among a cleaned page's text blocks. Each block is worth its prose (long runs of text outside
 * links count more than short ones, so teasers and menu items count little) less its links and stubs; every element
 * is worth the sum of the blocks under it, and the article is the element worth most: a container holding the
 * story and little else. Ties go to the deeper element. Inside it, blocks that are links, captions or furniture
 * lines are left out.
 */
final class ContentScorer {
    /** Prose worth reaches full weight at this length; shorter runs are worth proportionally less. */
    private static final double FULL_WEIGHT_CHARS = 120;
    private static final double LINK_PENALTY = 1.5;
    private static final double STUB_PENALTY = 12;
    /** The link share above which a paragraph beside a lone chosen paragraph is a link line, not the story's. */
    static final double LONE_SIBLING_LINKS = 0.25;
    /** A JSON-LD article body shorter than this is a summary, not the story. */
    private static final int GUIDE_MIN_CHARS = 400;
    /** The share of the JSON-LD article body the page's blocks must show for it to guide the choice. */
    private static final double GUIDE_COVERAGE = 0.6;
    /** A part of the container whose longest run of prose is shorter than this may be left out as furniture. */
    static final int ISLAND_PROSE = 80;
    /** A legend with its credit is about this long at most; a longer block is a paragraph that names a source. */
    private static final int CAPTION_CHARS = 250;
    /** A credit at the end of a block: after ©, in brackets after a label, or as "name / agency" in brackets. */
    private static final Pattern CREDIT_END = Pattern.compile("(?iu)(?:(?:©|\\bcopyright\\b)[^.!?©]{1,80}"
            + "|\\((?:fotos?|photos?|bild|credits?|image|picture|quelle|source)\\s*:[^()]{1,80}\\)"
            + "|\\([^()/]{1,40} / [^()/]{1,40}\\)"
            + "|^(?:crédits? photos?|photo credits?|bildquelle|foto|credits?)\\s*:[^.!?]{1,80})\\s*$");
    private static final String SENTENCE_END = ".!?…\"”’»)]";
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(advertisement|advert|anzeige|publicité|sponsored"
            + "|share( this( article| story)?)?|share on \\w+|tweet|email|print|comments?( \\(\\d+\\))?|read more"
            + "|continue reading|click here.*|sign up.*|subscribe.*|related( articles| stories| content)?:?"
            + "|see also:?|more from .*|follow us.*|image:.*|photo:.*|getty images|all rights reserved.*|copyright .*"
            + "|©.*|loading\\.*|skip to .*|back to top|top)$");

    private ContentScorer() {
    }

    /** The chosen container and the paragraphs kept from it. */
    record Choice(Element container, List<String> paragraphs, int proseChars) {
    }

    static Choice choose(Element body, String headline) {
        return choose(body, headline, "");
    }

    /**
     * The article among the blocks of {@code body}; {@code description} (the page's own summary, from its
     * {@code <meta>} or OpenGraph description; may be empty) finds the story's lead when the page sets it above the
     * story's container.
     */
    static Choice choose(Element body, String headline, String description) {
        return choose(body, headline, description, SetAside.NONE);
    }

    /**
     * As {@link #choose(Element, String, String)}; the parts the cleaner set aside by their names ({@code aside}) do
     * not count in the choice, and those the story runs through are read with it ({@link NamedParts}).
     */
    static Choice choose(Element body, String headline, String description, SetAside aside) {
        return choose(body, headline, description, aside, List.of());
    }

    /**
     * As {@link #choose(Element, String, String, SetAside)}; the blocks inside {@code notes} (notes on the writer under
     * the story, {@link AuthorBoxes}) are not read with the story, though they count in the choice of its container.
     */
    static Choice choose(Element body, String headline, String description, SetAside aside, List<Element> notes) {
        List<Block> all = TextBlocks.of(body, aside);
        List<Block> blocks = all.stream().filter(b -> !b.setAside()).toList();
        Map<Element, double[]> worth = new IdentityHashMap<>();
        Map<Element, Integer> proseUnder = new IdentityHashMap<>();
        for (Block b : blocks) {
            double v = value(b);
            int prose = b.text().length() - b.linkChars();
            for (Element e = b.owner(); e != null; e = e.parent()) {
                double[] w = worth.computeIfAbsent(e, k -> new double[3]);
                w[0] += v;
                w[1] = Math.max(w[1], prose);
                w[2]++;
                proseUnder.merge(e, prose, Integer::sum);
                if (e == body) {
                    break;
                }
            }
        }
        // a part set aside by a layout name that is prose counts where it stands: a template that sets each section
        // of the story in a widget (Elementor, TYPO3's text-and-picture elements) leaves the story's own part little
        // else, and the container must be the one that holds the sections
        NamedParts.proseParts(all).forEach(b -> {
            double v = value(b);
            for (Element e = b.place(); e != null; e = e.parent()) {
                worth.computeIfAbsent(e, k -> new double[3])[0] += v;
                if (e == body) {
                    break;
                }
            }
        });
        Element best = body;
        double bestWorth = worth.getOrDefault(body, new double[2])[0];
        int bestDepth = 0;
        for (Map.Entry<Element, double[]> entry : worth.entrySet()) {
            double w = entry.getValue()[0];
            int depth = entry.getKey().parents().size();
            if (w > bestWorth + 1e-9 || Math.abs(w - bestWorth) <= 1e-9 && depth > bestDepth) {
                best = entry.getKey();
                bestWorth = w;
                bestDepth = depth;
            }
        }
        // a story of one paragraph and short ones (a dialogue, a note) scores as its one long paragraph: the paragraphs
        // beside it, in the same parent and with few links, are the rest of it
        Element lone = best.normalName().equals("p") && best.parent() != null ? best : null;
        if (lone != null) {
            best = lone.parent();
        }
        Element scored = best;
        // the body a page declares ends the story: what follows it in the container is furniture (related links, an
        // author box); what comes before it stays (sites leave the lead and the standfirst outside their articleBody)
        Element end = DeclaredBody.find(body, proseUnder).filter(d -> d != scored && inside(d, scored)).orElse(null);
        boolean after = false;
        Map<Element, Element> towardsEnd = end == null ? Map.of() : childTowards(end);
        List<Block> story = new ArrayList<>();
        String head = norm(headline);
        Block lead = StoryLead.above(all, best, norm(description)).orElse(null);
        if (lead != null) {
            // read as the story's own block, not as a part set aside that the story must run through
            story.add(lead.setAside() ? new Block(lead.owner(), lead.text(), lead.linkChars(), lead.kind(), null) : lead);
        }
        // plain paragraphs beside the chosen container, in its parent or a little above, are the story's too
        java.util.Set<Block> besides = lone == null ? BesideParagraphs.of(all, best) : java.util.Set.of();
        StoryLists lists = new StoryLists();
        for (Block b : all) {
            if (b == lead) {
                continue;
            }
            if (end != null && !after && follows(b.place(), end, towardsEnd)) {
                after = true;
            }
            boolean beside = besides.contains(b);
            if (after || !inside(b.place(), best) && !beside || !notes.isEmpty() && notes.stream().anyMatch(n -> inside(b.place(), n))
                    || !keep(b, head) || !beside && b.kind() != Kind.ROW && inIsland(b.place(), best, worth)
                    && !lists.isEntry(b.place(), best)
                    || lone != null && !besideLone(b, lone)) {
                continue;
            }
            story.add(b);
        }
        List<String> kept = new ArrayList<>();
        int prose = 0;
        for (Block b : StoryEnd.trim(NamedParts.runThrough(story))) {
            kept.add(b.text());
            if (b.kind() != Kind.HEADING && b.kind() != Kind.CAPTION) {
                prose += b.text().length() - b.linkChars();
            }
        }
        return new Choice(best, kept, prose);
    }

    /**
     * The page's paragraphs that its own JSON-LD {@code articleBody} contains, when that text is given (publishers
     * state their story's text there) and the page's blocks cover most of it: the page's markup keeps its paragraph
     * breaks, which the JSON-LD text often loses. Empty when there is no such text or the page does not show it.
     */
    static java.util.Optional<Choice> guided(Element body, String articleBody, String description) {
        String guide = norm(articleBody);
        if (guide.length() < GUIDE_MIN_CHARS) {
            return java.util.Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        int covered = 0;
        int prose = 0;
        List<Block> blocks = TextBlocks.of(body);
        for (Block b : blocks) {
            String t = norm(b.text());
            // a line of links the stated body repeats is a box of related stories the CMS wrote into it
            if (t.length() >= 20 && b.kind() != Kind.CAPTION && guide.contains(t) && !isLinkLine(b)) {
                if (kept.isEmpty()) {
                    // sites leave the standfirst out of the text they state: the lead before the first stated
                    // paragraph that the page's description repeats is the story's opening
                    java.util.Optional<Block> lead = StoryLead.before(blocks, b, norm(description))
                            .filter(l -> !guide.contains(norm(l.text())));
                    if (lead.isPresent()) {
                        kept.add(lead.get().text());
                        prose += lead.get().text().length() - lead.get().linkChars();
                    }
                }
                kept.add(b.text());
                covered += t.length();
                if (b.kind() != Kind.HEADING) {
                    prose += b.text().length() - b.linkChars();
                }
            }
        }
        if (covered < GUIDE_COVERAGE * guide.length()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Choice(body, kept, prose));
    }

    /**
     * The story as the page's JSON-LD {@code articleBody} states it, its paragraphs cut at its line breaks (markup in
     * it read as HTML); no paragraphs when it is absent or shorter than a story ({@link #GUIDE_MIN_CHARS}).
     */
    static Choice stated(String articleBody, Element body) {
        if (articleBody == null || articleBody.strip().length() < GUIDE_MIN_CHARS) {
            return new Choice(body, List.of(), 0);
        }
        String text = articleBody.contains("<") ? org.jsoup.Jsoup.parse(articleBody.replaceAll("(?i)<br\\s*/?>|</p>", "\n"))
                .wholeText() : articleBody;
        List<String> paragraphs = new ArrayList<>();
        int prose = 0;
        for (String line : text.split("\\R")) {
            String p = TextBlocks.collapse(line);
            if (!p.isEmpty()) {
                paragraphs.add(p);
                prose += p.length();
            }
        }
        return new Choice(body, paragraphs, prose);
    }





    /** True if the block is the lone paragraph chosen, or a paragraph beside it with few links. */
    private static boolean besideLone(Block b, Element lone) {
        Element owner = b.owner();
        return owner == lone || owner.normalName().equals("p") && owner.parent() == lone.parent()
                && b.linkDensity() < LONE_SIBLING_LINKS;
    }

    /** What a block adds to the elements above it. */
    private static double value(Block b) {
        int len = b.text().length();
        double prose = b.prose();
        double v = prose * Math.min(1.0, prose / FULL_WEIGHT_CHARS) - LINK_PENALTY * b.linkChars();
        if (b.kind() == Kind.CAPTION) {
            v = Math.min(v, 0);
        }
        if (prose < 40 && b.kind() != Kind.HEADING && b.kind() != Kind.ITEM) {
            v -= STUB_PENALTY;
        }
        if (FURNITURE.matcher(b.text()).matches() || ServerMessages.isServerMessage(b)) {
            v -= STUB_PENALTY + len;
        }
        return v;
    }

    private static boolean keep(Block b, String headline) {
        if (!isStoryLine(b, headline)) {
            return false;
        }
        if (b.linkChars() == b.text().length() && isInPageLinks(b.owner())) {
            return false;   // an entry of a table of contents: links to the page's own sections
        }
        return !isLinkLine(b);
    }

    /**
     * True if the block may be a line of the story whatever its links: not a caption, a furniture line ("Share",
     * "Advertisement"), a picture's credited legend, a stamp, a template's or a server's line, nor the headline.
     */
    static boolean isStoryLine(Block b, String headline) {
        String text = b.text();
        if (b.kind() == Kind.CAPTION) {
            return false;
        }
        if (FURNITURE.matcher(text).matches() || isCredited(text) || StampLines.isStamp(text) || StampLines.isFilingNote(text)) {
            return false;
        }
        if (TemplateLines.isTemplateLine(text) || ServerMessages.isServerMessage(b)) {
            return false;
        }
        // the headline is the title, not the body
        return !(b.kind() == Kind.HEADING && !headline.isEmpty() && norm(text).equals(headline));
    }

    /** True if the block is mostly link: a list item or a short line (not a linked subheading over a paragraph). */
    private static boolean isLinkLine(Block b) {
        boolean paragraph = b.owner().normalName().equals("p");
        return b.linkDensity() > (paragraph ? 0.65 : 0.5) && (b.kind() == Kind.ITEM || b.text().length() < 200)
                && !(b.kind() == Kind.HEADING && opensParagraph(b.owner()));
    }

    /**
     * True if the block is a picture's legend written as a paragraph: short, and ending in the picture's credit
     * ("... © AFP / Jane Doe", "... (Foto: Getty)", "(name / iStock.com)", "Crédits photos : Agency").
     */
    static boolean isCredited(String text) {
        return text.length() <= CAPTION_CHARS && CREDIT_END.matcher(text).find();
    }

    /** True if every link in {@code e} points into the page itself ({@code #section}), as a table of contents' do. */
    private static boolean isInPageLinks(Element e) {
        var links = e.select("a[href]");
        return !links.isEmpty() && links.stream().allMatch(a -> a.attr("href").startsWith("#") && a.attr("href").length() > 1);
    }

    /** True if a story paragraph follows the heading: it is the story's subheading, even when it is a link. */
    private static boolean opensParagraph(Element heading) {
        Element next = heading.nextElementSibling();
        return next != null && next.normalName().equals("p") && next.text().length() >= FULL_WEIGHT_CHARS;
    }

    /**
     * True if the block sits in a part of the container that is worth less than nothing and holds no real paragraph:
     * a player's controls, a rating widget, a row of buttons left inside the story's container.
     */
    private static boolean inIsland(Element owner, Element container, Map<Element, double[]> worth) {
        boolean paragraph = TextBlocks.isParagraphLike(owner) || isSentenceDiv(owner);
        // a sentence (not a label: "Anzeige", "External content") may be a short step among the story's steps
        String text = owner.text();
        boolean sentence = paragraph && !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
        for (Element e = owner; e != null && e != container; e = e.parent()) {
            double[] w = worth.get(e);
            if (paragraph && w != null && w[2] <= 1) {
                continue;   // a paragraph of the story (and a wrapper of it alone) is judged by its links, in keep
            }
            if (w != null && w[0] < 0 && w[1] < ISLAND_PROSE && !(sentence && StoryParts.amongStoryParts(e, container, worth))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A block that is a paragraph in all but name: a {@code div} with no block inside it whose text ends as a
     * sentence does (a widget's label or a count does not).
     */
    private static boolean isSentenceDiv(Element e) {
        if (!e.normalName().equals("div") || e.children().stream().anyMatch(TextBlocks::isBlock)) {
            return false;
        }
        String t = e.text();
        return !t.isEmpty() && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Each ancestor of {@code e}, with its child on the way down to {@code e}. */
    private static Map<Element, Element> childTowards(Element e) {
        Map<Element, Element> towards = new IdentityHashMap<>();
        for (Element y = e; y.parent() != null; y = y.parent()) {
            towards.put(y.parent(), y);
        }
        return towards;
    }

    /**
     * True if {@code e} comes after all of {@code other} in document order (and is not inside it); {@code towardsOther}
     * is {@link #childTowards}{@code (other)}, worked out once for every block asked about.
     */
    private static boolean follows(Element e, Element other, Map<Element, Element> towardsOther) {
        if (inside(e, other) || inside(other, e)) {
            return false;
        }
        // the first ancestors of each that share a parent decide the order (linear in the depth)
        for (Element x = e; x.parent() != null; x = x.parent()) {
            Element y = towardsOther.get(x.parent());
            if (y != null) {
                return x.siblingIndex() > y.siblingIndex();
            }
        }
        return false;
    }

    static boolean inside(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
