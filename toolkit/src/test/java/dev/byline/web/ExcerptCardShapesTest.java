package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;

import org.junit.jupiter.api.Test;

/**
 * Cards of other stories whose headline is no link ({@link ExcerptCards}): a picture and a "read more" link lead to
 * the other story, the card shows its opening cut off. Before, such cards under a story were read as its paragraphs.
 * Guards: reviewers' cards (a picture, a linked name, a verdict said in full) stay, a story's own sentence that trails
 * off stays, and a press office's page of cut-off releases keeps them as its text. The pages are our own.
 */
class ExcerptCardShapesTest {
    private static final String[] OTHER = {"The harbour master retires after thirty years on the quay",
        "Night buses return to the coast road in June", "A new roof for the old market hall",
        "School meals will be cooked in town again"};

    /** More of the pier story: a news page's story is longer than the cards under it. */
    private static final String MORE = "<p>The operator said the eastern landing has room for both ferries at once, but"
            + " that passengers with cars should arrive twenty minutes earlier than usual while the new ramp is tested.</p>"
            + "<p>Engineers will drive new steel piles beside the cracked ones and leave the old timber in place, which they"
            + " said was cheaper and would disturb the seabed less than pulling it out.</p><p>The work is paid for from the"
            + " harbour fund, which the council topped up last year after the storm damaged the breakwater, and will not"
            + " raise fares, a spokeswoman said.</p>";

    /** A card: a picture link and a "read more" link to the other story, an unlinked title and a cut-off opening. */
    private static String card(int i, String cut) {
        String url = "/news/2026/05/other-story-" + i;
        return "<li class=card><a href=\"" + url + "\"><img src=/t" + i + ".jpg alt=\"\"></a><div class=text>"
                + "<div class=title>" + OTHER[i] + "</div><p><span class=date>0" + (i + 1) + ".05.2026</span>"
                + "The opening lines of another story, number " + i + ", which goes on about the town and its people and"
                + " what the council will do about the " + cut + "</p><a href=\"" + url + "\">Read more</a></div></li>";
    }

    @Test
    void cardsCutOffUnderTheStoryAreNotItsParagraphs() {
        StringBuilder cards = new StringBuilder("<ul class=similar>");
        for (int i = 0; i < 4; i++) {
            cards.append(card(i, i % 2 == 0 ? "..." : "weather …"));
        }
        read("<article><h1>The western pier closes</h1>" + STORY + MORE + "<h3>More from the coast</h3>" + cards + "</ul></article>")
                .keeps("western ferry pier", "temporary platform", "harbour fund")
                .drops("The opening lines of another story", "harbour master retires");
    }

    @Test
    void reviewersCardsSaidInFullStay() {
        StringBuilder cards = new StringBuilder("<div class=reviews>");
        String[] names = {"Ana Reyes", "Bo Lind", "Cai Moss"};
        for (int i = 0; i < 3; i++) {
            cards.append("<div class=reviewer><a href=\"/author/").append(i).append("\"><img src=/a").append(i)
                    .append(".jpg alt=\"\"></a><a href=\"/author/").append(i).append("\">").append(names[i])
                    .append("</a><p>The soup was the best part of the evening, and the bread that came with it was still")
                    .append(" warm; reviewer number ").append(i).append(" would go back for it alone.</p></div>");
        }
        read("<article><h1>Three of us ate at the pier café</h1>" + STORY + cards + "</div></article>")
                .keeps("reviewer number 0", "reviewer number 2", "western ferry pier");
    }

    @Test
    void aSentenceOfTheStoryThatTrailsOffStays() {
        String trailing = "<p>Asked what would happen if the repairs took longer, the engineer only said that the pier"
                + " had outlived two of its builders and <a href=\"/history/pier\">might outlive the council</a> ...</p>";
        read("<article><h1>The western pier closes</h1>" + STORY + trailing + "</article>")
                .keeps("might outlive the council");
    }

    @Test
    void aPageOfCutOffReleasesKeepsThem() {
        StringBuilder list = new StringBuilder("<h1>Press releases</h1><div class=releases>");
        for (int i = 0; i < 4; i++) {
            list.append(card(i, "..."));
        }
        read(list + "</div>").keeps("The opening lines of another story, number 0", "number 3");
    }
}
