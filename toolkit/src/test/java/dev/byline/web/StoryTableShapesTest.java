package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.body;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        String text = body("<div class=article-body>" + STORY + "<p>The count for the harbour ward seat, announced at"
                + " midnight, was close:</p>" + RESULTS + "<p>A recount was refused.</p></div>");
        assertTrue(text.contains("Ann Lowry Harbour First 4,210"), text);
        assertTrue(text.contains("Tom Odell Independent 3,987"), text);
        assertTrue(text.contains("A recount was refused."), text);
        assertTrue(text.indexOf("was close:") < text.indexOf("Ann Lowry"), text);
    }

    @Test
    void tableSetInAFigureByABlockEditorIsReadLikeAnyTable() {
        String text = body("<div class=entry-content>" + STORY + "<figure class=wp-block-table>" + RESULTS
                + "<figcaption>Photo: the count at the town hall</figcaption></figure></div>");
        assertTrue(text.contains("Mira Sandt Greens 1,144"), text);
        assertFalse(text.contains("Photo: the count"), text);
    }

    @Test
    void tableOfLinksInsideTheStorysContainerStaysOut() {
        String links = "<table><tr><td><a href=/a>Ferry timetable changes</a></td><td><a href=/b>Pier history</a></td></tr>"
                + "<tr><td><a href=/c>Council meeting dates</a></td><td><a href=/d>Fishing permits</a></td></tr></table>";
        String text = body("<div class=article-body>" + STORY + links + "</div>");
        assertTrue(text.contains("temporary platform"), text);
        assertFalse(text.contains("Fishing permits"), text);
    }

    @Test
    void pageLaidOutInTablesIsStillReadCellByCell() {
        // an old site: the page's columns are cells holding paragraphs; the story's cell is the story
        String text = body("<table><tr><td><div>Home</div><div>About us</div></td><td>" + STORY + "</td></tr></table>");
        assertTrue(text.startsWith("The council voted"), text);
        assertFalse(text.contains("About us"), text);
    }
}
