package dev.byline.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The small news story the page-shape tests wrap in furniture, and what the extractor reads from a page, with the
 * checks those tests make on it.
 *
 * <pre>{@code
 * read("<article>" + STORY + "</article><nav>Home</nav>").keeps("western ferry pier").drops("Home");
 * }</pre>
 */
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
        return read(html).text();
    }

    /** What the extractor reads from {@code html} put in a page's body; fails if no article is found. */
    static Read read(String html) {
        return readPage("<html><body>" + html + "</body></html>");
    }

    /** What the extractor reads from the whole page {@code html}; fails if no article is found. */
    static Read readPage(String html) {
        return new Read(ArticleExtractor.extract(html, "").article().orElseThrow().text());
    }

    /** An extracted article's text; each check fails the test with the whole text in its message. */
    record Read(String text) {
        /** Checks that each phrase is in the text. */
        Read keeps(String... phrases) {
            for (String p : phrases) {
                assertTrue(text.contains(p), () -> "lost \"" + p + "\" from: " + text);
            }
            return this;
        }

        /** Checks that no phrase is in the text. */
        Read drops(String... phrases) {
            for (String p : phrases) {
                assertFalse(text.contains(p), () -> "kept \"" + p + "\" in: " + text);
            }
            return this;
        }

        /** Checks that the text opens with {@code start}. */
        Read startsWith(String start) {
            assertTrue(text.startsWith(start), text);
            return this;
        }

        /** Checks that the text ends with {@code end}. */
        Read endsWith(String end) {
            assertTrue(text.endsWith(end), text);
            return this;
        }
    }
}
