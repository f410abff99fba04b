package dev.byline.web;

import dev.byline.web.TextBlocks.Block;
import dev.byline.web.TextBlocks.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The last reading of a page that says it is an article but whose story the scorer found (nearly) empty: a post made
 * of short lines (a fact sheet of one-line entries under headings, a live ticker of one-sentence moments) or of links
 * (a link roll, each entry a linked title and its source). Short lines are stubs and links are worth less than
 * nothing to the scorer, so it picks the headline or one label and the page would have no article. When the page
 * holds one post, its one {@code <article>} (else its one {@code <main>}), the post's lines are the story: every block
 * but captions, furniture lines and the headline, links and short lines included, read from the page cleaned as
 * strictly as leaves the post a story's length, or more loosely when that holds far more (a ticker's entries may carry
 * a comment's name).
 *
 * <pre>{@code
 * Optional<ContentScorer.Choice> post = WholePost.read(html, url, headline);   // the lines of the page's one post
 * }</pre>
 */
final class WholePost {
    private WholePost() {
    }

    /**
     * The lines of the one post of the page {@code html} (its one outermost {@code <article>}, else its one
     * {@code <main>} or {@code role=main} part) when they hold at least {@link ArticleExtractor#MIN_DECLARED_PROSE} characters
     * outside headings, read from the page cleaned by the strictest pass that leaves them so many, or by a looser one
     * that leaves {@link ArticleExtractor#LOOSER_OVER_STRICTER} times more; empty when the page holds no such single
     * part (a home page's many posts) or too little text in it.
     */
    static Optional<ContentScorer.Choice> read(String html, String url, String headline) {
        String head = ContentScorer.norm(headline);
        ContentScorer.Choice best = null;
        for (PageCleaner.Pass pass : PageCleaner.Pass.values()) {
            Element body = Jsoup.parse(html, url == null ? "" : url).body();
            PageCleaner.clean(body, pass);
            Optional<Element> post = onePost(body);
            if (post.isEmpty()) {
                continue;
            }
            List<Block> kept = new ArrayList<>();
            for (Block b : TextBlocks.of(post.get())) {
                if (ContentScorer.isStoryLine(b, head)) {
                    kept.add(b);
                }
            }
            // a "Related posts" section under the post ends it, as under any story
            List<String> lines = new ArrayList<>();
            int chars = 0;
            for (Block b : StoryEnd.trim(kept)) {
                lines.add(b.text());
                chars += b.kind() == Kind.HEADING ? 0 : b.text().length();
            }
            // a looser reading is taken only when it holds far more, as the extractor's own passes are
            if (chars >= ArticleExtractor.MIN_DECLARED_PROSE
                    && (best == null || chars >= ArticleExtractor.LOOSER_OVER_STRICTER * best.proseChars())) {
                best = new ContentScorer.Choice(post.get(), lines, chars);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The page's one outermost {@code <article>}, else its one main part; empty when there are none or several. */
    static Optional<Element> onePost(Element body) {
        List<Element> articles = body.select("article").stream()
                .filter(a -> a.parents().stream().noneMatch(p -> p.normalName().equals("article"))).toList();
        if (!articles.isEmpty()) {
            return articles.size() == 1 ? Optional.of(articles.get(0)) : Optional.empty();
        }
        List<Element> mains = body.select("main, [role=main]").stream()
                .filter(m -> m.parents().stream().noneMatch(p -> p.normalName().equals("main") || p.attr("role").equals("main")))
                .toList();
        return mains.size() == 1 ? Optional.of(mains.get(0)) : Optional.empty();
    }
}
