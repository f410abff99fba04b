package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes real news takes that issue #18 found missed: each sentence is written for this test in
 * the shape of a miss seen on annotated wire and newspaper copy (no article text copied).
 */
class RealNewsShapesTest {
    @Test
    void speakerNamedAfterTheQuoteBeatsACandidateMentionedBeforeIt() {
        List<Quote> qs = Q.in("Governor Lind has promised a balanced budget. “The budget is a fantasy and everyone "
                + "in this building knows it,” said Omar Reyes, the county treasurer.");
        assertEquals("Omar Reyes", Q.containing(qs, QuoteKind.FULL, "fantasy").speaker());
    }

    @Test
    void surnameAndCueRightAfterTheQuoteGiveTheSpeaker() {
        List<Quote> qs = Q.in("Donald Vance spoke for an hour.\n\n“We are going to win so much that you will get "
                + "tired of winning,” Vance said.");
        assertEquals("Donald Vance", Q.containing(qs, QuoteKind.FULL, "tired").speaker());
    }

    @Test
    void questionEndingTheQuoteStillFindsTheCueAfterIt() {
        List<Quote> qs = Q.in("“Does he not understand that we wrote that treaty ourselves?” Biden said. "
                + "The crowd laughed.");
        assertEquals("Biden", Q.containing(qs, QuoteKind.FULL, "treaty").speaker());
    }

    @Test
    void twoApostrophesWorkAsADoubleQuotationMark() {
        List<Quote> qs = Q.in("''We will appeal this ruling tomorrow morning,'' Ms. Okafor said.");
        Quote q = Q.exactly(qs, "We will appeal this ruling tomorrow morning,");
        assertEquals(QuoteKind.FULL, q.kind());
        assertEquals("Okafor", q.speaker());
    }

    @Test
    void aDatelinePlaceIsNeverTheSpeaker() {
        List<Quote> qs = Q.in("DALLAS — Standing outside the arena, a witness described the collapse, saying: "
                + "“Nobody saw it coming.”");
        Quote q = Q.containing(qs, QuoteKind.FULL, "Nobody");
        assertEquals("a witness", q.speaker());
    }

    @Test
    void aSentenceOpenerIsNeverTheSpeaker() {
        List<Quote> qs = Q.in("Facing a hostile crowd in Leeds, Marta Ruiz defended the reform, calling it "
                + "“the fairest plan we have had in years.”");
        assertEquals("Marta Ruiz", Q.containing(qs, QuoteKind.PARTIAL, "fairest").speaker());
    }

    @Test
    void organisationNamesKeepApostrophesOfAndHyphens() {
        List<Quote> qs = Q.in("“Freight rates will rise again next spring,” said The European Shippers' Council.\n\n"
                + "“Demand for engines is recovering faster than expected,” said Rolls-Royce.\n\n"
                + "“Inflation will ease by the summer,” said the Bank of Westland.");
        assertEquals("the European Shippers' Council", Q.containing(qs, QuoteKind.FULL, "Freight").speaker());
        assertEquals("Rolls-Royce", Q.containing(qs, QuoteKind.FULL, "engines").speaker());
        assertEquals("the Bank of Westland", Q.containing(qs, QuoteKind.FULL, "Inflation").speaker());
    }

    @Test
    void roleBetweenModifierAndNameLeavesThePerson() {
        List<Quote> qs = Q.in("“It was a sizable purchase of data,” said L2 president Bruce Willow, who declined to "
                + "give a price.\n\nCampaign manager Jon Kade was blunt: “We want to use this soon.”");
        assertEquals("Bruce Willow", Q.containing(qs, QuoteKind.FULL, "sizable").speaker());
        assertEquals("Jon Kade", Q.containing(qs, QuoteKind.FULL, "use this").speaker());
    }

    @Test
    void titlesAndDescriptionsResolveToThePersonTheArticleLinks() {
        List<Quote> qs = Q.in("The Democratic nominee, Maria Costa, spoke in Ohio on Monday. Sen. Lena Hart spoke "
                + "after her.\n\n“We have the votes to pass this bill,” Ms. Hart said.\n\n"
                + "“We will win this state in November,” the Democratic nominee said.");
        assertEquals("Lena Hart", Q.containing(qs, QuoteKind.FULL, "votes").speaker());
        assertEquals("Maria Costa", Q.containing(qs, QuoteKind.FULL, "November").speaker());
    }

