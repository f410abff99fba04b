package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which mention or cue is a quotation's source (fourteenth pass, shapes read on the dev part of PolNeAR's train
 * split): partial quotations after naming and labelling verbs, relayed documents, runs of quoted paragraphs. Every
 * sentence is written for this test; no article text is copied.
 */
class FourteenthPassSourcesTest {
    @Test
    void aTimePhraseAfterADocumentsHeadIsNoPartOfIt() {
        List<Quote> qs = Q.in("The rebate cut heating bills by a fifth with \u201Cno visible harm to local jobs,\u201D "
                + "according to a study last year by economists at Carlow University.");
        assertEquals("a study", Q.exactly(qs, "no visible harm to local jobs,").speaker());
        List<Quote> q2 = Q.in("Fares rose twice, \u201Cwell above inflation,\u201D according to a report this month "
                + "from the harbour authority.");
        assertEquals("a report", Q.exactly(q2, "well above inflation,").speaker());
    }

    @Test
    void aPluralPersonSubjectOfANamingVerbSpeaks() {
        List<Quote> qs = Q.in("Lind had a strong hearing on Thursday night, when many commentators called him "
                + "\u201Cthe adult in the room\u201D after the vote.");
        assertEquals("many commentators", Q.exactly(qs, "the adult in the room").speaker());
    }

    @Test
    void whatASubjectHasDubbedIsItsWord() {
        List<Quote> qs = Q.in("The two pilots had feuded for months, in what one harbour official has dubbed "
                + "\u201Cthe rope war,\u201D and neither would yield.");
        assertEquals("one harbour official", Q.exactly(qs, "the rope war,").speaker());
        List<Quote> q2 = Q.in("The council met again amid what the Herald and the Courier each called a "
                + "\u201Cbad week\u201D for the mayor.");
        assertEquals(QuoteKind.PARTIAL, Q.exactly(q2, "bad week").kind());
    }

    @Test
    void theSubjectOfALabellingVerbWithAsSpeaksNotANameInItsObject() {
        List<Quote> qs = Q.in("On television, the campaign chairman, Paul Marsh, dismissed criticism of Mr. Lind's "
                + "comments about Ms. Okafor as \u201Cparty talking points.\u201D He tried to distance Mr. Lind from the plan.");
        assertEquals("Paul Marsh", Q.exactly(qs, "party talking points.").speaker());
        List<Quote> q2 = Q.in("When the subject comes up at meetings, Okafor routinely characterizes himself as a "
                + "\u201Charbour man\u201D and moves on.");
        assertEquals("Okafor", Q.exactly(q2, "harbour man").speaker());
        // a noun before "as" is no labelling verb: "described the attack as" keeps its describer
        List<Quote> q3 = Q.in("Mayor Ada Vos described the attack as \u201Ca sobering reminder of what the port owes "
                + "its workers.\u201D");
        assertEquals("Ada Vos", Q.exactly(q3, "a sobering reminder of what the port owes its workers.").speaker());
    }

    @Test
    void aStudyClosingTheSentenceIsTheSourceOfItsQuotations() {
        List<Quote> qs = Q.in("Dockers now say they value the union more as a ''shield'' against layoffs than as a "
                + "''bargainer,'' a study by two labour historians, Ana Ruiz and Tomas Berg, concluded this year.");
        assertEquals("a study by two labour historians", Q.exactly(qs, "shield").speaker());
        assertEquals("a study by two labour historians", Q.exactly(qs, "bargainer,").speaker());
        // a person closing the sentence is no document: the cue before stays the source
        List<Quote> q2 = Q.in("Dockers now say the union is a ''shield,'' a harbour pilot, Ana Ruiz, noted this year.");
        assertEquals("Dockers", Q.exactly(q2, "shield,").speaker());
    }

    @Test
    void aRunOfQuotedParagraphsAfterSomeoneSpokeIsTheirs() {
        List<Quote> qs = Q.in("Mayor Vos Says She Never Said That.\n\nWhat \u201Ctake them on\u201D actually means is left "
                + "to the voters, since Mayor Ada Vos spoke only in vague promises during the interview.\n\n\u201CWe have "
                + "to do something and it is the only way you stop it.\u201D\n\n\u201CWe have to be a lot tougher. We are "
                + "playing by different rules.\u201D\n\nFor those with an interest in harbour law, there was little to go on.");
        assertEquals("Ada Vos", Q.exactly(qs, "We have to do something and it is the only way you stop it.").speaker());
        assertEquals("Ada Vos", Q.exactly(qs, "We have to be a lot tougher. We are playing by different rules.").speaker());
    }

    @Test
    void aPlaceOrBodyAfterANameIsWhereTheSpeakerIsFromNotTheSpeaker() {
        List<Quote> qs = Q.in("The vote is set for Friday.\n\nRep. Ivo Lind of Vermont, an ally of the harbour board, said "
                + "Thursday his biggest worry about the plan is that it is \u201Cunpredictable.\u201D\n\nPetra Ode of "
                + "Harbourbank, the region's largest private bank, warned that while \u201Clogic would suggest that a strike "
                + "strengthens the case for a deal,\u201D the strike \u201Cmay trigger a knee-jerk reaction.\u201D\n\nThe "
                + "Maritime Memorial Museum in Lakeside issued a report this month charging the board with \u201Cgross "
                + "neglect.\u201D");
        assertEquals("Ivo Lind", Q.exactly(qs, "unpredictable.").speaker());
        assertEquals("Petra Ode", Q.exactly(qs, "may trigger a knee-jerk reaction.").speaker());
        assertEquals("Maritime Memorial Museum", Q.exactly(qs, "gross neglect.").speaker());
        // a title of two words before "of" is one name: "Bank of Lakeside"
        List<Quote> q2 = Q.in("Rates hold.\n\nThe Bank of Lakeside said rates would stay \u201Cwhere they are for now.\u201D");
        assertEquals("Bank of Lakeside", Q.exactly(q2, "where they are for now.").speaker());
    }

    @Test
    void aDocumentThatCallsSomethingSpeaks() {
        List<Quote> qs = Q.in("The emails are out.\n\nThe message, sent to the harbour master and forwarded to the mayor, called it "
                + "\u201Ccritical\u201D to the town's future.");
        assertEquals("the message", Q.exactly(qs, "critical").speaker());
    }
}
