package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Wire datelines and bylines become the document's place, date, agency and authors, and leave the body. */
class DatelineAndBylineTest {
    private static final String BODY = "Dock workers voted to end their strike on Tuesday, the union said.\n\n"
            + "Talks on pensions will resume next week.\n";

    private static Document doc(String raw) {
        return Document.of("d", raw);
    }

    private static Dateline dateline(String firstLine) {
        Document d = doc("Velmora strike ends\n\n" + firstLine + BODY);
        Dateline line = d.layout().dateline().orElseThrow(() -> new AssertionError("no dateline in: " + firstLine));
        assertEquals(line.span().text(), d.raw().substring(line.span().start(), line.span().end()));
        assertTrue(d.paragraphs().get(0).text().startsWith("Dock workers"), d.paragraphs().get(0).text());
        return line;
    }

    @Test
    void placeAndAgencyInBracketsBeforeAHyphen() {
        Dateline d = dateline("VELMORA (Harbour Wire) - ");
        assertEquals("VELMORA", d.place());
        assertEquals("Harbour Wire", d.agency());
        assertEquals("VELMORA (Harbour Wire) -", d.span().text());
    }

    @Test
    void aHeadlineEndingInAFullStopAboveADatelineIsStillTheHeadline() {
        Document d = doc("Velmora strike ends after talks.\n\nVELMORA, Dec. 8 (Harbour Wire) \u2014 " + BODY);
        assertEquals(Optional.of("Velmora strike ends after talks."), d.layout().title().map(Span::text));
        assertEquals("VELMORA", d.layout().dateline().orElseThrow().place());
        assertTrue(d.paragraphs().get(0).text().startsWith("Dock workers"), d.paragraphs().get(0).text());
    }

    @Test
    void aFirstSentenceEndingInAFullStopWithoutADatelineIsBody() {
        Document d = doc("Dock workers voted to end their strike.\n\nTalks on pensions will resume next week.\n");
        assertEquals(Optional.empty(), d.layout().title());
    }

    @Test
    void placeAndADateWithoutItsYear() {
        Dateline d = dateline("NEW YORK, Feb 26 - ");
        assertEquals("NEW YORK", d.place());
        assertEquals(Optional.empty(), d.date(), "no year, no date");
    }

    private static Dateline datelineOf(String firstLine, Map<String, String> metadata) {
        return Document.of("d", "Velmora strike ends\n\n" + firstLine + BODY, metadata).layout().dateline()
                .orElseThrow(() -> new AssertionError("no dateline in: " + firstLine));
    }

