package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.body;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Page shapes that cost body precision or recall on real pages, written small. */
class ArticleBodyShapesTest {

    private static String teaser(int i) {
        return "<li><h3><a href=\"/story/" + i + "\">Other headline number " + i + " about the town</a></h3>"
                + "<p>A one-line summary of another story, number " + i + ", shown to lure the reader on to the next page,"
                + " where the council's other decisions of the week are set out at length.</p></li>";
    }

    @Test
    void teaserListBesideTheStoryIsLeftOutWhateverItsClass() {
        String text = body("<div class=wrap>" + STORY + "<ul class=stream>" + teaser(1) + teaser(2)
                + teaser(3) + teaser(4) + "</ul></div>");
        assertTrue(text.contains("western ferry pier"), text);
        assertFalse(text.contains("Other headline"), text);
        assertFalse(text.contains("one-line summary"), text);
    }

    @Test
    void storySubheadingsThatAreNotLinksStay() {
        String text = body("<article><h2>Repairs</h2>" + STORY + "<h2>Ferries</h2>" + STORY + "<h2>Fishing</h2>" + STORY
                + "</article>");
        assertTrue(text.contains("Repairs") && text.contains("Ferries") && text.contains("Fishing"), text);
    }

    @Test
    void galleryOfLegendsInsideTheArticleBodyIsLeftOut() {
        StringBuilder legends = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            legends.append("<li><h2>").append(i).append("/12 Harbour scene</h2><p>Legend of picture ").append(i)
                    .append(": boats at anchor in the harbour at dusk, with the old lighthouse behind them and gulls.</p></li>");
        }
        String text = body("<div itemprop=articleBody>" + STORY + "<div class=\"type-gallery full-gallery\"><ul>" + legends
                + "</ul></div></div>");
        assertTrue(text.contains("temporary platform"), text);
        assertFalse(text.contains("Legend of picture"), text);
    }

    @Test
    void commentThreadNamedAlsoAsPostsIsLeftOut() {
        StringBuilder comments = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            comments.append("<ul class=single-post><li class=post-text>Reader ").append(i)
                    .append(" wrote a long reply about the pier and the ferries and how things were better in the old days"
                            + " when the piles were wooden and nobody worried.</li></ul>");
        }
        String text = body("<div class=article>" + STORY + "</div><div id=comment-box class=user-post-box>" + comments
                + "</div>");
        assertTrue(text.contains("western ferry pier"), text);
        assertFalse(text.contains("Reader 3 wrote"), text);
    }

    @Test
    void forumThreadWhosePostsAreNamedCommentsIsStillRead() {
        String post = STORY.replace("<p>", "").replace("</p>", "<br><br>");
        String text = body("<main id=content><div class=MtnCommentContent><div class=MtnCommentText>" + post
                + "</div></div></main>");
        assertTrue(text.contains("western ferry pier"), text);
    }

    @Test
    void phraseInsideAParagraphStaysWhateverItsClass() {
        String text = body("<article>" + STORY + "<p>\"Will you tell me, <a href=\"javascript:void(0)\" class=popup>where"
                + " you were born?</a>\" the clerk asked the man at the counter of the ferry office.</p></article>");
        assertTrue(text.contains("where you were born?"), text);
    }

    @Test
    void shortParagraphsWrittenAsDivsStay() {
        StringBuilder story = new StringBuilder();
        for (String line : new String[] {"The ferry was late again that morning, and the queue reached the harbour gate.",
                "They both took one.", "“Do you want to come?”",
                "The captain waved the cars aboard one by one while the gulls watched from the rail."}) {
            story.append("<div style=\"margin: 1em 0\"><div><span>").append(line).append("</span></div></div>");
        }
        String text = body("<div class=chapter-content>" + story + story + "</div>");
        assertTrue(text.contains("They both took one."), text);
        assertTrue(text.contains("“Do you want to come?”"), text);
    }

    @Test
    void pictureLegendsWrittenAsParagraphsWithTheirCreditAreLeftOut() {
        String text = body("<div class=wrap><div class=pic><img src=a.jpg><div>The western pier at low tide. © AFP / Jane Doe"
                + "</div></div>" + STORY + "<p>Engineers on the pier last week. (Foto: Harbour Office)</p>"
                + "<p>The cracked pile seen from a boat (jdoe / iStock.com)</p></div>");
        assertTrue(text.contains("western ferry pier"), text);
        assertFalse(text.contains("low tide"), text);
        assertFalse(text.contains("Engineers on the pier"), text);
        assertFalse(text.contains("seen from a boat"), text);
    }

    @Test
    void storyParagraphThatNamesItsSourceInBracketsStays() {
        String text = body("<div class=wrap>" + STORY + "<p>Support for the repairs rose to 64 percent in a poll taken"
                + " after the vote (Harbour Gazette / Ipsos).</p></div>");
        assertTrue(text.contains("Support for the repairs rose"), text);
    }
}
