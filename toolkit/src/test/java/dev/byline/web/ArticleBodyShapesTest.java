package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;

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
        read("<div class=wrap>" + STORY + "<ul class=stream>" + teaser(1) + teaser(2)
                + teaser(3) + teaser(4) + "</ul></div>")
                .keeps("western ferry pier")
                .drops("Other headline", "one-line summary");
    }

    @Test
    void storySubheadingsThatAreNotLinksStay() {
        read("<article><h2>Repairs</h2>" + STORY + "<h2>Ferries</h2>" + STORY + "<h2>Fishing</h2>" + STORY + "</article>")
                .keeps("Repairs", "Ferries", "Fishing");
    }

    @Test
    void galleryOfLegendsInsideTheArticleBodyIsLeftOut() {
        StringBuilder legends = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            legends.append("<li><h2>").append(i).append("/12 Harbour scene</h2><p>Legend of picture ").append(i)
                    .append(": boats at anchor in the harbour at dusk, with the old lighthouse behind them and gulls.</p></li>");
        }
        read("<div itemprop=articleBody>" + STORY + "<div class=\"type-gallery full-gallery\"><ul>" + legends
                + "</ul></div></div>")
                .keeps("temporary platform")
                .drops("Legend of picture");
    }

    @Test
    void commentThreadNamedAlsoAsPostsIsLeftOut() {
        StringBuilder comments = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            comments.append("<ul class=single-post><li class=post-text>Reader ").append(i)
                    .append(" wrote a long reply about the pier and the ferries and how things were better in the old days"
                            + " when the piles were wooden and nobody worried.</li></ul>");
        }
        read("<div class=article>" + STORY + "</div><div id=comment-box class=user-post-box>" + comments
                + "</div>")
                .keeps("western ferry pier")
                .drops("Reader 3 wrote");
    }

    @Test
    void forumThreadWhosePostsAreNamedCommentsIsStillRead() {
        String post = STORY.replace("<p>", "").replace("</p>", "<br><br>");
        read("<main id=content><div class=MtnCommentContent><div class=MtnCommentText>" + post
                + "</div></div></main>")
                .keeps("western ferry pier");
    }

    @Test
    void phraseInsideAParagraphStaysWhateverItsClass() {
        read("<article>" + STORY + "<p>\"Will you tell me, <a href=\"javascript:void(0)\" class=popup>where"
                + " you were born?</a>\" the clerk asked the man at the counter of the ferry office.</p></article>")
                .keeps("where you were born?");
    }

    @Test
    void shortParagraphsWrittenAsDivsStay() {
        StringBuilder story = new StringBuilder();
        for (String line : new String[] {"The ferry was late again that morning, and the queue reached the harbour gate.",
                "They both took one.", "“Do you want to come?”",
                "The captain waved the cars aboard one by one while the gulls watched from the rail."}) {
            story.append("<div style=\"margin: 1em 0\"><div><span>").append(line).append("</span></div></div>");
        }
        read("<div class=chapter-content>" + story + story + "</div>")
                .keeps("They both took one.", "“Do you want to come?”");
    }

    @Test
    void pictureLegendsWrittenAsParagraphsWithTheirCreditAreLeftOut() {
        read("<div class=wrap><div class=pic><img src=a.jpg><div>The western pier at low tide. © AFP / Jane Doe"
                + "</div></div>" + STORY + "<p>Engineers on the pier last week. (Foto: Harbour Office)</p>"
                + "<p>The cracked pile seen from a boat (jdoe / iStock.com)</p></div>")
                .keeps("western ferry pier")
                .drops("low tide", "Engineers on the pier", "seen from a boat");
    }

    @Test
    void storyParagraphThatNamesItsSourceInBracketsStays() {
        read("<div class=wrap>" + STORY + "<p>Support for the repairs rose to 64 percent in a poll taken"
                + " after the vote (Harbour Gazette / Ipsos).</p></div>")
                .keeps("Support for the repairs rose");
    }
}
