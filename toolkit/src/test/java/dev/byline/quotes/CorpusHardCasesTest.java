package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hard cases of the issue, on the real sentences of the bundled corpus. */
class CorpusHardCasesTest {
    static Corpus corpus;

    @BeforeAll
    static void load() {
        corpus = Corpus.load(Path.of("..", "corpus"));
    }

    static List<Quote> quotes(String idPrefix) {
        Document d = corpus.stream().filter(x -> x.id().startsWith(idPrefix)).findFirst().orElseThrow();
        return Quotes.find(d);
    }

    @Test
    void partialQuoteAfterAppositiveIsAttributedToTheFullName() {
        Quote q = Q.exactly(quotes("000"),
                "there is absolutely no discussion about how to really cooperate with the U.S. in a meaningful way.");
        assertEquals("Kaupo Rosin", q.speaker());
        assertEquals("Kaupo Rosin", q.speakerSpan().orElseThrow().text());
        assertEquals("said", q.verb());
    }

    @Test
    void splitQuoteWithPronounGoesToRosinForBothHalves() {
        List<Quote> qs = quotes("000");
        Quote first = Q.exactly(qs, "The lower you go in the food chain,");
        Quote second = Q.exactly(qs, "how bad it is actually on the ground,");
        assertEquals("Kaupo Rosin", first.speaker());
        assertEquals("Kaupo Rosin", second.speaker());
        assertEquals("he", second.speakerSpan().orElseThrow().text());
    }

    @Test
    void spunTextMentionedWithInvertedAppositiveSpeaker() {
        List<Quote> qs = quotes("004");
        Quote q = Q.containing(qs, QuoteKind.FULL, "The state of affairs seems far more beneficial");
        assertEquals("Alexander Gabuev", q.speaker());
        assertEquals("mentioned", q.verb());
        // the floating second half of his quote
        assertEquals("Alexander Gabuev", Q.containing(qs, QuoteKind.FULL, "If the US simply unilaterally").speaker());
    }

    @Test
    void spunTextInstructedIsTold() {
        List<Quote> qs = quotes("004");
        Quote problem = Q.exactly(qs, "a problem");
        assertEquals("Andriy Yermak", problem.speaker());
        assertEquals("instructed", problem.verb());
        assertEquals(QuoteKind.PARTIAL, problem.kind());
        assertEquals("Andriy Yermak", Q.exactly(qs, "take time").speaker());
    }

    @Test
    void guillemetLabelIsATermWithNoSpeaker() {
        Quote q = Q.exactly(quotes("002"), "Anchorage formula");
        assertEquals(QuoteKind.TERM, q.kind());
        assertEquals("«»", q.marks());
        assertNull(q.speaker());
    }

    @Test
    void singleQuotesAroundSpeechButNotApostrophes() {
        List<Quote> qs = quotes("003");
        Quote said = Q.exactly(qs, "You broke my ceasefire; that was your decision.");
        assertEquals(QuoteKind.FULL, said.kind());
        assertEquals("Trump", said.speaker());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "boots on the ground").kind());
        // Putin’s, Russia’s, Ukraine’s … never open a quotation
        assertTrue(Q.direct(qs).stream().noneMatch(q -> q.text().startsWith("s ")), () -> "found " + qs);
    }

    @Test
    void mixedStraightAndCurlyMarksPair() {
        List<Quote> qs = quotes("000");
        assertEquals("\"”", Q.exactly(qs, "outsmart everybody,").marks());
        assertEquals("“\"", Q.exactly(qs, "need their version of events to play out").marks());
        assertEquals("Fiona Hill", Q.exactly(qs, "need their version of events to play out").speaker());
    }

    @Test
    void definiteDescriptionResolvesToTheNamedSpeaker() {
        List<Quote> qs = quotes("000");
        // "… he is “definitely” getting some incorrect information …, the Estonian intelligence chief said."
        assertEquals("Kaupo Rosin", Q.exactly(qs, "definitely").speaker());
        // "…, said the official, who was granted anonymity …"
        assertEquals("a White House official",
                Q.containing(qs, QuoteKind.INDIRECT, "That agreement was evidence").speaker());
    }

    @Test
    void descriptionSpeakerStaysAsWritten() {
        List<Quote> qs = quotes("004");
        assertEquals("a former senior Russian official",
                Q.containing(qs, QuoteKind.FULL, "Putin rid himself of any illusions").speaker());
        assertEquals("a Ukrainian official", Q.containing(qs, QuoteKind.FULL, "Putin will need").speaker());
    }

    @Test
    void indirectSpeechOfTheIssueExample() {
        Quote q = Q.containing(quotes("000"), QuoteKind.INDIRECT, "Moscow is playing for time");
        assertEquals("Moscow is playing for time in the talks with Washington", q.text());
        assertEquals("Kaupo Rosin", q.speaker());
    }

    @Test
    void cataphoricDescriptionInTheLeadResolvesToTheLaterName() {
        // 001 opens "…, the head of Estonia’s foreign intelligence service said" before naming Kaupo Rosin
        assertEquals("Kaupo Rosin", Q.exactly(quotes("001"), "outsmart").speaker());
    }

    @Test
    void everyOffsetIsARawSubstring() {
        for (Quote q : Quotes.find(corpus)) {
            assertEquals(q.document().raw().substring(q.start(), q.end()), q.text());
            q.speakerSpan().ifPresent(s -> assertTrue(s.end() <= q.document().raw().length()));
        }
    }
}
