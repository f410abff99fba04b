package dev.byline.web;

import static dev.byline.web.StoryPage.readPage;

import org.junit.jupiter.api.Test;

/**
 * A page whose JSON-LD {@code articleBody} guides the choice of paragraphs and holds the headlines of a box of related
 * stories the editor set inside the story (the CMS writes the box's text into the body it states): a line that is all
 * link is left out there as it is in the container's reading. The page is our own.
 */
class GuidedLinksShapesTest {
    private static final String[] PARAGRAPHS = {
        "The council voted on Tuesday to close the western ferry pier for repairs that engineers said could not wait.",
        "Cracks were found in two of its piles during the autumn survey, the harbour engineer told the meeting.",
        "Ferry services will move to the eastern landing from Monday, the operator said in a statement on Wednesday.",
        "Residents who use the pier for fishing asked for a temporary platform while the repairs are carried out."};
    private static final String[] RELATED = {
        "Harbour master retires after forty years at the western pier", "Ferry fares to rise in the spring, operator says"};

    @Test
    void relatedHeadlinesTheStatedBodyHoldsAreLeftOut() {
        String stated = String.join("\\n", PARAGRAPHS[0], PARAGRAPHS[1], "Related", RELATED[0], RELATED[1], PARAGRAPHS[2],
                PARAGRAPHS[3]);
        StringBuilder box = new StringBuilder("<div class=box><span>Related</span><ul>");
        for (int i = 0; i < RELATED.length; i++) {
            box.append("<li><a href=\"/2026/03/story-").append(i).append("\"><img src=/r").append(i).append(".jpg><span>")
                    .append(RELATED[i]).append("</span></a></li>");
        }
        box.append("</ul></div>");
        readPage("<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Pier to close\","
                + "\"articleBody\":\"" + stated + "\"}</script></head><body><article><h1>Pier to close</h1><p>" + PARAGRAPHS[0]
                + "</p><p>" + PARAGRAPHS[1] + "</p>" + box + "<p>" + PARAGRAPHS[2] + "</p><p>" + PARAGRAPHS[3] + "</p>"
                + "</article></body></html>")
                .keeps("autumn survey", "eastern landing", "temporary platform")
                .drops("Harbour master retires", "Ferry fares to rise");
    }
}
