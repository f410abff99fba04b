package dev.byline.web;

/** The small news story the page-shape tests wrap in furniture, and the body text the extractor reads from a page. */
final class StoryPage {
    /** Three paragraphs of an invented local story, long enough to be read as an article. */
    static final String STORY = "<p>The council voted on Tuesday to close the western ferry pier for repairs that engineers"
            + " said could not wait another winter, after cracks were found in two of its piles.</p>"
            + "<p>Ferry services will move to the eastern landing from Monday, the operator said, and timetables will"
            + " stay the same for the three weeks the work is expected to take.</p>"
            + "<p>Residents who use the pier for fishing asked for a temporary platform, which the council said it would"
            + " consider at its next meeting in April.</p>";

    private StoryPage() {}

    /** The article text extracted from {@code html} put in a page's body; fails if no article is found. */
    static String body(String html) {
        return ArticleExtractor.extract("<html><body>" + html + "</body></html>", "").article().orElseThrow().text();
    }
}