    @Test
    void aDateWithoutItsYearTakesTheYearOfPublication() {
        Dateline d = datelineOf("NEW YORK, Feb 26 - ", Map.of("published", "2025-03-01T08:00:00Z"));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 26)), d.date());
        assertEquals("NEW YORK", d.place());
        Dateline agency = datelineOf("ROTTERDAM, March 3 (Northwind) \u2014 ", Map.of("date", "2026-03-03"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), agency.date(), "filed the day it was published");
        assertEquals("ROTTERDAM", agency.place());
        assertEquals("Northwind", agency.agency());
    }

    @Test
    void aDateWithoutItsYearIsNeverAfterPublication() {
        // filed on 30 December, published on 2 January: the year before
        Dateline d = datelineOf("NEW YORK, Dec 30 - ", Map.of("date", "2026-01-02"));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 30)), d.date());
        Dateline leap = datelineOf("NEW YORK, Feb 29 - ", Map.of("date", "2026-03-01"));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), leap.date(), "the last 29 February before publication");
    }

    @Test
    void aDateWithoutItsYearAndNoPublicationDateKeepsPlaceAndAgency() {
        Dateline d = datelineOf("ROTTERDAM, March 3 (Northwind) \u2014 ", Map.of("date", "not a date"));
        assertEquals(Optional.empty(), d.date());
        assertEquals("ROTTERDAM", d.place());
        assertEquals("Northwind", d.agency());
    }

    @Test
    void placeDateAndAgencyBeforeAnEmDash() {
        Dateline d = dateline("ROTTERDAM, March 3, 2026 (Northwind) \u2014 ");
        assertEquals("ROTTERDAM", d.place());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), d.date());
        assertEquals("Northwind", d.agency());
    }

    @Test
    void aDateAloneWithItsYear() {
        Dateline d = dateline("March 3, 2026 \u2014 ");
        assertEquals("", d.place());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), d.date());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), doc("Velmora strike ends\n\nMarch 3, 2026 \u2014 " + BODY).date());
    }

    @Test
    void theEarlierFormsStillRead() {
        assertEquals("OSTMARK", dateline("date 2026-02-10 OSTMARK \u2014 ").place());
        Dateline region = dateline("KELD, Norland (NW) \u2014 ");
        assertEquals("KELD, Norland", region.place());
        assertEquals("NW", region.agency());
    }

    @Test
    void capitalsAndAHyphenAloneAreNotADateline() {
        Document d = doc("Velmora strike ends\n\nUS - Norland talks resumed on Monday, officials said.\n\nMore later.\n");
        assertTrue(d.layout().dateline().isEmpty());
    }

    @Test
    void aBylineWithAnAgencyIsNeverTheTitle() {
        Document d = doc("Velmora strike ends after three weeks\nBy Ana Brel, Northwind Press\n\nVELMORA \u2014 " + BODY);
        assertEquals("Velmora strike ends after three weeks", d.title().orElseThrow());
        Byline b = d.layout().byline().orElseThrow();
        assertEquals(List.of("Ana Brel"), b.authors());
        assertEquals("Northwind Press", b.credit());
        assertEquals(List.of("Ana Brel"), d.authors());
        assertEquals(Optional.of("Northwind Press"), d.agency());
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.text().contains("Ana Brel")), "the byline is not body text");
    }

    @Test
    void aBylineAboveTheTitleLeavesTheTitleToTheNextLine() {
        Document d = doc("By ANA BREL and Tom Vale\n\nVelmora strike ends after three weeks\n\n" + BODY);
        assertEquals("Velmora strike ends after three weeks", d.title().orElseThrow());
        assertEquals(List.of("ANA BREL", "Tom Vale"), d.authors());
        assertEquals(Optional.empty(), d.agency());
    }

    @Test
    void nameBarOutletAndSeveralNamesRead() {
        Document bar = doc("Velmora strike ends\nAna Brel | The Velmora Courier\n\n" + BODY);
        assertEquals(List.of("Ana Brel"), bar.authors());
        assertEquals(Optional.of("The Velmora Courier"), bar.agency());
        Document three = doc("Velmora strike ends\nBy Ana Brel, Tom Vale and Ida Moss\n\n" + BODY);
        assertEquals(List.of("Ana Brel", "Tom Vale", "Ida Moss"), three.authors());
        assertEquals(Optional.empty(), three.agency());
    }

    @Test
    void theDatelineAgencyIsTheDocumentsAgencyAndMetadataComesFirst() {
        assertEquals(Optional.of("Harbour Wire"), doc("Velmora strike ends\n\nVELMORA (Harbour Wire) - " + BODY).agency());
        Document given = Document.of("d", "Velmora strike ends\n\nVELMORA (Harbour Wire) - " + BODY,
                java.util.Map.of("agency", "Ostmark Press", "authors", "Ana Brel; Tom Vale"));
        assertEquals(Optional.of("Ostmark Press"), given.agency());
        assertEquals(List.of("Ana Brel", "Tom Vale"), given.authors());
    }

    @Test
    void aSentenceOpeningWithByIsBodyText() {
        Document d = doc("Velmora strike ends\n\nBy Tuesday the port was quiet again, the union said.\n\nMore later.\n");
        assertTrue(d.layout().byline().isEmpty());
        assertEquals(2, d.paragraphs().size());
    }
}
