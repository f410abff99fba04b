package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.readPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The byline a template sets as a line at the head of the story: read into the article's authors, left out of its
 * words. Each page is our own, in the shapes news and blog templates give the line.
 */
class BylineLineShapesTest {
    private static String page(String author, String story) {
        return "<html><head><meta name=author content=\"" + author + "\"><meta property=og:site_name content=\"Harbour Gazette\">"
                + "</head><body><article>" + story + "</article></body></html>";
    }

    @Test
    void bylineLineAboveTheStoryIsLeftOut() {
        readPage(page("Jane Doe", "<p>By Jane Doe, Harbour Gazette</p>" + STORY))
                .startsWith("The council voted").keeps("temporary platform");
        readPage(page("Georg Kasch", "<p>Von Georg Kasch</p>" + STORY)).startsWith("The council voted");
        readPage(page("Anne Martin", "<div>Par Anne Martin le 14.09.2020 à 11h46</div>" + STORY)).startsWith("The council voted");
        readPage(page("Jane Doe", "<p>Jane Doe, 02.02.2022</p>" + STORY)).startsWith("The council voted");
        readPage(page("Jane Doe", "<p>Jane Doe</p>" + STORY)).startsWith("The council voted");
    }

    @Test
    void sentencesAndQuestionsNamingTheWriterStay() {
        readPage(page("Jane Doe", "<p>Jane Doe walked the pier for this report.</p>" + STORY))
                .startsWith("Jane Doe walked the pier");
        readPage(page("Jane Doe", "<p>Jane Doe: Why now?</p>" + STORY)).startsWith("Jane Doe: Why now?");
        // a line naming her deep in the story is the story's, whatever it says
        readPage(page("Jane Doe", STORY + "<p>Jane Doe</p><p>Harbour notes</p><p>Tide tables for the week</p>"
                + "<p>Jane Doe</p>")).endsWith("Jane Doe");
    }

    @Test
    void withoutAuthorsInTheMetadataNoLineIsTakenForABylineAndOtherWordsKeepALine() {
        assertEquals(List.of("By Jane Doe", "text"), BylineLines.dropped(List.of("By Jane Doe", "text"), List.of(), ""));
        assertTrue(BylineLines.isByline("Mittwoch, 01.11.2023 von JANE DOE", List.of("Jane Doe"), ""));
        assertFalse(BylineLines.isByline("Jane Doe met the harbour master", List.of("Jane Doe"), ""));
        assertFalse(BylineLines.isByline("By Jane Doe", List.of("John Roe"), ""));
    }
}
