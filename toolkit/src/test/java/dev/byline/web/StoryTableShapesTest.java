package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tables inside a story: a table of figures or results is part of what the story says and is read row by row; a
 * table of links inside the story's container is not. Each page is our own, written in the shape such pages have (a
 * local paper's results table, a blog's block-editor table set in a {@code <figure>}).
 */
class StoryTableShapesTest {
    private static final String RESULTS = "<table><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>"
            + "<tr><td>Ann Lowry</td><td>Harbour First</td><td>4,210</td></tr>"
            + "<tr><td><a href=/people/odell>Tom Odell</a></td><td>Independent</td><td>3,987</td></tr>"
            + "<tr><td>Mira Sandt</td><td>Greens</td><td>1,144</td></tr></table>";

    @Test
    void tableOfResultsInsideTheStoryIsReadRowByRow() {
        String text = read("<div class=article-body>" + STORY + "<p>The count for the harbour ward seat, announced at"
                + " midnight, was close:</p>" + RESULTS + "<p>A recount was refused.</p></div>")
                .keeps("Ann Lowry Harbour First 4,210", "Tom Odell Independent 3,987", "A recount was refused.")
                .text();
        assertTrue(text.indexOf("was close:") < text.indexOf("Ann Lowry"), text);
    }

    @Test
    void tableSetInAFigureByABlockEditorIsReadLikeAnyTable() {
        read("<div class=entry-content>" + STORY + "<figure class=wp-block-table>" + RESULTS
                + "<figcaption>Photo: the count at the town hall</figcaption></figure></div>")
                .keeps("Mira Sandt Greens 1,144")
                .drops("Photo: the count");
    }

    @Test
    void tableOfLinksInsideTheStorysContainerStaysOut() {
        String links = "<table><tr><td><a href=/a>Ferry timetable changes</a></td><td><a href=/b>Pier history</a></td></tr>"
                + "<tr><td><a href=/c>Council meeting dates</a></td><td><a href=/d>Fishing permits</a></td></tr></table>";
        read("<div class=article-body>" + STORY + links + "</div>")
                .keeps("temporary platform")
                .drops("Fishing permits");
    }

    @Test
    void pageLaidOutInTablesIsStillReadCellByCell() {
        // an old site: the page's columns are cells holding paragraphs; the story's cell is the story
        read("<table><tr><td><div>Home</div><div>About us</div></td><td>" + STORY + "</td></tr></table>")
                .startsWith("The council voted")
                .drops("About us");
    }
}
