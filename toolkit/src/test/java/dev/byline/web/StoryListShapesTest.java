package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static dev.byline.web.StoryPage.read;

import org.junit.jupiter.api.Test;

/**
 * Lists and tables of short facts inside a story's container ({@link StoryLists}): a recipe's ingredients under a label,
 * a product's facts in a two-column table whose cells an editor wrapped in empty divisions. Their entries are short
 * and carry no sentence, as a box of labels does; they are read with the story when they are text, not links, and
 * plain lines, not cards. Each page is our own, written in the shape such pages have.
 */
class StoryListShapesTest {
    private static final String BAKE = "<p>The bakery on Quay Street has sold its lemon cake every Saturday since 1987,"
            + " and the owner says the recipe has not changed in all that time, apart from less sugar.</p>"
            + "<p>She agreed to share it for the festival, on one condition: that nobody calls it a drizzle cake, because"
            + " the syrup goes on while the cake is still hot and soaks right through.</p>";

    @Test
    void ingredientsUnderALabelAreReadWithTheRecipe() {
        read("<article>" + BAKE + "<div class=recipe-box><div class=recipe-label>Zutaten</div><ul>"
                + "<li>250 g Mehl</li><li>3 Eier</li><li>1 Zitrone</li><li>100 g Zucker</li></ul></div>"
                + "<p>Heat the oven to 180 degrees and beat the eggs with the sugar until pale, then fold in the flour"
                + " and the grated peel of the lemon.</p></article>")
                .keeps("250 g Mehl", "3 Eier", "100 g Zucker", "Heat the oven");
    }

    @Test
    void factsInACellTableAnEditorWrappedAreReadWithTheStory() {
        // the cells hold empty divisions (an editor's leftovers), so the table is laid out cell by cell, not as rows
        read("<div class=entry-content>" + BAKE + "<table>"
                + "<tr><td><strong>Origin</strong></td><td><div></div>Sidamo, Ethiopia</td></tr>"
                + "<tr><td><strong>Aroma</strong></td><td><div></div>Red berries, citrus, sweet</td></tr>"
                + "<tr><td><strong>Process</strong></td><td><div></div>Hand-picked, washed, sun-dried</td></tr>"
                + "</table><p>The beans are roasted on the premises every Thursday and sold by the bag at the counter,"
                + " ground to order.</p></div>")
                .keeps("Red berries, citrus, sweet", "Hand-picked, washed, sun-dried", "roasted on the premises");
    }

    @Test
    void cardsOfOtherStoriesWithoutLinkTextStayOut() {
        // teaser cards: a picture, a kicker and a headline each, their links on the picture (no link text)
        String card = "<li><div class=image><a href=/s/%1$d></a><img src=/i/%1$d.jpg></div><div class=text>"
                + "<div class=topline>Harbour news %1$d</div><div class=title>Ferry fares %1$d</div></div></li>";
        read("<article>" + STORY + "<div class=similar><div class=label>Similar</div><ul>" + String.format(card, 1)
                + String.format(card, 2) + String.format(card, 3) + "</ul></div></article>")
                .keeps("temporary platform")
                .drops("Harbour news 2", "Ferry fares 3");
    }

    @Test
    void aListOfLinksStaysOut() {
        read("<article>" + STORY + "<div class=more><div class=label>More</div><ul><li><a href=/a>Ferry timetable</a>"
                + "</li><li><a href=/b>Pier history</a></li><li><a href=/c>Fishing permits</a></li></ul></div></article>")
                .keeps("temporary platform")
                .drops("Pier history", "Fishing permits");
    }
}
