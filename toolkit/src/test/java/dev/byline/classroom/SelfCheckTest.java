package dev.byline.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.BylineException;
import dev.byline.classroom.CheckResult.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfCheckTest {
    private static AnswerKey key() {
        List<String> hints = List.of("Try the speakers table.", "Sort it by quotes.");
        return new AnswerKey("t", "fp", 2, List.of(
                new AnswerKey.Entry("who", "Who?", "", Answer.Kind.ONE, 1,
                        List.of(AnswerForm.hash("who", "Ada Lovelace"), AnswerForm.hash("who", "Lovelace")), hints, "Right: she speaks most.", ""),
                new AnswerKey.Entry("three", "Three?", "", Answer.Kind.SOME, 3,
                        List.of("a", "b", "c", "d").stream().map(x -> AnswerForm.hash("three", x)).toList(), hints, "Right.", ""),
                new AnswerKey.Entry("none", "None?", "", null, 0, List.of(), hints, "Right.", "nothing flagged")));
    }

    @Test
    void noHintIsShownBeforeAWrongTryAndAnEmptyAnswerIsNotATry() {
        SelfCheck check = SelfCheck.with(key());
        CheckResult r = check.answer("who", null);
        assertEquals(Verdict.NO_ANSWER, r.verdict());
        assertFalse(r.feedback().contains("speakers"));
        assertEquals("Try the speakers table.", check.answer("who", "Babbage").feedback());
    }

    @Test
    void theSecondWrongTryGetsTheStrongerHint() {
        SelfCheck check = SelfCheck.with(key());
        assertEquals("Try the speakers table.", check.answer("who", "Babbage").feedback());
        assertEquals("Sort it by quotes.", check.answer("who", "Byron").feedback());
        assertEquals("Sort it by quotes.", check.answer("who", "Somerville").feedback());
    }

    @Test
    void aRightAnswerInAnyFormGetsTheConfirmationAndNeverTheAnswer() {
        SelfCheck check = SelfCheck.with(key());
        CheckResult r = check.answer("who", "  ada LOVELACE ");
        assertTrue(r.right());
        assertEquals("Right: she speaks most.", r.feedback());
        assertTrue(check.answer("who", "lovelace.").right());
        assertFalse(check.answer("who", "Babbage").html().toLowerCase().contains("lovelace"));
    }

    @Test
    void aManyItemAnswerNeedsEnoughRightItemsAndSaysHowManyAreRight() {
        SelfCheck check = SelfCheck.with(key());
        CheckResult partly = check.answer("three", List.of("a", "x", "b"));
        assertEquals(Verdict.PARTLY, partly.verdict());
        assertTrue(partly.feedback().startsWith("2 of the 3 needed are right."), partly.feedback());
        assertTrue(check.answer("three", List.of("d", "b", "a")).right());
        assertTrue(check.answer("three", "a; b; c; wrong").right());
    }

    @Test
    void aQuestionTheToolsCouldNotAnswerSaysSoAndAnUnknownQuestionIsAnError() {
        CheckResult r = SelfCheck.with(key()).answer("none", "anything");
        assertEquals(Verdict.UNANSWERED, r.verdict());
        assertTrue(r.feedback().contains("nothing flagged"));
        BylineException e = assertThrows(BylineException.class, () -> SelfCheck.with(key()).answer("q9", "x"));
        assertEquals("no question 'q9' in the answer key (questions: who, three, none)", e.getMessage());
    }

    @Test
    void aKeySurvivesItsJsonForm() {
        AnswerKey k = key();
        AnswerKey back = AnswerKey.parse(k.toJson());
        assertEquals(k.toJson(), back.toJson());
        assertTrue(back.accepts("who", "Lovelace"));
    }
}
