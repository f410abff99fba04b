package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visible byline read into the article's authors without what the template sets beside the names in its element: a
 * label, the post's date, time or age, a handle. Each page and line is our own, in the shapes templates give them.
 */
class BylineNameShapesTest {
    private static List<String> authors(String byline) {
        return ArticleExtractor.extract("<html><body><h1>Pier closes for repairs</h1><div class=byline>" + byline
                + "</div><article>" + STORY + "</article></body></html>", "").article().orElseThrow().authors();
    }

    @Test
    void dateTimeAndAgeAfterTheNameAreNotTheName() {
        assertEquals(List.of("Jane Doe"), authors("Jane Doe - Mar 2, 2026 8:02 pm UTC"));
        assertEquals(List.of("Jane Doe"), authors("Jane Doe am 21. April 2026"));
        assertEquals(List.of("Jane Doe"), authors("Jane Doe <span>• 8h</span>"));
        assertEquals(List.of("Jane Doe"), authors("Jane Doe hace 13 horas"));
        assertEquals(List.of("Jane Doe"), authors("Jane Doe March 2, 2026 11:00 PM PST @janedoe"));
        assertEquals(List.of("Jane Doe", "John Roe"), authors("Jane Doe and John Roe, 02.03.2026"));
        assertEquals(List.of("Jane Doe"), authors("Jane Doe Updated: March 3, 2026"));
    }

    @Test
    void labelBeforeTheNameIsNotTheName() {
        assertEquals(List.of("Jane Doe"), authors("Posted by Jane Doe"));
        assertEquals(List.of("Jane Doe"), authors("Veröffentlicht von<a href=/jane>Jane Doe</a>"));
        assertEquals(List.of("Jane Doe"), authors("<span>Author</span><a href=/jane>Jane Doe</a>"));
        assertEquals(List.of("Jane Doe"), authors("Zeige alle Beiträge von Jane Doe"));
    }

    @Test
    void namesAndWhatIsNotADateStay() {
        assertEquals("Jane Doe", BylineNames.of("Jane Doe"));
        assertEquals("Jane Doe, Harbour Gazette", BylineNames.of("Jane Doe, Harbour Gazette"));
        assertEquals("Jane Doe (jane@harbour.example)", BylineNames.of("Jane Doe (jane@harbour.example)"));
        assertEquals("Authority Staff", BylineNames.of("Authority Staff"));
        assertEquals("", BylineNames.of("Posted by"));
    }
}
