package dev.byline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/web/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Article harbour() throws IOException {
        String html = new String(fixture("harbour-story.html"), StandardCharsets.UTF_8);
        return ArticleExtractor.extract(html, "https://courier.example/x").article().orElseThrow();
    }

    @Test
    void storyBodyKeepsItsParagraphsAndSubheadingInOrder() throws IOException {
        List<String> p = harbour().paragraphs();
        assertTrue(p.get(0).startsWith("ROTTERDAM, March 3 (Northwind) — A plan to deepen"), p.get(0));
        assertTrue(p.contains("Environmental concerns"));
        assertTrue(p.get(p.size() - 1).startsWith("A vote is expected before the end of the month."));
        assertEquals(7, p.size(), String.join("\n", p));
    }

    @Test
    void furnitureAroundTheStoryIsLeftOut() throws IOException {
        String text = harbour().text();
        for (String junk : List.of("cookies", "Share on Facebook", "Advertisement", "Port traffic rises",
                "Typical council", "All rights reserved", "A dredger at work", "Sport")) {
            assertFalse(text.contains(junk), junk + " should not be in the body:\n" + text);
        }
    }

    @Test
    void metadataComesFromJsonLdGraphAndOpenGraph() throws IOException {
        Article a = harbour();
        assertEquals("Harbour dredging plan splits Rotterdam council", a.title());
        assertEquals(List.of("Marta Visser", "Tom Okafor"), a.authors());
        assertEquals("2026-03-03T09:15+01:00", a.published());
        assertEquals("2026-03-03T11:40+01:00", a.modified());
        assertEquals("The Northwind Courier", a.outlet());
        assertEquals("en-GB", a.language());
        assertEquals("Business", a.section());
        assertEquals("https://courier.example/business/2026/03/03/harbour-dredging-plan", a.url());
        assertEquals("Councillors disagree over who pays for deepening the western channel.", a.description());
    }

    @Test
    void homePageOfTeasersIsNoArticle() throws IOException {
        Extraction x = ArticleExtractor.extract(new String(fixture("home-page.html"), StandardCharsets.UTF_8), "");
        assertTrue(x.article().isEmpty());
        assertTrue(x.reason().startsWith("no article found"), x.reason());
    }

    @Test
    void emptyBodyIsNoArticle() {
        Extraction x = ArticleExtractor.extract("<html><head><title>Sign in</title></head><body></body></html>", "");
        assertTrue(x.article().isEmpty());
    }

    @Test
    void visibleBylineServesWhenThePageHasNoMetadata() {
        String html = "<html><body><div class=main><h1>Ferry fares rise</h1><p class=byline>By Jane Doe</p>"
                + "<p>" + "Ferry fares on the island routes will rise by four percent from April, the operator said. ".repeat(4)
                + "</p></div></body></html>";
        Article a = ArticleExtractor.extract(html, "").article().orElseThrow();
        assertEquals(List.of("Jane Doe"), a.authors());
        assertEquals("Ferry fares rise", a.title());
    }
}
