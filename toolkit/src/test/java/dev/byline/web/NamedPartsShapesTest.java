package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;

import org.junit.jupiter.api.Test;

/**
 * Parts of the story that the page's class or id names as furniture: a name is weak evidence, so a part the story
 * runs through and that reads as prose is the story's, and a section heading's anchor id made from its own words is
 * no furniture name. Each page is our own, written in the shape such pages have.
 */
class NamedPartsShapesTest {
    private static final String MORE = "<p>The operator has hired two extra crews so that the work can go on at night,"
            + " when no ferry is due, and says the noise will stop at ten.</p>"
            + "<p>Anglers will be able to use the eastern breakwater until the platform is built, the harbour master said.</p>";

    @Test
    void partNamedAsAWidgetThatTheStoryRunsThroughIsRead() {
        // a page builder sets a statement box among the paragraphs, and calls it a widget
        read("<div class=entry>" + STORY + "<div class=\"widget statement\"><p>“We could not let another winter pass"
                + " with the piles in that state,” the council's engineer said after the vote on Tuesday evening.</p></div>"
                + MORE + "</div>")
                .keeps("another winter pass", "western ferry pier", "eastern breakwater");
    }

    @Test
    void linksNamedAsAWidgetAmidTheStoryStayOut() {
        read("<div class=entry>" + STORY + "<div class=widget><p><a href=/a>Harbour dues rise for the first time in a"
                + " decade, and fishermen say the small boats will pay most</a>.</p></div>" + MORE + "</div>")
                .keeps("western ferry pier", "eastern breakwater")
                .drops("Harbour dues");
    }

    @Test
    void widgetAfterTheStorysLastParagraphStaysOut() {
        read("<div class=entry>" + STORY + MORE + "<div class=widget><p>The Gazette's harbour desk has covered the pier"
                + " and its ferries since 2009, and welcomes letters from readers about the harbour.</p></div></div>")
                .keeps("eastern breakwater")
                .drops("harbour desk");
    }

    @Test
    void cardsOfAListAmidTheStoryStayOutThoughTheyAreProse() {
        StringBuilder cards = new StringBuilder("<div class=list>");
        for (int i = 1; i <= 3; i++) {
            cards.append("<div class=teaser-item><p>Another story number ").append(i).append(" about the harbour, told in a"
                    + " sentence long enough to pass for a paragraph of the story it sits beside.</p></div>");
        }
        read("<div class=entry>" + STORY + cards + "</div>" + MORE + "</div>")
                .keeps("western ferry pier", "eastern breakwater")
                .drops("Another story number");
    }

    @Test
    void captionAmidTheStoryStaysOutWhateverItSays() {
        read("<div class=entry>" + STORY + "<div class=caption><p>The western pier at low tide last week, seen from the"
                + " deck of the morning ferry as it came into the eastern landing.</p></div>" + MORE + "</div>")
                .keeps("eastern breakwater")
                .drops("low tide");
    }

    @Test
    void pictureWithItsLegendAmidTheStoryStaysOutWhateverItIsNamed() {
        read("<div class=entry>" + STORY + "<div class=widget><img src=pier.jpg><p class=imageDescription>Engineers"
                + " on the western pier last week, where the cracks in two of the piles were first found by divers.</p></div>"
                + MORE + "</div>")
                .keeps("eastern breakwater")
                .drops("found by divers");
    }

    @Test
    void subheadingWhoseAnchorIdIsMadeFromItsWordsIsRead() {
        // a news site prefixes its headings' anchors with "nav_" for its table of contents
        read("<div class=article-content>" + STORY + "<h3 class=subheading id=nav_anglers_ask_for__1>Anglers ask for a"
                + " platform</h3>" + MORE + "</div>")
                .keeps("Anglers ask for a platform", "eastern breakwater");
    }

    @Test
    void headingNamedAsNavigationByAnIdOfOtherWordsStaysOut() {
        read("<div class=article-content>" + STORY + MORE + "<h3 id=nav-footer-links>Sections</h3></div>")
                .drops("Sections");
    }
}
