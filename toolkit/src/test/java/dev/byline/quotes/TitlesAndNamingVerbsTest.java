package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Titles of shows and books in marks are the writer's terms, while the words a naming verb gives a person
 * ("called the plan “…”", "referred to her as “…”") are that person's. Shapes found on PolNeAR's train split
 * (dev part, fifth pass); every sentence is written for this test, no article text is copied.
 */
class TitlesAndNamingVerbsTest {
    @Test
    void aShowAfterABroadcastersPossessiveIsATitleNotSpeech() {
        List<Quote> qs = Q.in("Housing was the theme. “We will build,” Ana Ruiz said on Channel Nine’s “Morning Report.”");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Morning Report.").kind());
        assertNull(Q.exactly(qs, "Morning Report.").speaker());
    }

    @Test
    void aBookNamedAfterItsNounIsATitle() {
        List<Quote> qs = Q.in("She left the firm in 2004, she wrote in her memoir, “Small Hours Of The Night.”");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Small Hours Of The Night.").kind());
    }

    @Test
    void titlesListedTogetherAndAShowBeforeStarAreTitles() {
        List<Quote> qs = Q.in("Lina Park, who has had roles in “Harbour Lights” and “The Long Field Of Home,” posted "
                + "the clip on Friday. The “River Road” star said nothing.");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Harbour Lights").kind());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "The Long Field Of Home,").kind());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "River Road").kind());
    }

    @Test
    void aTitleCaseQuoteWithNoTitleFrameIsStillSpeech() {
        List<Quote> qs = Q.in("The crowd was loud. “We Want Change, And We Want It Now,” said organiser Dee Olsen.");
        assertEquals("Dee Olsen", Q.containing(qs, QuoteKind.FULL, "We Want Change").speaker());
    }

    @Test
    void aPersonWhoCallsSomethingByAPhraseIsQuoted() {
        List<Quote> qs = Q.in("Voters cheered, and the plan drew a sharp reaction from Governor Alma Reyes, who called it "
                + "“unfit to pass.”");
        Quote q = Q.exactly(qs, "unfit to pass.");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("Alma Reyes", q.speaker());
    }

    @Test
    void aDescribedPersonWhoCallsAnObjectSomethingIsQuotedButANamedThingIsNot() {
        List<Quote> qs = Q.in("A spokesman for the council has called the situation “chaos without end.” "
                + "The union adopted a tactic called the “slow walk” in 2010.");
        assertEquals("a spokesman for the council", Q.exactly(qs, "chaos without end.").speaker());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "slow walk").kind());
    }

    @Test
    void referringToSomeoneAsAPhraseQuotesTheSubject() {
        List<Quote> qs = Q.in("The talks stalled again. Brandt refers to the chairman, an old rival, as “Mr. Fenwick,” "
                + "while the chairman refers to Brandt as “Otto.” The area is known as “the Flats.”");
        assertEquals("Brandt", Q.exactly(qs, "Mr. Fenwick,").speaker());
        assertEquals("the chairman", Q.exactly(qs, "Otto.").speaker());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "the Flats.").kind());
    }

    @Test
    void aNamingVerbAfterAnObjectSharesTheClausesSubject() {
        List<Quote> qs = Q.in("It was a reminder of his style. The candidate has mocked a local reporter, referred to "
                + "his rivals as “losers” and praised the crowd.");
        assertEquals("the candidate", Q.exactly(qs, "losers").speaker());
    }

    @Test
    void aShortParagraphInSingleMarksIsASubheadingButOneInDoubleMarksIsSpeech() {
        List<Quote> qs = Q.in("The count went on all night.\n\n‘A fight from start to finish.’\n\nBy morning the lead was "
                + "gone.\n\n“We are not done yet.”\n\nThe mayor left by the side door.");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "A fight from start to finish.").kind());
        assertEquals(QuoteKind.FULL, Q.exactly(qs, "We are not done yet.").kind());
    }
}
