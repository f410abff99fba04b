package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.text.Dateline;
import dev.byline.text.Document;
import dev.byline.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wire dateline ("ROTTERDAM, March 3 (Northwind) —") or a byline opening the story is never a quote's speaker:
 * the quote rules read the body the text layer leaves once it has found them. Notebook 07 once showed the dateline
 * of its saved page as a speaker; the page and sentences in its shape are checked here.
 */
class DatelineIsNeverASpeakerTest {
    @TempDir
    Path dir;

    private static void assertNoSpeakerIn(Document d, Span span, List<Quote> quotes) {
        assertFalse(quotes.isEmpty(), "the test needs quotes to look at");
        for (Quote q : quotes) {
            Optional<Span> s = q.speakerSpan();
            if (s.isPresent()) {
                assertTrue(s.get().end() <= span.start() || s.get().start() >= span.end(),
                        q + " takes its speaker from " + span.text());
            }
            assertFalse(q.speakerName().orElse("").contains("ROTTERDAM"), q.toString());
            assertFalse(q.speakerName().orElse("").contains("Northwind"), q.toString());
        }
    }

    @Test
    void theSavedPagesDatelineIsNoSpeaker() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/web/harbour-story.html")) {
            Files.write(dir.resolve("harbour.html"), in.readAllBytes());
        }
        Document d = Corpus.load(dir).get("harbour");
        Dateline line = d.layout().dateline().orElseThrow();
        assertEquals("ROTTERDAM, March 3 (Northwind) \u2014", line.span().text());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), line.date(), "the year from the page's publication date");
        assertNoSpeakerIn(d, line.span(), Quotes.find(d));
    }

    @Test
    void aQuoteRightAfterTheDatelineTakesItsSpeakerFromTheSentence() {
        Document d = Document.of("wire", "Harbour plan splits council\n\nROTTERDAM, March 3 (Northwind) \u2014 "
                + "\u201cWe cannot pay for this channel alone,\u201d the mayor said on Monday.\n\nTalks resume next week.\n");
        List<Quote> quotes = Quotes.find(d);
        assertNoSpeakerIn(d, d.layout().dateline().orElseThrow().span(), quotes);
        assertEquals("the mayor", Q.containing(quotes, QuoteKind.FULL, "channel").speaker());
    }

    @Test
    void anUnattributedQuoteAfterTheDatelineHasNoSpeakerRatherThanThePlace() {
        Document d = Document.of("wire", "Harbour plan splits council\n\nROTTERDAM, March 3 (Northwind) \u2014 "
                + "\u201cWe cannot pay for this channel alone.\u201d\n\nTalks resume next week.\n");
        List<Quote> quotes = Quotes.find(d);
        assertNoSpeakerIn(d, d.layout().dateline().orElseThrow().span(), quotes);
        assertEquals(null, Q.containing(quotes, QuoteKind.FULL, "channel").speaker());
    }

    @Test
    void aBylineAndDatelineAboveAQuoteAreNeitherSpeaker() {
        Document d = Document.of("wire", "Harbour plan splits council\nBy Ana Brel, Northwind Press\n\n"
                + "ROTTERDAM (Northwind) \u2014 The port must pay for the dredging, residents told the council.\n\n"
                + "\u201cWe cannot pay for this channel alone.\u201d\n");
        List<Quote> quotes = Quotes.find(d);
        assertNoSpeakerIn(d, d.layout().dateline().orElseThrow().span(), quotes);
        assertNoSpeakerIn(d, d.layout().byline().orElseThrow().span(), quotes);
        assertFalse(quotes.stream().anyMatch(q -> q.speakerName().orElse("").contains("Ana Brel")), quotes.toString());
    }
}