    @Test
    void quotedPhraseInAPersonsPredicateIsAPartialQuoteOfThatPerson() {
        List<Quote> qs = Q.in("Former governor Mike Hale is labelling the new rules “a blatant abuse of power.”");
        Quote q = Q.containing(qs, QuoteKind.PARTIAL, "blatant");
        assertEquals("Mike Hale", q.speaker());
    }

    @Test
    void aTitleInQuotationMarksStaysATerm() {
        List<Quote> qs = Q.in("Mara Olsen, star of the series “Harbour Lights,” thanked the governor.");
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "Harbour Lights,").kind());
    }

    @Test
    void newsAgencyReportedAtTheEndIsIndirectSpeech() {
        List<Quote> qs = Q.in("The port will close two of its terminals next year, Northwind news agency reported.");
        Quote q = Q.containing(qs, QuoteKind.INDIRECT, "terminals");
        assertEquals("The port will close two of its terminals next year", q.text());
        assertEquals("Northwind news agency", q.speaker());
    }

    @Test
    void organisationSaidAfterADateClauseIsIndirectSpeech() {
        List<Quote> qs = Q.in("Wages at the plant will be frozen until 2028, the union said.");
        Quote q = Q.containing(qs, QuoteKind.INDIRECT, "frozen");
        assertEquals("the union", q.speaker());
    }

    @Test
    void aQuestionIsNotReportedSpeech() {
        List<Quote> qs = Q.in("Asked whether the port would raise its offer, the harbour master replied that "
                + "talks were continuing.\n\nShe asked whether the port would raise its offer.");
        assertTrue(qs.stream().noneMatch(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains("raise its offer")),
                qs.toString());
    }

    @Test
    void aHypotheticalIsNotReportedSpeech() {
        List<Quote> qs = Q.in("If the minister said the deal was dead, the markets would fall.\n\n"
                + "Critics would say the deal is dead.");
        assertTrue(qs.stream().noneMatch(q -> q.kind() == QuoteKind.INDIRECT), qs.toString());
    }

    @Test
    void aStatementCoordinatedAfterAQuestionIsStillReportedSpeech() {
        List<Quote> qs = Q.in("The harbour master questioned if the pilots understood the charts and suggested "
                + "the crews may be working too many hours.");
        assertTrue(qs.stream().anyMatch(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains("crews may be working")),
                qs.toString());
        assertTrue(qs.stream().noneMatch(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains("pilots understood")),
                qs.toString());
    }

    @Test
    void colonAfterAReportingClauseGivesItsSubjectToTheQuoteInTheNextParagraph() {
        List<Quote> qs = Q.in("As the columnist Joel Parker reported after the raid on the warehouse:\n\n"
                + "“For example, the agency has done almost nothing with the records it seized that night.”");
        assertEquals("Joel Parker", Q.containing(qs, QuoteKind.FULL, "records").speaker());
    }

    @Test
    void quoteOpeningTheParagraphAfterAReportKeepsItsSpeaker() {
        List<Quote> qs = Q.in("Defence Secretary Ann Carter said that the fleet would stay in the region.\n\n"
                + "“That is because this region remains the most important one for our future security.”");
        assertEquals("Ann Carter", Q.containing(qs, QuoteKind.FULL, "region remains").speaker());
    }

    @Test
    void whenOpeningAClauseIsNeverTheSpeaker() {
        List<Quote> qs = Q.in("When asked whom she supported, Ms. Sherwood smiled and said, “I am waiting for "
                + "someone else to join the race.”");
        assertEquals("Sherwood", Q.containing(qs, QuoteKind.FULL, "waiting").speaker());
    }

    @Test
    void accordingToASpokespersonEndsAtItsClause() {
        List<Quote> qs = Q.in("The talks collapsed on Friday, according to a spokesperson, and the two sides "
                + "will meet again in March.");
        Quote q = Q.containing(qs, QuoteKind.INDIRECT, "collapsed");
        assertEquals("The talks collapsed on Friday", q.text());
        assertFalse(qs.stream().anyMatch(x -> x.kind() == QuoteKind.INDIRECT && x.text().contains("March")
                && x.text().contains("spokesperson")), qs.toString());
    }
}
