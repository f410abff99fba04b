package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.body;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Where a story ends on real pages: the body its publisher declares in microdata, a "related" heading that opens a
 * section of other stories, a call to follow, subscribe or share under the last paragraph. Each page is our own,
 * written in the shape such pages have.
 */
class StoryEndShapesTest {
    private static final String LEAD = "<p class=standfirst>Engineers found cracks in two piles of the western pier, and the"
            + " council says the repairs cannot wait for another winter to pass.</p>";

    @Test
    void whatFollowsTheDeclaredArticleBodyIsLeftOutAndTheLeadBeforeItStays() {
        String text = body("<div class=wrap>" + LEAD + "<div itemprop=articleBody>" + STORY + "</div>"
                + "<div class=box><p>Jane Doe has covered the harbour and its ferries for the Gazette since 2009, and writes"
                + " a weekly column about boats and the people who mend them.</p></div></div>");
        assertTrue(text.contains("cannot wait for another winter"), text);
        assertTrue(text.contains("temporary platform"), text);
        assertFalse(text.contains("weekly column"), text);
    }

    @Test
    void relatedHeadingAfterTheStoryEndsItWithTheTeasersUnderIt() {
        String text = body("<div class=wrap>" + STORY + "<h3>Mehr zum Thema</h3>"
                + "<p>Harbour dues rise for the first time in a decade, and fishermen say the increase will hit the smallest"
                + " boats hardest.</p><p>The old lighthouse reopens to visitors after a year of work on its lantern.</p></div>");
        assertTrue(text.contains("temporary platform"), text);
        assertFalse(text.contains("Mehr zum Thema"), text);
        assertFalse(text.contains("Harbour dues rise"), text);
    }

    @Test
    void relatedWordsEarlyInTheStoryDoNotCutIt() {
        // a subheading that happens to read like a list's title, before most of the story: the story goes on
        String text = body("<div class=wrap><h2>Read more</h2>" + STORY + "</div>");
        assertTrue(text.contains("temporary platform"), text);
    }

    @Test
    void callsToFollowShareAndSubscribeUnderTheStoryAreLeftOut() {
        String text = body("<div class=wrap>" + STORY + "<p>Follow The Harbour Gazette on Twitter and Instagram.</p>"
                + "<p>War der Artikel nützlich?</p><p>Sign up for our morning newsletter.</p></div>");
        assertTrue(text.contains("temporary platform"), text);
        assertFalse(text.contains("Follow The Harbour"), text);
        assertFalse(text.contains("nützlich"), text);
        assertFalse(text.contains("morning newsletter"), text);
    }

    @Test
    void storyParagraphThatMentionsANewsletterStays() {
        String sentence = "The operator said it would announce the new timetable in its newsletter and asked passengers to"
                + " sign up for the newsletter at the ticket office, since many of the older travellers on the route do not"
                + " use the internet at all.";
        String text = body("<div class=wrap>" + STORY + "<p>" + sentence + "</p></div>");
        assertTrue(text.contains("sign up for the newsletter at the ticket office"), text);
    }

    @Test
    void headingWithNothingUnderItDoesNotEndTheStory() {
        String text = body("<div class=wrap>" + STORY + "<h2>Our newsroom</h2></div>");
        assertTrue(text.endsWith("next meeting in April."), text);
    }
}
