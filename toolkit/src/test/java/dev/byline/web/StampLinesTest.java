package dev.byline.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Date stamps a template sets beside the story, told apart from the story's sentences and headings. */
class StampLinesTest {
    @Test
    void templateDateStampsAreStamps() {
        assertTrue(StampLines.isStamp("Updated 3:45 PM EST, Tue March 3, 2026"));
        assertTrue(StampLines.isStamp("Erstellt am Dienstag 6. Mai 2014"));
        assertTrue(StampLines.isStamp("23.10.2018"));
        assertTrue(StampLines.isStamp("Published: 2026-03-12, 14:05"));
        assertTrue(StampLines.isStamp("Publié le 4 mars 2026 à 10h32"));
    }

    @Test
    void sentencesAndHeadingsWithDatesAreNotStamps() {
        assertFalse(StampLines.isStamp("The vote was on 12 March 2026."));
        assertFalse(StampLines.isStamp("Updated rules for 2026"));
        assertFalse(StampLines.isStamp("Updated figures show 40 percent more ferries ran in 2025 than in 2024"));
    }

    @Test
    void stampBesideTheStoryIsLeftOutOfTheBody() {
        String story = "<p>The council voted on Tuesday to close the western ferry pier for repairs that engineers said could"
                + " not wait another winter, after cracks were found in two of its piles.</p><p>Ferry services will move to"
                + " the eastern landing from Monday, the operator said, and timetables will stay the same.</p>";
        String text = ArticleExtractor.extract("<html><body><div class=wrap><div>Updated 3:45 PM EST, Tue March 3, 2026"
                + "</div>" + story + "</div></body></html>", "").article().orElseThrow().text();
        assertTrue(text.startsWith("The council voted"), text);
    }
}
