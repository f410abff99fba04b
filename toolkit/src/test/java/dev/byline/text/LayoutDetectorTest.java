package dev.byline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.RealCorpus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutDetectorTest {

    @Test
    void leadingDatelineGivesDateAndPlaceAndIsNotBodyText() {
        Document d = Document.of("d", " date 2026-02-10 LONDON — Russian President Vladimir Putin has no desire.\n\nSecond.");
        Dateline dl = d.layout().dateline().orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 10), dl.date().orElseThrow());
        assertEquals("LONDON", dl.place());
        assertEquals("date 2026-02-10 LONDON —", dl.span().text());
        assertEquals(LocalDate.of(2026, 2, 10), d.date().orElseThrow());
        assertTrue(d.paragraphs().get(0).text().startsWith("Russian President"));
        assertFalse(d.tokens().stream().anyMatch(t -> t.text().equals("LONDON")));
    }

    @Test
    void wireStyleDatelineWithAgencyIsRecognised() {
        Document d = Document.of("d", "KYIV, Ukraine (AP) — Russia launched drones overnight.");
        Dateline dl = d.layout().dateline().orElseThrow();
        assertEquals("KYIV, Ukraine", dl.place());
        assertTrue(dl.date().isEmpty());
        assertEquals("Russia launched drones overnight.", d.paragraphs().get(0).text());
    }

    @Test
    void ordinaryOpeningIsNotMistakenForADateline() {
        assertTrue(Document.of("d", "NATO allies met on Tuesday.").layout().dateline().isEmpty());
    }

    @Test
    void shortFirstLineWithoutPeriodIsTheTitle() {
        Document d = Document.of("d", "Kremlin staging under the guise of peace talks\n\nDespite contacts, the Kremlin is firm.");
        assertEquals("Kremlin staging under the guise of peace talks", d.title().orElseThrow());
        assertEquals(1, d.paragraphs().size());
    }

    @Test
    void firstLineEndingInAPeriodIsNotATitle() {
        Document d = Document.of("d", "The talks did not produce a ceasefire.\nThere was progress.");
        assertTrue(d.title().isEmpty());
        assertEquals(2, d.paragraphs().size());
    }

    @Test
    void headlineInTitleCaseIsTheTitleEvenWithAFullStop() {
        // some archives end every headline with a full stop; the capitals still say headline
        Document d = Document.of("d", "Harbour Board Calls the Dredging Plan ‘Reckless.’\n\nThe harbour board said on Monday"
                + " that the plan would harm the river.\n\nIts chair spoke after the vote.");
        assertEquals("Harbour Board Calls the Dredging Plan ‘Reckless.’", d.title().orElseThrow());
        assertEquals(2, d.paragraphs().size());
        Document colon = Document.of("d", "Mayor: Ferry Cuts Are Not on the Table.\n\nThe mayor ruled out cuts.\n\nMore.");
        assertEquals("Mayor: Ferry Cuts Are Not on the Table.", colon.title().orElseThrow());
    }

    @Test
    void sentenceOpeningWithANameIsNotATitleForItsCapitals() {
        Document d = Document.of("d", "Ana Brel left the harbour council on Monday.\n\nShe had served for ten years.");
        assertTrue(d.title().isEmpty());
        assertEquals(2, d.paragraphs().size());
    }

    @Test
    void aSingleLineIsNeverATitle() {
        assertTrue(Document.of("d", "Short line without period").title().isEmpty());
    }

    @Test
    void furnitureLinesAreBoilerplateButStayInTheRawText() {
        String raw = "Rosin said so.\nPublished: undefined\nFollow us on: Facebook, Twitter\n"
                + "Join our official telegram channel (@x) and stay updated\nRead more: other story\nRosin said so.\n";
        Document d = Document.of("d", raw);
        List<BoilerplateLine> b = d.layout().boilerplate();
        assertEquals(List.of("publication-stamp", "social-links", "channel-plug", "read-more", "repeated-line"),
                b.stream().map(x -> x.reason().label()).toList());
        assertEquals(List.of(2, 3, 4, 5, 6), b.stream().map(BoilerplateLine::line).toList());
        assertEquals(1, d.paragraphs().size());
        assertEquals(raw, d.raw());
        for (BoilerplateLine line : b) {
            Span s = line.span();
            assertEquals(raw.substring(s.start(), s.end()), s.text());
        }
    }

    /** Every alternative of every furniture rule, in any case, is still found (the rules are tried only on lines that can match). */
    @Test
    void everyKindOfFurnitureLineIsFoundInAnyCase() {
        List<String> lines = List.of("Published:", "Updated: -", "Last updated", "Posted: null", "Follow us on X",
                "Share this article", "Share on Facebook", "Share: Facebook", "Like us on Facebook", "Find us on Instagram",
                "Connect with us", "Join our Telegram channel", "Subscribe to the newsletter", "Follow the WhatsApp channel",
                "Sign up for our newsletter", "Subscribe for updates", "Read more: x", "Also read: x", "Read also: x",
                "Related: x", "See also: x", "Recommended: x", "Advertisement", "Sponsored", "Sponsored content", "Ad",
                "\u00a9 2026 The Paper", "(c) 2026 The Paper", "Copyright 2026 The Paper");
        for (String line : lines) {
            for (String variant : List.of(line, line.toUpperCase(java.util.Locale.ROOT), line.toLowerCase(java.util.Locale.ROOT))) {
                Document d = Document.of("d", "Rosin said so.\n" + variant + "\nThe talks went on.\n");
                assertEquals(List.of(variant), d.layout().boilerplate().stream().map(b -> b.span().text()).toList(), variant);
            }
        }
    }

    @Test
    void hardWrappedBlocksBecomeOneParagraphEach() {
        StringBuilder text = new StringBuilder();
        for (int b = 0; b < 3; b++) {
            for (int l = 0; l < 4; l++) {
                text.append("block ").append(b).append(" line ").append(l)
                        .append(" of a hard-wrapped plain text article with words\n");
            }
            text.append("and its end.\n\n");
        }
        Document d = Document.of("d", text.toString());
        assertEquals(3, d.paragraphs().size());
        assertTrue(d.title().isEmpty(), "the first wrapped line is not a title");
        assertEquals(3, d.sentences().size());
    }

    @Test
    void paragraphsWithoutBlankLinesAreStillParagraphs() {
        Document d = Document.of("d", "One long paragraph here.\nAnother paragraph there.\nA third one.");
        assertEquals(3, d.paragraphs().size());
    }

    @Test
    void realCorpusLayoutMatchesWhatTheFilesShow() {
        var corpus = RealCorpus.load();
        Document ap = corpus.get("000_fe30a10617dd1251");
        assertEquals("LONDON", ap.layout().dateline().orElseThrow().place());
        assertTrue(ap.layout().title().isEmpty());
        Document herald = corpus.get("001_c4a1383d33ff9dde");
        assertEquals(5, herald.layout().boilerplate().size());
        assertTrue(herald.paragraphs().stream().noneMatch(p -> p.text().startsWith("Published:")));
        Document kremlin = corpus.get("002_a280059d1002da3e");
        assertEquals("Kremlin staging under the guise of peace talks: Putin has no intention of ending the war in Ukraine",
                kremlin.title().orElseThrow());
        assertTrue(corpus.get("003_071642cdc0bd1cb9").title().isEmpty());
        assertTrue(corpus.get("004_3bf5beac004fddcf").title().isEmpty());
    }
}
