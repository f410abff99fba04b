package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;

import org.junit.jupiter.api.Test;

/**
 * Cards of other stories set after the story, in the shapes templates give them: a linked headline and a linked
 * "read the rest" line to the same story (the one with a tracking query), or a linked headline and a row of linked
 * section tags. A card is one teaser however many of its headings are links ({@link TeaserLists}). Pages are our own.
 */
class TeaserCardShapesTest {
    /** A card whose headline and closing "read the rest" heading both lead to the same other story. */
    private static String readTheRestCard(int i) {
        String url = "https://news.example.org/2026/03/0" + i + "/other-story-about-the-harbour-" + i + ".html";
        return "<div class=item><h2><a href=\"" + url + "?utm_source=site&utm_medium=next\">Other story number " + i
                + " about the harbour towns</a></h2><a href=\"" + url + "\"><img src=/p" + i + ".jpg></a>"
                + "<p>The opening lines of another story, number " + i + ", which the reader is meant to click through to"
                + " from the foot of this one, about the boats and the tides and the winter storms.</p>"
                + "<h3><a href=\"" + url + "\">READ THE REST</a></h3></div>";
    }

    /** A card with a linked headline, a row of linked section tags in a heading and a summary. */
    private static String taggedCard(int i) {
        String url = "https://news.example.org/2026/02/1" + i + "/council-hears-about-the-old-lighthouse-" + i + "/";
        return "<div class=item><a href=\"" + url + "\"><img src=/q" + i + ".jpg></a><div class=inner>"
                + "<h3><a href=\"" + url + "\">The council hears about the old lighthouse, part " + i + "</a></h3>"
                + "<h4><a href=\"/news/category/local/\">Local news</a> <a href=\"/news/category/council/\">Council</a></h4>"
                + "<div><p>A summary of the earlier story, number " + i + ", on the lighthouse keepers and what the council"
                + " heard from them at the meeting last month about the lamp.</p></div></div></div>";
    }

    @Test
    void cardsWithALinkedHeadlineAndALinkedReadTheRestAreLeftOut() {
        read("<div class=wrap><h1>Pier to close</h1>" + STORY + "<div class=row>" + readTheRestCard(1) + readTheRestCard(2)
                + readTheRestCard(3) + readTheRestCard(4) + "</div></div>")
                .keeps("western ferry pier", "temporary platform")
                .drops("opening lines of another story", "READ THE REST");
    }

    @Test
    void cardsWithALinkedHeadlineAndARowOfSectionTagsAreLeftOut() {
        read("<main><h1>Pier to close</h1>" + STORY + "<div class=row><div class=flex>"
                + taggedCard(1) + taggedCard(2) + taggedCard(3) + "</div></div></main>")
                .keeps("western ferry pier", "temporary platform")
                .drops("summary of the earlier story", "lighthouse keepers");
    }

    @Test
    void storySectionsUnderLinkedHeadingsToDifferentPagesStay() {
        // a guide whose sections each open with a heading linked to its own page, each section a story's length
        StringBuilder guide = new StringBuilder("<article><h1>Harbour guide</h1>");
        for (int i = 1; i <= 3; i++) {
            guide.append("<section><h2><a href=\"/guide/part-").append(i).append("\">Part ").append(i)
                    .append(" of the harbour guide</a></h2>").append(STORY).append("</section>");
        }
        read(guide.append("</article>").toString())
                .keeps("Part 1 of the harbour guide", "western ferry pier", "temporary platform");
    }

    @Test
    void cardsBesideAStoryOnlyALooserReadingFindsAreLeftOutToo() {
        // the theme names the story's part a gallery, which the strict reading takes out: the looser reading that finds
        // the story must still know the cards after it for teasers
        StringBuilder cards = new StringBuilder("<ul class=row>");
        for (int i = 1; i <= 3; i++) {
            cards.append("<li>").append(taggedCard(i).replace("<h4>", "<p>").replace("</h4>", "</p>")).append("</li>");
        }
        read("<div class=wrap><h1>Pier to close</h1><div class=\"gallery-content\">" + STORY + "</div>"
                + cards.append("</ul>") + "</div>")
                .keeps("western ferry pier", "temporary platform")
                .drops("summary of the earlier story");
    }
}
