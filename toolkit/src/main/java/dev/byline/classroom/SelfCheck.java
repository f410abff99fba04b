package dev.byline.classroom;

import java.util.HashMap;
import java.util.Map;

/**
 * A student's self-checks against an {@link AnswerKey}: it counts wrong tries per question, so the
 * first wrong answer earns the first hint and later ones the stronger hint. Nothing is shown before a
 * try, and a right answer gets the confirmation, never the answer itself.
 *
 * <pre>{@code
 * SelfCheck check = SelfCheck.with(AnswerKey.load(Path.of("answers.json")));
 * check.answer("pair", null);                       // no answer yet (not a try)
 * check.answer("pair", List.of("a", "b"));          // ✗ Not yet — first hint
 * check.answer("pair", List.of("a.txt", "c"));      // ✓ Right — the confirmation
 * }</pre>
 */
public final class SelfCheck {
    private final AnswerKey key;
    private final Map<String, Integer> wrongTries = new HashMap<>();

    private SelfCheck(AnswerKey key) {
        this.key = key;
    }

    /** Checks against {@code key}, with no tries yet. */
    public static SelfCheck with(AnswerKey key) {
        return new SelfCheck(key);
    }

    /** The key checked against. */
    public AnswerKey key() {
        return key;
    }

    /**
     * Checks {@code answer} to {@code question}: a string, a number, a list or set (any order), or a map
     * of {@code phrase -> what it was}.
     *
     * @throws dev.byline.BylineException if the key has no such question
     */
    public CheckResult answer(String question, Object answer) {
        AnswerKey.Entry e = key.entry(question);
        if (!e.answered()) {
            return new CheckResult(question, CheckResult.Verdict.UNANSWERED,
                    "the tools find none here (" + e.missing() + "); skip this one");
        }
        if (AnswerForm.items(answer).isEmpty()) {
            return new CheckResult(question, CheckResult.Verdict.NO_ANSWER, "replace null with your answer and run the cell");
        }
        if (e.accepts(answer)) {
            return new CheckResult(question, CheckResult.Verdict.RIGHT, e.right());
        }
        int tries = wrongTries.merge(question, 1, Integer::sum);
        if (e.kind() == Answer.Kind.SOME && e.rightItems(answer) > 0) {
            return new CheckResult(question, CheckResult.Verdict.PARTLY, e.rightItems(answer) + " of the " + e.need()
                    + " needed are right. " + e.hint(tries));
        }
        return new CheckResult(question, CheckResult.Verdict.WRONG, e.hint(tries));
    }
}
