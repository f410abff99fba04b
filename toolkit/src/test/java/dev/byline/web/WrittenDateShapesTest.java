package dev.byline.web;

import static dev.byline.web.StoryPage.STORY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The publication date a page writes beside its headline when its markup states none (blogs and small sites), read
 * into the article's {@code published}. Each page is our own, in the shapes such templates give the line.
 */
class WrittenDateShapesTest {
    private static String published(String head, String body, String url) {
        return ArticleExtractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", url).article()
                .orElseThrow().published();
    }

    private static String published(String body) {
        return published("", body, "");
    }

    @Test
    void dateLineUnderTheHeadlineIsThePublicationDate() {
        assertEquals("2026-05-18", published("<h1>Pier closes for repairs</h1><div class=meta>18. Mai 2026 · Georg Kasch</div>"
                + "<article>" + STORY + "</article>"));
        assertEquals("2026-03-02", published("<article><h1>Pier closes for repairs</h1><p><span>Posted on</span> "
                + "<time>March 2, 2026</time> by <a href=/jane>Jane Doe</a></p>" + STORY + "</article>"));
        // a theme that sets the post's headline as an h2, named by the page's title
        assertEquals("2026-02-14", published("<title>Pier closes for repairs | Harbour Notes</title>", ""
                + "<h2>Pier closes for repairs</h2><p>Von Jane Doe, 14.02.2026</p>" + STORY, ""));
    }

    @Test
    void dateSetOverTheHeadlineIsReadWhenNoneFollowsIt() {
        assertEquals("2026-04-09", published("<div class=kicker>Harbour · 9 April 2026</div><h1>Pier closes for repairs</h1>"
                + STORY));
    }

    @Test
    void dateInThePageAddressIsReadWhenThePageWritesNone() {
        assertEquals("2026-03-02", published("", "<h1>Pier closes for repairs</h1>" + STORY,
                "https://harbour.example/2026/03/02/pier-closes/"));
    }

    @Test
    void theDateTheMarkupStatesWins() {
        assertEquals("2026-01-05", published("<meta property=article:published_time content=2026-01-05>",
                "<h1>Pier closes for repairs</h1><p>18. Mai 2026</p>" + STORY, ""));
    }

    @Test
    void datesInTheStorysSentencesAndUpdateLinesAreNotThePublicationDate() {
        // an event the story announces
        assertEquals("", published("<h1>Pier closes for repairs</h1><p>The council will vote on the pier's future at its"
                + " meeting on 12 March 2026 in the town hall.</p>" + STORY));
        // when the page was changed, not when it was published
        assertEquals("", published("<h1>Pier closes for repairs</h1><p>Updated 3 May 2026</p>" + STORY));
        assertEquals("2026-05-02", published("<h1>Pier closes for repairs</h1><p>Published 2 May 2026, updated 3 May 2026</p>"
                + STORY));
        // a date far down the page, after the story's head
        assertEquals("", published("<h1>Pier closes for repairs</h1>" + STORY + STORY + "<p>18.05.2026</p>"));
    }

    @Test
    void writtenFormsAreReadAsDatesAndAmbiguousOnesAreNot() {
        assertEquals(Optional.of(LocalDate.of(2026, 5, 18)), WrittenDates.dateIn("Erstellt am 18.05.2026, 10:15 Uhr"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 2)), WrittenDates.dateIn("Mar. 2nd, 2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 5, 1)), WrittenDates.dateIn("Publié le 1er mai 2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 7)), WrittenDates.dateIn("7 de octubre de 2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 25)), WrittenDates.dateIn("25/03/2026"));
        assertEquals(Optional.empty(), WrittenDates.dateIn("03/04/2026"));   // March 4 or 3 April
        assertEquals(Optional.empty(), WrittenDates.dateIn("31.02.2026"));
        assertEquals(Optional.empty(), WrittenDates.dateIn("Issue 12, 2026"));
    }
}
