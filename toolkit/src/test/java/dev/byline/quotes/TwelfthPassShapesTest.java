package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speaker shapes from the dev part of PolNeAR's train split (twelfth pass): sources the quotation's own cue does not
 * name (a cue in the next sentence that hands itself to the words after its colon, a report relaying the cue).
 * Every sentence is written for this test; no article text is copied.
 */
class TwelfthPassShapesTest {
    @Test
    void aCueBeforeAColonInTheNextSentenceIntroducesTheWordsAfterIt() {
        List<Quote> qs = Q.in("The couple left the harbour town in May. \u201CWe are fishermen,\u201D Ms. Varga said. "
                + "\u201CWe are not smugglers.\u201D Mr. Ode said: \u201CThe storm that came today was the worst we have seen.\u201D");
        assertEquals("Varga", Q.exactly(qs, "We are not smugglers.").speaker());
        assertEquals("Ode", Q.exactly(qs, "The storm that came today was the worst we have seen.").speaker());
    }

    @Test
    void aDescriptionsParticipleCueKeepsItsQuoteWhenTheNextSentenceOpensWithAColon() {
        List<Quote> qs = Q.in("Tilda Marsh has trailed in the polls since March. The retired surgeon gave no details, saying "
                + "only that she was \u201Cmaking some changes to match the tasks ahead.\u201D She added: \u201CMy team stays.\u201D");
        assertEquals("the retired surgeon", Q.exactly(qs, "making some changes to match the tasks ahead.").speaker());
    }
    @Test
    void aRecordNamedWithoutADeterminerRelaysTheCue() {
        List<Quote> qs = Q.in("The council met behind closed doors. \u201CWe are still winning the harbour vote,\u201D "
                + "Mr. Lund said during the session, according to audio obtained by the Lakeside Herald.");
        assertEquals("audio obtained by the Lakeside Herald",
                Q.exactly(qs, "We are still winning the harbour vote,").speaker());
        List<Quote> other = Q.in("\u201CNothing prepares you for the harbour,\u201D the two-term mayor will say, "
                + "according to excerpts of her speech.");
        assertEquals("excerpts of her speech", Q.exactly(other, "Nothing prepares you for the harbour,").speaker());
    }

    @Test
    void theRankerNeverMovesAQuoteAwayFromTheReportThatRelaysIt() {
        List<Quote> qs = Q.in("The mayor spoke in Lakeside on Friday. \u201CNothing prepares you for the harbour,\u201D "
                + "the mayor said, according to excerpts of her speech released by the city council.");
        assertEquals("excerpts of her speech released by the city council",
                Q.exactly(qs, "Nothing prepares you for the harbour,").speaker());
    }
    @Test
    void aPublicationReportingAtTheSentencesEndRelaysTheCueBeforeIt() {
        List<Quote> qs = Q.in("Asked about the vote, Ortega \u201Cbristled\u201D and said, \u201CNo comment,\u201D the Lakeside "
                + "Herald reported.");
        assertEquals("Lakeside Herald", Q.exactly(qs, "No comment,").speaker());
        assertEquals("Lakeside Herald", Q.exactly(qs, "bristled").speaker());
    }

    @Test
    void aPublicationReportingAfterAParticipleClauseRelaysTheChant() {
        List<Quote> qs = Q.in("Harbor School fans also chanted, \u201CClose the port,\u201D referring to the mayor\u2019s plan, "
                + "the Valley Tribune reports.");
        assertEquals("Valley Tribune", Q.exactly(qs, "Close the port,").speaker());
    }

    @Test
    void aSpeakersOwnCueStandsWhenNoReportClosesTheSentence() {
        List<Quote> qs = Q.in("\u201CNo comment,\u201D Ortega said, and the Lakeside Herald reported the vote on Monday.");
        assertEquals("Ortega", Q.exactly(qs, "No comment,").speaker());
    }
    @Test
    void aBareQuotationGoesOnFromTheReportedSpeechBeforeIt() {
        List<Quote> qs = Q.in("The trial of the skipper opened on Monday in Lakeside. \u201CThe harbour movement was "
                + "ready by then,\u201D said Ilse Marten, who studies protest groups. "
                + "\u201CThey only needed a spark.\u201D\n\nBrandt, the skipper\u2019s lawyer, argues that his client never "
                + "urged anyone to violence. \u201CThe charge rests on a misreading of one speech.\u201D");
        assertEquals("Brandt", Q.exactly(qs, "The charge rests on a misreading of one speech.").speaker());
        assertEquals("Ilse Marten", Q.exactly(qs, "They only needed a spark.").speaker());
    }

    @Test
    void aBareQuotationAfterAStatementsCueInThePreviousParagraph() {
        List<Quote> qs = Q.in("Both candidates said the recount was no great matter.\n\nTom Ek, the spokesman for the "
                + "county party, said in a statement.\n\n\u201CThere are no paper ballots to count again.\u201D");
        assertEquals("Tom Ek", Q.exactly(qs, "There are no paper ballots to count again.").speaker());
    }
    @Test
    void theNamedSubjectAfterAnOpeningClauseIsWhomALaterPronounStandsFor() {
        List<Quote> qs = Q.in("The harbour inquiry is over.\n\nAlthough the inquiry ran for more than a year, Attorney "
                + "General Ilse Brandt closed it on Wednesday.\n\n\u201CLate this afternoon, I met the prosecutors who led "
                + "the inquiry,\u201D she said in a statement.");
        assertEquals("Ilse Brandt", Q.exactly(qs, "Late this afternoon, I met the prosecutors who led the inquiry,").speaker());
    }

    @Test
    void theNamedSubjectAfterAQuotedTitleInTheOpeningPhrase() {
        List<Quote> qs = Q.in("The port needs money.\n\nAt a rally billed as \u201CHard Hats for Harbor,\u201D Marta Ruiz "
                + "unveiled a plan on Sunday.\n\n\u201CI remember the storm you had last winter,\u201D she told the crowd.");
        assertEquals("Marta Ruiz", Q.exactly(qs, "I remember the storm you had last winter,").speaker());
    }
    @Test
    void aContractedPronounIsAPronounTheResolverNames() {
        List<Quote> qs = Q.in("A supporter of Tomas Lind punched a protester at the rally. Lind at the time said he\u2019d "
                + "asked his \u201Cpeople\u201D to pay the fees.");
        assertEquals("Tomas Lind", Q.exactly(qs, "people").speaker());
        List<Quote> other = Q.in("Marta Ruiz spoke in Lakeside on Friday. She said she\u2019ll \u201Cnever sell the harbour\u201D "
                + "to the highest bidder.");
        assertEquals("Marta Ruiz", Q.exactly(other, "never sell the harbour").speaker());
    }
}
