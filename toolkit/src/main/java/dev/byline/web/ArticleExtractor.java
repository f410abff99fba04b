package dev.byline.web;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads the article out of a web page: its body as paragraphs, without the page's navigation, share bars, cookie
 * notices, related links, comments and captions, and its metadata ({@link PageMetadata}: JSON-LD, OpenGraph,
 * {@code <meta>}, {@code <time>}, the visible byline). A page whose text is too little prose to be an article
 * (a home page, a tag index, a login wall, an empty body) is {@link Extraction#none}, with the reason.
 *
 * <pre>{@code
 * Extraction x = ArticleExtractor.extract(html, "https://example.org/2026/03/story");
 * x.article().map(Article::text);   // the body
 * x.reason();                       // why there is none, when there is none
 * }</pre>
 */
public final class ArticleExtractor {
    /** Less prose than this (characters outside links, in the article's paragraphs) is not an article. */
    static final int MIN_PROSE = 200;

    /**
     * Less prose than this is no article even on a page that declares itself one ({@link #declaresArticle}): a line
     * or two of a note, a dialogue, a paywalled lead can be the whole story; a label or a date cannot.
     */
    static final int MIN_DECLARED_PROSE = 50;

    /** How many times more prose a looser cleaning pass must find than a stricter one to be taken instead. */
    static final double LOOSER_OVER_STRICTER = 2;

    /** How many times more prose a page's JSON-LD {@code articleBody} must hold than its markup shows to be read. */
    static final double STATED_OVER_SHOWN = 2;

    private ArticleExtractor() {
    }

    /**
     * The article in {@code html}.
     *
     * @param url the address the page was read from (for relative links and when it names no canonical URL); may be
     *            empty
     */
    public static Extraction extract(String html, String url) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, url == null ? "" : url);
        JsonLd.Found ld = JsonLd.read(page);
        Article meta = PageMetadata.read(page, url, ld);
        int pageChars = page.body().text().length();
        java.util.Optional<String> lead = StoryLead.underHeadline(page.body(), meta.title(), meta.description());
        ContentScorer.Choice choice = choose(page.body(), ld, meta, PageCleaner.Pass.STRICT);
        // a second reading, as trafilatura checks its own choice against another extractor's: the page's plain
        // paragraphs, when they hold far more than the container chosen
        choice = PlainParagraphs.orChosen(page.body(), choice);
        for (PageCleaner.Pass looser : List.of(PageCleaner.Pass.LENIENT, PageCleaner.Pass.BY_TAG)) {
            if (choice.proseChars() >= MIN_PROSE) {
                break;
            }
            // the page's names took (nearly) all its text: a forum thread is its posts, named as comments; a theme
            // may name every section of its story as furniture. Parsed again rather than copied up front: few
            // pages come here
            ContentScorer.Choice next = choose(Jsoup.parse(html, url == null ? "" : url).body(), ld, meta, looser);
            if (next.proseChars() >= Math.max(MIN_PROSE, LOOSER_OVER_STRICTER * choice.proseChars())) {
                choice = next;
            }
        }
        ContentScorer.Choice stated = ContentScorer.stated(ld.articleBody(), page.body());
        if (stated.proseChars() > STATED_OVER_SHOWN * choice.proseChars()) {
            // the page's markup shows a stub (an app fills the story in from a script's data), its own JSON-LD states
            // the whole story: take the publisher's statement, and the lead it may leave out
            choice = StoryLead.ledBy(stated, page.body(), meta.description());
        }
        if (choice.proseChars() < MIN_PROSE && declaresArticle(page, ld)) {
            // a page that says it is an article, whose story the scorer found (nearly) empty: a post of short lines or
            // of links, read whole when the page holds one post
            ContentScorer.Choice scored = choice;
            choice = WholePost.read(html, url, meta.title())
                    .filter(post -> post.proseChars() >= LOOSER_OVER_STRICTER * scored.proseChars()).orElse(choice);
        }
        if (lead.isPresent() && choice.proseChars() >= MIN_PROSE) {
            choice = StoryLead.openedBy(choice, lead.get());
        }
        // a short text is an article when it is most of the page (a note, a brief); with more around it, a stub
        boolean brief = choice.proseChars() > 0 && choice.proseChars() * 2 >= pageChars;
        // a page that says it is an article (OpenGraph, schema.org) and shows only a little prose has a short story
        // (a note, a dialogue, a lead before a paywall), not none: a home page or an index says it is a website
        boolean declaredShort = choice.proseChars() >= MIN_DECLARED_PROSE && declaresArticle(page, ld);
        if (choice.proseChars() < MIN_PROSE && !brief && !declaredShort) {
            String why = pageChars == 0 ? "no article found: the page has no text (an empty page, or one its scripts fill in?)"
                    : "no article found: only " + choice.proseChars() + " characters of prose outside links and page furniture"
                    + " (a home page, an index or a login wall?)";
            return Extraction.none(why);
        }
        // the byline the template sets as a line of the story's head is the article's authors, read as metadata
        List<String> paragraphs = BylineLines.dropped(choice.paragraphs(), meta.authors(), meta.outlet());
        return new Extraction(Optional.of(meta.withParagraphs(paragraphs)), "");
    }

    /** True if the page's OpenGraph type or its schema.org description calls it an article. */
    static boolean declaresArticle(org.jsoup.nodes.Document page, JsonLd.Found ld) {
        return ld.typedArticle() || PageMetadata.meta(page, "og:type").toLowerCase(java.util.Locale.ROOT).startsWith("article");
    }

    private static ContentScorer.Choice choose(Element body, JsonLd.Found ld, Article meta, PageCleaner.Pass pass) {
        GalleryLegends.unfold(body);
        List<Element> notes = new java.util.ArrayList<>(AuthorBoxes.find(body, meta.authors(), meta.outlet()));
        notes.addAll(CallsToAction.find(body, meta.authors()));
        SetAside aside = PageCleaner.clean(body, pass);
        return ContentScorer.guided(body, ld.articleBody(), meta.description())
                .orElseGet(() -> ContentScorer.choose(body, meta.title(), meta.description(), aside, notes));
    }
}
