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

    @Test
    void readingTimesFilingsAndDateLabelsAreStamps() {
        assertTrue(StampLines.isStamp("5 min read"));
        assertTrue(StampLines.isStamp("Lesezeit: 4 Minuten"));
        assertTrue(StampLines.isStamp("11 minut czytania"));
        assertTrue(StampLines.isStamp("Temps de lecture : 3 min"));
        assertTrue(StampLines.isStamp("Posted in Politics, Local News"));
        assertTrue(StampLines.isStamp("Veröffentlicht inBody & Fitness"));
        assertTrue(StampLines.isStamp("Category : Press Releases"));
        assertTrue(StampLines.isStamp("Schlagwörter: Hafen, Fähre"));
        assertTrue(StampLines.isStamp("News date : 04/21/2026 Category : Press Releases"));
        assertTrue(StampLines.isStamp("Release Date:"));
        assertTrue(StampLines.isStamp("Veröffentlichung: 2. Februar 2026"));
    }

    @Test
    void timesAndPlacesInsideTheStoryAreNotStamps() {
        assertFalse(StampLines.isStamp("15 – 30 Min"));   // a recipe's baking time
        assertFalse(StampLines.isStamp("Posted in Kabul since 2019, she wrote home every week."));
        assertFalse(StampLines.isStamp("Tags for the boats are sold at the harbour office."));
        assertFalse(StampLines.isStamp("Belag:"));   // a recipe's part, announcing its ingredients
        assertFalse(StampLines.isStamp("The crossing takes 40 minutes."));
    }

    @Test
    void metadataLinesAroundTheStoryAreLeftOutOfTheBody() {
        StoryPage.read("<div class=wrap><p class=kicker><a href=/local>Local</a></p><p>7 min read</p>"
                + "<div class=info>News date : 03/03/2026 Category : Harbour</div>" + StoryPage.STORY
                + "<p>Posted in <a href=/c/politics>Politics</a>, <a href=/c/local>Local News</a></p>"
                + "<p><span>Release Date:</span></p><p>Lesezeit: 4 Minuten</p></div>")
                .keeps("western ferry pier", "temporary platform")
                .drops("7 min read", "News date", "Posted in", "Release Date", "Lesezeit");
    }

    @Test
    void aBlogTemplatesNoteOfWhenAPostWasPostedAndFiledIsLeftOutAStorysFilingStays() {
        StoryPage.read("<div class=post>" + StoryPage.STORY + "<p class=small>This entry was posted on Tuesday, March 3rd,"
                + " 2026 at 9:15 am and is filed under Harbour, Council, Ferries, Local politics. You can follow any responses"
                + " to this entry through the RSS 2.0 feed. Both comments and pings are currently closed.</p></div>")
                .keeps("temporary platform")
                .drops("This entry was posted");
        StoryPage.read("<div class=post>" + StoryPage.STORY + "<p>Der Beitrag wurde am Dienstag, den 3. März 2026 um 9:15"
                + " Uhr veröffentlicht und wurde unter Hafen, Stadtrat, Fähren, Lokalpolitik abgelegt. Du kannst die Kommentare"
                + " zu diesem Eintrag durch den RSS-2.0-Feed verfolgen. Kommentare und Pings sind derzeit geschlossen.</p></div>")
                .drops("Der Beitrag wurde");
        assertFalse(StampLines.isFilingNote("The lawsuit, published in full on Monday, was drafted by the anglers and filed"
                + " under seal at the district court."));
    }
}
