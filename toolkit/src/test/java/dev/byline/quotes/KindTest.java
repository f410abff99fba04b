package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** full / partial / term / indirect, on sentences in the style of wire copy. */
class KindTest {
    @Test
    void quotedClauseIsFull() {
        List<Quote> qs = Q.in("“We have no money left for roads,” said Mayor Ilse Vogt.");
        assertEquals(QuoteKind.FULL, Q.exactly(qs, "We have no money left for roads,").kind());
    }

    @Test
    void fewAttributedWordsInsideTheWritersSentenceArePartial() {
        List<Quote> qs = Q.in("Governor Sam Okafor said the rival plan was “reckless” and would fail.");
        Quote q = Q.exactly(qs, "reckless");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("Sam Okafor", q.speaker());
    }

    @Test
    void quotedLabelWithoutSpeechIsTerm() {
        List<Quote> qs = Q.in("The agreement, known as the “Baltic compact”, took effect in May.");
        Quote q = Q.exactly(qs, "Baltic compact");
        assertEquals(QuoteKind.TERM, q.kind());
        assertEquals(null, q.speaker());
    }

    @Test
    void scareQuotesWithNoCueAreTerm() {
        List<Quote> qs = Q.in("The firm presents itself as a «green» investor while drilling new wells.");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "green").kind());
    }

    @Test
    void reportedSpeechIsIndirectWithTheClauseAsSpan() {
        String text = "Olga Ivanova said the ministry is preparing for a long winter.";
        List<Quote> qs = Q.in(text);
        Quote q = Q.containing(qs, QuoteKind.INDIRECT, "ministry");
        assertEquals("the ministry is preparing for a long winter", q.text());
        assertEquals("Olga Ivanova", q.speaker());
        assertEquals("said", q.verb());
        assertEquals("", q.marks());
    }

    @Test
    void reportedSpeechWithTheCueLast() {
        List<Quote> qs = Q.in("Three bridges were damaged in the storm, regional governor Piotr Zielinski said.");
        Quote q = Q.containing(qs, QuoteKind.INDIRECT, "bridges");
        assertEquals("Three bridges were damaged in the storm", q.text());
        assertEquals("Piotr Zielinski", q.speaker());
    }

    @Test
    void reportedSpeechAfterThatAndAListener() {
        List<Quote> qs = Q.in("Finance chief Mei Lin told investors that margins would recover by autumn.");
        Quote q = Q.containing(qs, QuoteKind.INDIRECT, "margins");
        assertEquals("margins would recover by autumn", q.text());
        assertEquals("Mei Lin", q.speaker());
    }

    @Test
    void wireStyleWeekdayAfterTheVerbIsNotPartOfTheReport() {
        List<Quote> qs = Q.in("Mayor Carmen Vidal said Tuesday the city would close two libraries.");
        Quote q = Q.containing(qs, QuoteKind.INDIRECT, "libraries");
        assertEquals("the city would close two libraries", q.text());
        assertEquals("Carmen Vidal", q.speaker());
    }

    @Test
    void instructionIsNotReportedSpeech() {
        List<Quote> qs = Q.in("The coach told the players to rest before the final.");
        assertTrue(qs.isEmpty(), () -> "found " + qs);
    }

    @Test
    void fullDirectQuoteIsNotAlsoReportedAsIndirect() {
        List<Quote> qs = Q.in("“Our doors stay open to everyone,” Bishop Tomas Kral said.");
        assertEquals(1, qs.size(), () -> "found " + qs);
    }
}
