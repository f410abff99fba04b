package dev.byline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports, polls, statements and handbooks as the source of the words they are said to find, state or read;
 * time openers that are no speaker and possessed subjects that are ("her office posted: …"). Shapes found on PolNeAR's train split (dev part, fifth pass);
 * every sentence is written for this test, no article text is copied.
 */
class DocumentSourcesTest {
    @Test
    void aReportThatFoundAPhraseIsItsSource() {
        List<Quote> qs = Q.in("The inquiry closed in May. A 2019 committee report found “no sign of a cover-up” in the files.");
        assertEquals("a 2019 committee report", Q.exactly(qs, "no sign of a cover-up").speaker());
    }

    @Test
    void aStatementReadAfterTheQuotationIsItsSource() {
        List<Quote> qs = Q.in("The paper apologised on Monday. “We regret the error,” read the statement, which the editor "
                + "signed. “It will not happen again.”");
        assertEquals("the statement", Q.exactly(qs, "We regret the error,").speaker());
        assertEquals("the statement", Q.exactly(qs, "It will not happen again.").speaker());
    }

    @Test
    void aHandbookThatStatesWordsIsTheirSource() {
        List<Quote> qs = Q.in("Staff were surprised. “Family leave,” the handbook states, becomes available “after one year "
                + "of service.”");
        assertEquals("the handbook", Q.exactly(qs, "after one year of service.").speaker());
    }

    @Test
    void aPollsFindingIsNotReportedSpeechAndAPersonWhoFoundSomethingIsNoSource() {
        List<Quote> qs = Q.in("The poll found that the mayor leads by four points. Rosa Lind found “War and Peace” dull.");
        assertTrue(qs.stream().noneMatch(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains("leads by")), qs::toString);
        assertEquals(QuoteKind.TERM, Q.exactly(qs, "War and Peace").kind());
    }

    @Test
    void aTimeOpenerIsNeverTheSpeakerButThePersonAfterItIs() {
        List<Quote> qs = Q.in("The race tightened in May.\n\nEarly in his campaign, Tomas Berg attacked the mayor, calling "
                + "him “a failed manager.”\n\nThe next day, her office posted: “We will answer in court.”");
        assertEquals("Tomas Berg", Q.exactly(qs, "a failed manager.").speaker());
        assertEquals("her office", Q.exactly(qs, "We will answer in court.").speaker());
    }
}
