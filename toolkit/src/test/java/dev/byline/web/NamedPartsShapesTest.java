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
    void storyRunningThroughTwoWidgetsOneAfterTheOtherIsReadThroughBoth() {
        // a page builder sets each section of the story in its own widget, one after another
        read("<div class=entry>" + STORY + "<div class=elementor-widget-container><p>“We could not let another winter"
                + " pass with the piles in that state,” the council's engineer said after the vote on Tuesday evening.</p>"
                + "</div><div class=\"ce-textpic ce-below\"><p>Divers will inspect the remaining piles next month, and the"
                + " council expects their report before the summer timetable starts in June.</p></div>" + MORE + "</div>")
                .keeps("another winter pass", "Divers will inspect", "western ferry pier", "eastern breakwater");
    }

    @Test
    void storyWhoseSectionsAreSetInPartsNamedAsFurnitureIsFoundThroughThem() {
        // a content system sets each section of a report in its own element, the text of all but the first in a
        // text-and-picture part named "ce-textpic ce-below"; a picture strip's counters stand between the first
        // section and the others, so the first section alone outweighed the rest of the report
        StringBuilder report = new StringBuilder("<main><article class=ce><h2>Pier report</h2><p class=lead>The council"
                + " voted on Tuesday to close the western ferry pier for repairs that engineers said could not wait"
                + " another winter. Divers found cracks in two of its piles last month, and the harbour office closed the"
                + " outer berth at once.</p></article><div class=imagetrack>");
        for (int i = 1; i <= 6; i++) {
            report.append("<div class=count>Picture ").append(i).append(" of 6</div>");
        }
        report.append("</div>");
        String[] sections = {
            "Ferry services will move to the eastern landing from Monday, the operator said, and timetables will stay"
                    + " the same for the three weeks the work is expected to take.",
            "Residents who use the pier for fishing asked for a temporary platform, which the council said it would"
                    + " consider at its next meeting in April."};
        for (int i = 0; i < sections.length; i++) {
            report.append("<article class=ce><h3>Part ").append(i + 2).append("</h3><div class=\"ce-textpic ce-below\"><p>")
                    .append(sections[i]).append("</p></div></article>");
        }
        report.append("<p>Harbour office, March 2026</p></main>");
        read(report.toString())
                .keeps("western ferry pier", "eastern landing", "temporary platform");
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
