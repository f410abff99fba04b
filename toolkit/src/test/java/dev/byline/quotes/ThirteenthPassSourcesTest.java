package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sources that are no person (thirteenth pass, from the dev part of PolNeAR's train split): a post or a poll that
 * relays someone's words. Every sentence is written for this test; no article text is copied.
 */
class ThirteenthPassSourcesTest {
    @Test
    void aCueWordAfterAnAdjectiveOrANumberIsTheSubjectsNoun() {
        List<Quote> qs = Q.in("The harbour fund posted all evening.\n\nAn early tweet quoted the mayor as "
                + "saying \u201CWe will rebuild the pier by spring!\u201D\n\nThe town hall went quiet. One tweet said: "
                + "\u201CThis is a sad night for Lakeside.\u201D");
        assertEquals("an early tweet", Q.exactly(qs, "We will rebuild the pier by spring!").speaker());
        assertEquals("one tweet", Q.exactly(qs, "This is a sad night for Lakeside.").speaker());
    }

    @Test
    void aSubjectBeforeTheCueFormStillSpeaks() {
        List<Quote> qs = Q.in("The harbour master tweets \u201Cstorm warning\u201D every morning. \u201CStay home,\u201D "
                + "the woman says.");
        assertEquals("the harbour master", Q.exactly(qs, "storm warning").speaker());
        assertEquals("the woman", Q.exactly(qs, "Stay home,").speaker());
    }

    @Test
    void aShareOfAGroupSpeaksThroughThePollBeforeIt() {
        List<Quote> qs = Q.in("Turnout may be high. In a national Harbor Research poll released Monday, 31% of voters "
                + "said they were \u201Cextremely enthusiastic\u201D about voting.");
        assertEquals("a national Harbor Research poll", Q.exactly(qs, "extremely enthusiastic").speaker());
        List<Quote> q2 = Q.in("The mayor is not as weak as her rivals think. The Lakeside poll also finds that, while 37 "
                + "percent of residents say she is \u201Cvery responsible\u201D for the delays, 22 percent say she is "
                + "\u201Cnot at all responsible.\u201D");
        assertEquals("the Lakeside poll", Q.exactly(q2, "very responsible").speaker());
        assertEquals("the Lakeside poll", Q.exactly(q2, "not at all responsible.").speaker());
        List<Quote> q3 = Q.in("The board has not decided. But a fresh Lakeside poll shows how hard it will be: Six in 10 "
                + "members said the board \u201Cshould vote for the plan with the most support.\u201D");
        assertEquals("a fresh Lakeside poll", Q.exactly(q3, "should vote for the plan with the most support.").speaker());
    }

    @Test
    void aShareWithNoPollAndAPersonCitingAShareKeepTheirSpeaker() {
        List<Quote> qs = Q.in("The mayor said 40 percent of the budget was \u201Cwasted.\u201D");
        assertEquals("the mayor", Q.exactly(qs, "wasted.").speaker());
        List<Quote> q2 = Q.in("At the meeting, 40 percent of the members said the plan was \u201Ctoo costly.\u201D");
        assertEquals("40 percent of the members", Q.exactly(q2, "too costly.").speaker());
    }
    @Test
    void aDigestExcerptIsTheBracketedCreditsNotTheHeadingsNorTheLastSpeakers() {
        List<Quote> qs = Q.in("Your morning briefing.\n\nFERRY STRIKE ENDS Mayor Ruth Amari said the deal was \u201Cfair to "
                + "both sides.\u201D [Lakeside Herald.]\n\nHARBOUR TALKS STALL \u201CThe port authority walked out of the talks "
                + "on Friday, leaving the strike in its third week.\u201D [Valley Tribune.]\n\nWHAT WE ARE WATCHING A trailer "
                + "for season four of \u201CHarbour Nights.\u201D [Screen Daily]");
        assertEquals("Ruth Amari", Q.exactly(qs, "fair to both sides.").speaker());
        assertEquals("Valley Tribune",
                Q.exactly(qs, "The port authority walked out of the talks on Friday, leaving the strike in its third week.").speaker());
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Harbour Nights.").kind());
    }
}
