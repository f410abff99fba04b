package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.readPage;

import org.junit.jupiter.api.Test;

/**
 * The writer's box a template sets under the story, inside the story's container and named as content: told by the
 * byline it points back to (the author's page, the author's name in its heading). Pages of our own, in the shapes blog
 * and news themes give them.
 */
class AuthorBoxShapesTest {
    private static final String HEAD = "<html><head><meta name=author content=\"Jane Doe\"></head><body>";

    @Test
    void boxLinkingToTheBylinesAuthorPageIsLeftOut() {
        // the theme names the box as content ("content-box"): only the link back to the byline's page tells it
        readPage(HEAD + "<article class=post><h1>Pier to close for repairs</h1>"
                + "<div class=entry-byline>by <a href=/about-jane>Jane Doe</a></div>"
                + "<div class=entry-content>" + STORY + "</div>"
                + "<section class=\"content-box writer-box\"><img src=/jane.jpg><h3>Hello!</h3><div class=box-content>"
                + "<p>I have written about the harbour, its ferries and the people who mend its boats for fifteen years,"
                + " and I still take the early ferry every morning. <a href=/about-jane>More about me.</a></p></div>"
                + "</section></article></body></html>")
                .keeps("cracks were found", "temporary platform")
                .drops("fifteen years", "More about me");
    }

    @Test
    void boxWhoseHeadingNamesTheAuthorIsLeftOutWithoutAnyLink() {
        readPage(HEAD + "<article class=post><h1>Pier to close for repairs</h1><div class=text>" + STORY
                + "<div class=note-box><h4>About Jane Doe</h4><p>Jane Doe is the Gazette's harbour reporter and the author"
                + " of two books on the coast's lighthouses.</p></div></div></article></body></html>")
                .keeps("temporary platform")
                .drops("About Jane Doe", "harbour reporter");
    }

    @Test
    void bylineAboveTheStoryIsNoBox() {
        // the same link at the story's head: no story stands before it, so the story is not cut there
        readPage(HEAD + "<article><div class=head><h1>Pier to close for repairs</h1><p>A short standfirst for the"
                + " story, with the writer's name: <a href=/about-jane>Jane Doe</a>, harbour desk.</p></div>"
                + STORY + "</article></body></html>")
                .keeps("cracks were found", "temporary platform");
    }

    @Test
    void storyParagraphLinkingToTheAuthorsPageStays() {
        // a link to the author's page in the story's last paragraph, after a story's worth of paragraphs: a paragraph
        // is no box
        String more = "<p>At its next meeting the council will also hear from the harbour master, who wrote to"
                + " <a href=/about-jane>Jane Doe</a> last week that the eastern landing can take the extra boats for a"
                + " month at most, and that the fishing club's request deserves a hearing of its own.</p>";
        readPage(HEAD + "<article><div class=entry>" + STORY + STORY.replace("council", "board") + more + "</div></article>"
                + "</body></html>")
                .keeps("deserves a hearing", "temporary platform");
    }

    @Test
    void leadSetBesideTheBylineAboveTheStoryStays() {
        // the lead and the byline share a box above the story; the page's own blurb stands earlier, far from it
        readPage(HEAD + "<div class=site-intro><p>The Harbour Gazette has reported on the coast, its towns, its ferries"
                + " and its fishing fleet since 1921, from a newsroom above the old customs house. Our reporters live in"
                + " the towns they write about, and our letters page is open to every reader who wants to answer them."
                + " We publish every morning except on Sundays and on the first day of the year.</p></div>"
                + "<article><h1>Pier to close for repairs</h1><div class=lead-wrap><div class=lead>Engineers found cracks"
                + " in two piles of the western pier, and the council says the work cannot wait.</div>"
                + "<div class=info><a href=/writers/jane-doe>Jane Doe</a></div></div>"
                + "<div class=body>" + STORY + "</div></article></body></html>")
                .keeps("cannot wait.", "temporary platform");
    }

    @Test
    void headingThatSaysMoreThanTheNameIsTheStorys() {
        // the writer's own verdict closes a review under her picture, linked to her page: a heading with her name and
        // more words, and a picture's link, are the story's
        readPage(HEAD + "<article><h1>Pier cafe reviewed</h1><p class=by><a href=/writers/jane-doe>Jane Doe</a></p>"
                + "<div class=text>" + STORY + "<div class=verdict><a href=/writers/jane-doe><img src=/jane.jpg></a>"
                + "<h3>Jane Doe's verdict: 8 of 10</h3><p>I would go back for the chowder alone, and the view of the"
                + " boats coming in at dusk is worth the wait for a table.</p></div></div></article></body></html>")
                .keeps("chowder alone");
    }

    @Test
    void aNewsdeskCreditedByTheSitesNameHasNoBox() {
        // the site credits itself; the story's last section names and links it: that section is the story's
        readPage("<html><head><meta name=author content=\"Harbour Gazette\"><meta property=og:site_name"
                + " content=\"Harbour Gazette\"></head><body><article><h1>Pier to close for repairs</h1>"
                + "<p class=by>By <a href=\"https://gazette.example/\">Harbour Gazette</a></p><div class=text>" + STORY
                + "<div class=coda><h3>What comes next</h3><p>Readers can follow the works week by week in the"
                + " <a href=\"https://gazette.example/\">Harbour Gazette</a>, which will print the new timetable.</p></div>"
                + "</div></article></body></html>")
                .keeps("follow the works week by week");
    }

    @Test
    void postsOfABlogsFrontPageEachUnderItsBylineStay() {
        // three short posts, each under a byline linking to the writer's page: the later ones follow a post's text,
        // but a front page's posts are its content, not notes on the writer
        StringBuilder page = new StringBuilder(HEAD + "<div class=posts>");
        String[] posts = {"Pier to close for repairs", "Ferry moves east", "Anglers ask for a platform"};
        for (String title : posts) {
            page.append("<div class=post><h2>").append(title).append("</h2><div class=meta>by <a href=/writers/jane-doe>")
                    .append("Jane Doe</a></div><p>").append(title).append(": the council voted on Tuesday to close the")
                    .append(" western ferry pier for repairs that engineers said could not wait another winter, after")
                    .append(" cracks were found in two of its piles, and ferry services will move to the eastern landing")
                    .append(" from Monday while the work goes on.</p></div>");
        }
        readPage(page.append("</div></body></html>").toString())
                .keeps("Ferry moves east: the council", "Anglers ask for a platform: the council");
    }
}
