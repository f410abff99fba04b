package dev.byline.web;

import static dev.byline.web.StoryPage.read;

import org.junit.jupiter.api.Test;

/**
 * A how-to set as a run of same-shape steps, some of them one short sentence ({@link StoryParts}), and the row of
 * controls that stays an island. The page is our own, in the shape how-to sites give their steps.
 */
class StoryPartsShapesTest {
    private static final String[] STEPS = {
        "Measure the width of the window box and cut the liner about two centimetres smaller than the box all round.",
        "Fill the box.",
        "Water it well.",
        "Set the taller plants at the back of the box and the trailing ones at the front, so they spill over the edge.",
        "Press the compost down firmly around each plant with your fingers, leaving no gaps between the root balls.",
        "Hang the box on its brackets and check every screw before you let go of it, as a full box is very heavy."};

    private static String howTo(String after) {
        StringBuilder page = new StringBuilder("<article><h1>How to plant a window box</h1><p>A window box brings colour"
                + " to a flat with no garden, and planting one takes an afternoon and a few tools from the shed.</p><div class=steps>");
        for (int i = 0; i < STEPS.length; i++) {
            page.append("<div class=step><div class=body><span class=label>Step ").append(i + 1).append("</span><p>")
                    .append(STEPS[i]).append("</p></div></div>");
        }
        return page.append("</div>").append(after).append("</article>").toString();
    }

    @Test
    void shortStepsAmongLongerOnesStay() {
        read(howTo("")).keeps("Measure the width", "Fill the box.", "Water it well.", "Hang the box");
    }

    @Test
    void aRowOfControlsAfterTheStepsStaysOut() {
        read(howTo("<div class=tools><div class=rate><span>Rate</span></div><div class=rate><span>Save</span></div>"
                + "<div class=rate><span>Print</span></div></div>"))
                .keeps("Fill the box.", "Hang the box")
                .drops("Rate", "Save");
    }
}
