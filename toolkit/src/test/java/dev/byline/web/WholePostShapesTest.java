package dev.byline.web;

import static dev.byline.web.StoryPage.readPage;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Posts the scorer reads as (nearly) empty ({@link WholePost}): a fact sheet of one-line entries under headings and a
 * link roll, each a blog's one post on a page that says it is an article; before, both pages had "no article". A home
 * page of several such posts, and a page that does not say it is an article, still have none. The pages are our own,
 * in the shapes of WordPress blogs.
 */
class WholePostShapesTest {
    private static final String ARTICLE_HEAD = "<html><head><meta property=\"og:type\" content=\"article\"></head><body>";

    private static final String FACT_SHEET = "<div class=entry-content><h3>Places</h3><p>Anna: Porto.</p><p>Ben: Leeds.</p>"
            + "<h3>Film</h3><p>Ilford HP5 400.</p><h3>Cameras</h3><p>Anna: Olympus XA.</p><p>Ben: Nikon FM2.</p>"
            + "<h3>Order of exposures</h3><ol><li>Anna.</li><li>Ben.</li></ol><h3>Notes</h3><p>Developer: Rodinal 1+50.</p>"
            + "<p>Time: 11 minutes.</p><p>Scanner: Epson V600.</p><p>Weather in Porto: overcast.</p><p>Weather in Leeds:"
            + " bright sun.</p><p>Frames: 36.</p><p>Double exposed: all of them.</p><h3>Pictures</h3>"
            + "<div class=gallery><a href=/p/1.jpg><img src=/p/1t.jpg alt=\"\"></a><a href=/p/2.jpg><img src=/p/2t.jpg"
            + " alt=\"\"></a></div><div class=sharedaddy><h3>Share this:</h3><ul><li><a href=/share/tw>Twitter</a></li>"
            + "<li><a href=/share/fb>Facebook</a></li></ul></div><h3>Related posts</h3><p><a href=/swap/2>Film swap: Carla and"
            + " Dan, April 2026</a></p><p><a href=/swap/3>Film swap: Eve and Finn, March 2026</a></p></div>";

    private static String post(String title, String content) {
        return "<article class=\"post format-gallery\"><header><h1 class=entry-title>" + title + "</h1></header>"
                + content + "</article>";
    }

    @Test
    void aFactSheetOfOneLineEntriesIsThePost() {
        String page = ARTICLE_HEAD + "<div id=content>" + post("Film swap: Anna and Ben, May 2026", FACT_SHEET)
                + "</div><div id=sidebar><h3>Archives</h3><ul><li><a href=/2026/04>April 2026</a></li></ul></div></body></html>";
        readPage(page)
                .keeps("Ilford HP5 400.", "Ben: Nikon FM2.", "Order of exposures")
                .drops("Share this", "Twitter", "April 2026", "Related posts", "Eve and Finn");
    }

    @Test
    void aLinkRollIsThePost() {
        StringBuilder roll = new StringBuilder("<div class=entry-content><ul class=linkroll>");
        String[][] links = {{"Council delays the harbour vote again", "Harbour Times"},
            {"Why the night trains came back", "Rail Weekly"}, {"A library that lends tools", "City Notes"},
            {"Ferry fares rise in spring", "Harbour Times"}, {"The last video shop in town closes", "City Notes"}};
        for (String[] l : links) {
            roll.append("<li><p class=link><a href=\"https://news.example/").append(l[0].length()).append("\">").append(l[0])
                    .append("</a></p><p class=source>via ").append(l[1]).append("</p></li>");
        }
        roll.append("</ul><p>Posted from my bookmarks.</p></div>");
        String page = ARTICLE_HEAD + post("Links of the week", roll.toString())
                + "<div id=comments><h3>Leave a reply</h3><p>Your opinion could be here</p></div></body></html>";
        readPage(page)
                .keeps("Council delays the harbour vote again", "via Rail Weekly", "The last video shop in town closes")
                .drops("Your opinion could be here");
    }

    @Test
    void aHomePageOfSuchPostsHasNoArticle() {
        String page = ARTICLE_HEAD + post("Film swap: Anna and Ben, May 2026", FACT_SHEET)
                + post("Film swap: Carla and Dan, April 2026", FACT_SHEET.replace("Anna", "Carla").replace("Ben", "Dan"))
                + "</body></html>";
        assertTrue(ArticleExtractor.extract(page, "").article().isEmpty());
    }

    @Test
    void aPageThatDoesNotSayItIsAnArticleHasNone() {
        String page = "<html><body>" + post("Film swap: Anna and Ben, May 2026", FACT_SHEET) + "</body></html>";
        assertTrue(ArticleExtractor.extract(page, "").article().isEmpty());
    }
}
