package dev.byline.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.text.Document;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Credit and direction when outlets are given as web addresses and pages carry a scraper's chrome: the shapes of
 * real wire pickups (bench/provenance/helsinki-pairs.tsv), written here with the invented Northwind story.
 */
class WebOutletCreditTest {
    private static final String WIRE = TestTexts.resource("journalist/wire.txt");
    /** The wire story's body without its dateline, and without its "told Northwind" (which would name the wire). */
    private static final String BODY = WIRE.substring(WIRE.indexOf("PORT ELLEN (Northwind) — ") + "PORT ELLEN (Northwind) — ".length())
            .replace(" told Northwind", " said");

    @Test
    void anOutletGivenAsAWebAddressIsCreditedByItsNameInWords() {
        assertTrue(OutletNames.same("The Washington Post", "washingtonpost.com"));
        assertTrue(OutletNames.same("USA TODAY", "https://www.usatoday.com/news/"));
        assertTrue(OutletNames.same("Los Angeles Times", "latimes.com"));
        assertTrue(OutletNames.same("BBC News NI", "bbc.co.uk"));
        assertTrue(OutletNames.sameOutlet("bbc.co.uk", "bbc.com"));
        assertFalse(OutletNames.same("CBS News", "news.google.com"), "a subdomain is not the site");
        assertFalse(OutletNames.same("Washington Times", "washingtonpost.com"));
        assertEquals(Optional.of("Washington Post"), OutletNames.namedIn("By Anton Troianovski Washington Post\n\nHELSINKI — ...",
                "washingtonpost.com"));
    }

    @Test
    void aCopyUnderTheOriginatorsBylineCreditsItEvenWhenTheCopysPageIsLonger() {
        Document original = Document.of("post", "Ferry strike strands commuters\n\nBy Ana Lobo\n\n" + BODY,
                Map.of("outlet", "northwindpost.com"));
        // The copy's page kept menus and a sign-up box: more words than the original.
        Document copy = Document.of("copy", "Menu\n\nWeather\n\nFerry strike strands commuters\n\nBy ANA LOBO, Northwind Post\n\n" + BODY
                + "\n\nSign up for our morning newsletter and get the day's top stories in your inbox, every weekday.\n\n"
                + "Share this story on Facebook, Twitter and by email with your friends and family.\n",
                Map.of("outlet", "harbourtv.com"));
        SourceGuess g = Similarity.source(original, copy);
        assertEquals("post", g.source().map(Document::id).orElse("none"), g.evidence());
        assertEquals(Credit.YES, g.credit(), g.evidence());
    }

    @Test
    void aPickupCreditingAWireIsNotNamedTheSourceOfAnotherPickupThatDoesNotNameIt() {
        Document credited = Document.of("times", "Ferry strike strands commuters\n\nPORT ELLEN (Northwind) — " + BODY,
                Map.of("outlet", "Harbour Times"));
        Document bare = Document.of("fox", "Ferry strike strands commuters\n\n" + BODY.replaceFirst("\\n\\n[^\\n]*\\n*$", "\n"),
                Map.of("outlet", "Metro Pulse"));
        SourceGuess g = Similarity.source(credited, bare);
        assertTrue(g.source().isEmpty(), "no accusation between two takes on one wire story: " + g.evidence());
        assertTrue(g.evidence().contains("credits Northwind"), g.evidence());
    }

    @Test
    void agencyBylinesOfWireCopyAreReadAsCredits() {
        assertEquals(Optional.of("Reuters"), BylineAgencies.organisationByline("Golf before the summit\n\nBy Reuters\n\nJuly 15\n", 2000));
        assertEquals(Optional.of("Associated Press"), BylineAgencies.organisationByline(
                "Arms talks\n\nBy ROBERT BURNS -          Associated Press -     Saturday, July 14, 2018\n", 2000));
        assertEquals(Optional.empty(), BylineAgencies.organisationByline("By Ana Lobo\n", 2000), "a person's byline");
        assertEquals("AP", BylineAgencies.agency("AP National Security Writer"));
        assertEquals("Associated Press", BylineAgencies.agency("Associated Press Writer"));
    }

    @Test
    void aReporterInAPlaceContributingIsNotACreditToThePlace() {
        Document d = Document.of("d", BODY + "\n\nMaren Tulloch in Port Ellen and Ana Lobo in Brussels contributed to this report.\n");
        assertFalse(Credits.creditLines(d).contains("Brussels"), Credits.creditLines(d).toString());
    }
}
