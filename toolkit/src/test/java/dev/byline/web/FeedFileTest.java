package dev.byline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedFileTest {
    static Path resource(String name) throws URISyntaxException {
        return Path.of(FeedFileTest.class.getResource("/web/" + name).toURI());
    }

    @Test
    void rssItemsBecomeArticlesWithFullContentWhenGiven() throws URISyntaxException {
        WebRead read = FeedFile.read(resource("newsroom.rss"));
        assertEquals(2, read.articles().size());
        Article first = read.articles().get(0).article();
        assertEquals("Harbour dredging plan splits Rotterdam council", first.title());
        assertEquals(List.of("Councillors disagree over who pays for deepening the western channel."), first.paragraphs());
        assertEquals("2026-03-03T08:15:00Z", first.published());
        assertEquals(List.of("Marta Visser"), first.authors());
        assertEquals("The Northwind Courier: Business", first.outlet());
        Article second = read.articles().get(1).article();
        assertEquals(2, second.paragraphs().size());
        assertTrue(second.text().startsWith("The ferry operator serving the northern islands"));
        assertEquals("https://courier.example/business/2026/03/02/ferry-night-crossings", second.url());
    }

    @Test
    void atomEntryKeepsAuthorLinkAndHtmlContent() throws URISyntaxException {
        WebRead read = FeedFile.read(resource("updates.atom"));
        Article a = read.articles().get(0).article();
        assertEquals(List.of("Lena Brandt"), a.authors());
        assertEquals("https://wire.example/2026/03/04/bridge-repairs", a.url());
        assertEquals("2026-03-04T08:30:00Z", a.published());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void fileThatIsNotXmlIsOneProblem() throws URISyntaxException {
        WebRead read = FeedFile.read(resource("not-a-feed.rss"));
        assertTrue(read.articles().isEmpty());
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).message().startsWith("not an RSS or Atom feed"), read.problems().toString());
    }
}
