package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.readPage;

import org.junit.jupiter.api.Test;

/**
 * Pages that set the story's lead (its standfirst) under the headline, apart from the part that holds the story's
 * paragraphs, and repeat it as their description: the lead opens the story read. Each page is our own, written in the
 * shapes news templates give it (a subheading, a paragraph opened by the publication stamp, a description shortened
 * after the lead's first sentence).
 */
class LeadAboveStoryShapesTest {
    private static final String LEAD = "Engineers found cracks in two piles of the western pier, and the council says the"
            + " repairs cannot wait for another winter to pass.";

    /** Links to other stories beside the story: with them the page's body is worth less than the story's part. */
    private static final String RAIL = "<div class=rail><ul><li><a href=/a>Harbour master retires after thirty years</a></li>"
            + "<li><a href=/b>Lifeboat crew called out twice in one night</a></li>"
            + "<li><a href=/c>Fish market to open on Sundays from May</a></li>"
            + "<li><a href=/d>New timetable for the island ferries</a></li></ul></div>";

    private static String page(String description, String hero) {
        return "<html><head><meta property=og:description content=\"" + description + "\"></head><body>"
                + "<div class=hero><h1>Western pier to close</h1>" + hero + "</div>"
                + "<div class=article-body>" + STORY + "</div>" + RAIL + "</body></html>";
    }

    @Test
    void standfirstSetAsASubheadingThatTheDescriptionRepeatsOpensTheStory() {
        readPage(page(LEAD, "<h2 class=article-lead>" + LEAD + "</h2>"))
                .startsWith("Engineers found cracks")
                .keeps("temporary platform");
    }

    @Test
    void leadOpenedByItsPublicationStampOpensTheStory() {
        readPage(page(LEAD, "<p class=intro>19.10.2026, 15:30 " + LEAD + "</p>"))
                .startsWith("19.10.2026, 15:30 Engineers found cracks")
                .keeps("temporary platform");
    }

    @Test
    void leadWhoseLaterSentencesTheDescriptionShortensOpensTheStory() {
        String told = LEAD + " Ferry passengers will walk an extra ten minutes from the eastern landing.";
        String description = LEAD.replace("to pass.", "to pass, officials said on Tuesday.");
        readPage(page(description, "<h2 class=teaser>" + told + "</h2>"))
                .startsWith("Engineers found cracks")
                .keeps("extra ten minutes", "temporary platform");
    }

    @Test
    void subheadingTheDescriptionOnlyOpensWithStaysOut() {
        // the description goes on from the heading: that heading is a headline or a label, not the lead
        readPage(page("Western pier to close for the winter: " + LEAD,
                "<h2 class=kicker>Western pier to close for the winter</h2>"))
                .startsWith("The council voted")
                .drops("Western pier to close for the winter");
    }
}
