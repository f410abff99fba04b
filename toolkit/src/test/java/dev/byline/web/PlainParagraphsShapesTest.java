package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The page's plain paragraphs as a second reading of the container chosen ({@link PlainParagraphs}). Pages are our
 * own, in the shape of a story cut into parts by boxes of links and of a story with teasers around it.
 */
class PlainParagraphsShapesTest {
    private static final String[] PARAGRAPHS = {
        "The council voted on Tuesday to close the western ferry pier for repairs that engineers said could not wait.",
        "Cracks were found in two of its piles during the autumn survey, the harbour engineer told the meeting.",
        "Ferry services will move to the eastern landing from Monday, the operator said in a statement on Wednesday.",
        "Timetables will stay the same for the three weeks the work is expected to take, the operator added.",
        "Residents who use the pier for fishing asked for a temporary platform while the repairs are carried out.",
        "The council said it would consider the request at its next meeting in April, after the engineers report."};

    /** A box of links set between two parts of the story, as templates insert them: other stories of the site. */
    private static String linkBox(char k) {
        StringBuilder box = new StringBuilder("<div class=box><ul>");
        for (int i = 0; i < 8; i++) {
            box.append("<li><a href=/").append(k).append(i).append(">Another story of the harbour towns, number ")
                    .append(k).append(i).append(", with its long headline</a></li>");
        }
        return box.append("</ul></div>").toString();
    }

    @Test
    void storyCutIntoPartsByBoxesOfLinksIsReadWhole() {
        read("<div class=text><p>" + PARAGRAPHS[0] + "</p><p>" + PARAGRAPHS[1] + "</p></div>" + linkBox('a')
                + "<div class=text><p>" + PARAGRAPHS[2] + "</p><p>" + PARAGRAPHS[3] + "</p></div>" + linkBox('b')
                + "<div class=text><p>" + PARAGRAPHS[4] + "</p><p>" + PARAGRAPHS[5] + "</p></div>")
                .keeps("autumn survey", "in a statement", "temporary platform", "engineers report")
                .drops("Another story");
    }

    @Test
    void storyWithTeasersAroundItKeepsItsContainer() {
        read("<div class=teasers><p><a href=/a>Lifeboat crew called out twice in one night, the third time this year</a>"
                + "</p><p>Fish market</p></div><div class=story>" + STORY + "</div>")
                .keeps("temporary platform").drops("Lifeboat", "Fish market");
    }

    @Test
    void paragraphsReplaceTheChoiceOnlyWhenTheyHoldMoreThanTwiceItsProse() {
        Element body = Jsoup.parse("<body><p>" + "a".repeat(100) + "</p><p>" + "b".repeat(100) + "</p><p>short line</p>"
                + "<p><a href=/x>" + "c".repeat(100) + "</a></p></body>").body();
        ContentScorer.Choice small = new ContentScorer.Choice(body, List.of("x"), 99);
        ContentScorer.Choice half = new ContentScorer.Choice(body, List.of("x"), 100);
        assertEquals(List.of("a".repeat(100), "b".repeat(100)), PlainParagraphs.orChosen(body, small).paragraphs());
        assertSame(half, PlainParagraphs.orChosen(body, half));
    }
}
