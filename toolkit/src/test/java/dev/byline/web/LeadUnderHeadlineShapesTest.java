package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.readPage;

import org.junit.jupiter.api.Test;

/**
 * Pages that set the story's lead under the headline in a part the cleaner takes out (a header outside the article, a
 * column named as a sidebar) and repeat it as their description: the lead still opens the story read. A site's
 * tagline the description repeats, above the headline, stays out. Each page is our own, in the shapes news templates
 * give these parts.
 */
class LeadUnderHeadlineShapesTest {
    private static final String LEAD = "Engineers found cracks in two piles of the western pier, and the council says the"
            + " repairs cannot wait for another winter to pass.";

    private static String page(String description, String top) {
        return "<html><head><title>Western pier to close for repairs - Harbour Gazette</title>"
                + "<meta name=description content=\"" + description + "\"></head><body>" + top
                + "<div class=story-body>" + STORY + "</div></body></html>";
    }

    @Test
    void leadInAHeaderOutsideTheArticleOpensTheStory() {
        readPage(page(LEAD, "<header id=content-header><h1>Western pier to close for repairs</h1><p class=dek>" + LEAD
                + "</p><p>By Jane Doe</p></header>"))
                .startsWith("Engineers found cracks")
                .keeps("temporary platform");
    }

    @Test
    void leadInAColumnNamedAsASidebarOpensTheStory() {
        readPage(page(LEAD, "<h1>Western pier to close for repairs</h1><div class=\"sidebar sticky\"><span>Harbour</span>"
                + "<span>19.10.2026</span><p class=teaser>" + LEAD + "</p></div>"))
                .startsWith("Engineers found cracks")
                .keeps("temporary platform");
    }

    @Test
    void siteTaglineAboveTheHeadlineStaysOut() {
        String tagline = "News, tides and weather from the harbour towns of the western coast, every day since 1998.";
        readPage(page(tagline, "<header><p class=tagline>" + tagline + "</p></header>"
                + "<h1>Western pier to close for repairs</h1>"))
                .startsWith("The council voted")
                .drops("tides and weather");
    }

    @Test
    void leadTheStoryRetellsIsNotReadTwice() {
        String retold = "Engineers found cracks in two piles of the western pier, and the council says the repairs must"
                + " start before the winter storms.";
        readPage("<html><head><title>Western pier to close for repairs</title><meta name=description content=\"" + LEAD
                + "\"></head><body><header><h1>Western pier to close for repairs</h1><p>" + LEAD + "</p></header>"
                + "<div class=story-body><p>" + retold + "</p>" + STORY + "</div></body></html>")
                .startsWith("Engineers found cracks in two piles of the western pier, and the council says the repairs must")
                .drops("cannot wait for another winter");
    }
}
