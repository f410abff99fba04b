package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Stories told in a gallery ({@link GalleryLegends}): each slide a picture with a legend of running text, which the
 * cleaner would remove by the gallery's name and the scorer would leave out as a caption. The legends are read as the
 * story; a story's own figures with their captions, cards of other stories and the gallery's counters are not. Each
 * page is our own, written in the shape such pages have.
 */
class GalleryLegendShapesTest {
    private static final String INTRO = "<p>Five costumes you can make tonight from what is already in the wardrobe.</p>";

    /** A slide of a named slideshow: a picture and a figure's legend of two sentences. */
    private static String slide(int n, String legend) {
        return "<div class=slide><figure><img src=/c/" + n + ".jpg><figcaption><p>" + legend + "</p></figcaption>"
                + "</figure><button>Next</button></div>";
    }

    @Test
    void legendsOfANamedSlideshowAreTheStory() {
        read("<article><h1>Costumes</h1>" + INTRO + "<div class=slideshow>"
                + slide(1, "The lighthouse keeper: a yellow raincoat, rubber boots and a torch held high all evening.")
                + slide(2, "The night owl: a brown jumper, round glasses drawn in felt pen and a pair of paper ears.")
                + slide(3, "The beekeeper: a white boiler suit, a sun hat with a net and a jar of honey to hand out.")
                + "</div></article>")
                .keeps("yellow raincoat", "round glasses drawn in felt pen", "a jar of honey")
                .drops("Next");
    }

    @Test
    void legendsOfPicturesThatFillTheirTrackAreTheStoryWithoutTheCounters() {
        // no gallery name: the slides are all their parent holds; "Full screen" and "Picture N of 4" repeat per slide
        StringBuilder track = new StringBuilder("<div class=track>");
        String[] legends = {"Wet snow slid off the sunny slopes on Tuesday afternoon, as the warm air reached 2500 metres.",
            "On the shaded side the old crust still held, and skiers found firm turns in the gullies until noon.",
            "A small slab broke under the fifth skier of a group, stopped short of the valley floor, and nobody was hurt.",
            "By Friday a cold front had frozen the surface again, and the danger level came down to moderate."};
        for (int i = 0; i < legends.length; i++) {
            track.append("<div class=item><div class=box><img src=/p/").append(i).append(".jpg>")
                    .append("<a class=zoom href=/p/").append(i).append(".jpg>Full screen</a></div>")
                    .append("<div class=count>Picture ").append(i + 1).append(" of 4</div>")
                    .append("<div class=caption-box><div class=image-caption>").append(legends[i]).append("</div></div></div>");
        }
        read("<main><h1>Snow report</h1>" + STORY + track + "</div>" + STORY.replace("council", "board") + "</main>")
                .keeps("Wet snow slid off", "firm turns in the gullies", "nobody was hurt", "danger level came down")
                .drops("Full screen", "Picture 2 of 4");
    }

    @Test
    void aStorysFiguresAmongItsParagraphsKeepTheirCaptionsOut() {
        String figure = "<div class=wp-caption><img src=/f/%s.jpg><p class=wp-caption-text>%s</p></div>";
        read("<article>" + String.format(figure, 1, "The council chamber during the vote on the pier, seen from the"
                + " public gallery on Tuesday.") + STORY
                + String.format(figure, 2, "Cracks in two of the pier's piles, photographed by the engineers at low"
                + " tide last month.") + STORY.replace("council", "board")
                + String.format(figure, 3, "The eastern landing, where the ferries will tie up from Monday while the"
                + " work goes on.") + "</article>")
                .keeps("temporary platform")
                .drops("public gallery on Tuesday", "photographed by the engineers", "where the ferries will tie up");
    }

    @Test
    void cardsOfOtherStoriesInARowAreNoGallery() {
        // a teaser is a picture, a headline and an excerpt: unfolded, its excerpt would pass for a paragraph of a story
        String card = "<article class=teaser><figure><a href=/t/%1$d><img src=/t/%1$d.jpg></a></figure><div class=description>"
                + "<h2>Reader test %1$d</h2><div class=text><p>%2$s</p></div><a href=/t/%1$d>Results</a></div></article>";
        Element body = Jsoup.parse("<section class=module>"
                + String.format(card, 1, "Two thousand readers tried the new harbour ferry and told us what they made of it.")
                + String.format(card, 2, "Five hundred anglers fished from the temporary platform for a week, and most liked it.")
                + String.format(card, 3, "Our readers rode the night bus to the eastern landing and timed every one of its stops.")
                + "</section>").body();
        String before = body.html();
        GalleryLegends.unfold(body);
        assertEquals(before, body.html());
    }
}
