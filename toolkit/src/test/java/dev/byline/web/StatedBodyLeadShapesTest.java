package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.readPage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Pages that state their story's text in JSON-LD ({@code articleBody}) and leave the standfirst out of it: a news
 * site's template sets the lead under the headline, apart from the body it hands to search engines, and repeats the
 * lead as the page's description. Each page is our own, written in the shape such pages have.
 */
class StatedBodyLeadShapesTest {
    private static final String LEAD = "Engineers found cracks in two piles of the western pier, and the council says the"
            + " repairs cannot wait for another winter to pass.";
    private static final String STATED = STORY.replace("<p>", "").replace("</p>", "\\n");

    private static String page(String description, String bodyMarkup) {
        return "<html><head><meta property=og:description content=\"" + description + "\">"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Western pier to close\","
                + "\"articleBody\":\"" + STATED + "\"}</script></head><body>" + bodyMarkup + "</body></html>";
    }

    @Test
    void leadThePageDescribesItselfWithOpensTheStoryItStatesInJsonLd() {
        // the markup shows the story; its JSON-LD body (which picks the paragraphs) starts after the standfirst
        readPage(page(LEAD, "<article><h1>Western pier to close</h1><p class=standfirst>" + LEAD + "</p>"
                + "<div class=article-body>" + STORY + "</div></article>"))
                .startsWith("Engineers found cracks")
                .keeps("temporary platform");
    }

    @Test
    void leadShownAboveAStoryOnlyTheJsonLdHoldsOpensIt() {
        // an app page: the markup holds the headline and the standfirst, the story comes in the page's data
        readPage(page(LEAD, "<h1>Western pier to close</h1><p class=standfirst>" + LEAD + "</p>"
                + "<div id=app></div>"))
                .startsWith("Engineers found cracks")
                .keeps("Ferry services will move");
    }

    @Test
    void paragraphAboveTheStatedStoryThatTheDescriptionDoesNotRepeatStaysOut() {
        readPage(page(LEAD, "<article><h1>Western pier to close</h1><p class=promo>Read the Gazette on your"
                + " phone: our app brings the harbour's news to you every morning before the first ferry sails.</p>"
                + "<div class=article-body>" + STORY + "</div></article>"))
                .startsWith("The council voted")
                .drops("our app");
    }

    @Test
    void leadTheStatedStoryAlreadyHoldsIsNotRepeated() {
        // the description repeats the story's first paragraph, which the JSON-LD body holds: it is read once
        String first = "The council voted on Tuesday to close the western ferry pier for repairs that engineers said"
                + " could not wait another winter";
        String text = readPage(page(first, "<article><h1>Western pier to close</h1><div class=article-body>" + STORY
                + "</div></article>"))
                .startsWith("The council voted")
                .text();
        assertEquals(text.indexOf("The council voted"), text.lastIndexOf("The council voted"), text);
    }
}
