package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;

import org.junit.jupiter.api.Test;

/**
 * A post whose opening paragraphs stand in the post's own element and whose rest sits in a wrapper pasted in below a
 * list of links ({@link BesideParagraphs}), and the lines beside the story that stay out. The pages are our own, in
 * the shape blog themes and pasted-in articles give them.
 */
class BesideParagraphShapesTest {
    private static final String OPENING = "<p>Most of the people who wait at the western pier each morning have no idea"
            + " that the ferry they are waiting for was built for a lake, not for the open water of the sound.</p>"
            + "<p>The operator bought it second-hand eleven years ago, and it has spent more days in the repair yard than"
            + " any other boat in the fleet since then, according to the council's own figures.</p>";

    /** A list of links the writer set between the opening and the pasted-in part (sources, earlier posts). */
    private static final String LINKS = "<ul><li><a href=/a>The ferry timetable for the winter months and the holidays</a></li>"
            + "<li><a href=/b>Earlier post: the eastern landing and its car park, seen from the water</a></li>"
            + "<li><a href=/c>The council's report on the piles of the western pier, in full, as a download</a></li>"
            + "<li><a href=/d>The operator's statement on the repairs and the temporary timetable</a></li></ul>";

    private static String post(String after) {
        return "<div class=post><h1>The pier and its ferry</h1><div class=entry-content>" + OPENING + LINKS
                + "<div><div><div class=pasted>" + STORY + "</div></div></div>" + after + "</div></div>"
                + "<div class=sidebar><h3>Archive</h3><p><a href=/2025>2025</a> <a href=/2024>2024</a></p></div>";
    }

    @Test
    void openingParagraphsBesideThePastedInPartAreTheStorys() {
        read(post("")).keeps("built for a lake", "more days in the repair yard", "western ferry pier", "temporary platform");
    }

    @Test
    void aLoneLineBesideTheStoryStaysOut() {
        // an old blog theme's post metadata: one paragraph beside the post's element, a feed link and a trackback address
        read("<div id=content><div class=post><h2>The pier and its ferry</h2><div class=entry>" + STORY + "</div></div>"
                + "<p class=postmetadata>The <a href=/pier/feed>comments feed</a> for this post, and its <a href=/pier/trackback>"
                + "trackback</a> address: <small>http://example.org/2026/03/the-pier-and-its-ferry/trackback/</small><br><br>Bookmark at:"
                + " <a href=//b.example/add?u=1>Bookmarks One</a>, <a href=//c.example/add?u=1>Another Bookmark Site</a>,"
                + " <a href=//d.example/add?u=1>Link Collection</a>, <a href=//e.example/add?u=1>The Fourth Service</a></p></div>")
                .keeps("western ferry pier", "temporary platform")
                .drops("comments feed", "the-pier-and-its-ferry");
    }

    @Test
    void teaserParagraphsThatAreMostlyLinksStayOut() {
        String teasers = "<p><a href=/x>Ferry fares to rise in spring, the operator says in a letter to its regular"
                + " passengers</a> (March)</p><p><a href=/y>The eastern landing's car park will be resurfaced in the"
                + " summer holidays</a> (May)</p>";
        read(post(teasers))
                .keeps("built for a lake", "temporary platform")
                .drops("Ferry fares to rise", "car park will be resurfaced");
    }
}
